/**
 * How well the engine finds the themes people found: runs it on answers labelled by hand, ten
 * times each without a different 5 % of them, and compares its grouping with theirs.
 *
 *   npm run eval:themes [-- labelled.jsonl …] [--k N] [--runs N] [--drop PERCENT] [--labels]
 *
 * Without files it reads the four labelled sets in test/fixtures/themes. Every line needs a
 * "label" beside "id" and "text". One line per set on stdout, e.g.
 *   lessons-sv.jsonl: ARI 0.332 ± 0.042, NMI 0.443 ± 0.043, purity 0.595 ± 0.041, stability 0.712 ± 0.050,
 *   labels kept 62 ± 10 % (10 runs of 316 of 333 answers, 9 labels, 9.9 ± 0.9 themes, 3 ± 1 % Övrigt)
 * `--labels` first lists every theme's label of the run on all answers, round-wide and per question.
 * Answers the engine puts in Övrigt count as one more cluster, so dumping hard answers there is
 * not free: it lowers all three figures.
 */
import { basename, join } from 'node:path';
import { messagesFor } from '../i18n/messages';
import { swedishLexicon } from '../jobs/swedishLexicon';
import { findThemes, themeEngineVersion } from '../themes/findThemes';
import {
  evaluateResampled,
  type LabelledAnswer,
  type ResampledEvaluation,
  type Spread,
} from '../themes/resampledEvaluation';
import type { ThemeOptions } from '../themes/types';
import { cliLocale, parseThemeInput } from './themeInput';
import { type CliIo, parseK, processIo, readAnswers, readArguments, reportError, UsageError } from './themes';

export const developmentSets = [
  'lessons-sv.jsonl',
  'outage-sv.jsonl',
  'heatwave-sv.jsonl',
  'storm-sv.jsonl',
].map((name) => join(__dirname, '..', '..', 'test', 'fixtures', 'themes', name));
const maxRuns = 100;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const figure = (value: Spread, digits = 3) => `${value.mean.toFixed(digits)} ± ${value.sd.toFixed(digits)}`;
const percent = (value: Spread) => `${Math.round(value.mean * 100)} ± ${Math.round(value.sd * 100)} %`;

/**
 * Kept in one fixed form rather than the user's language, so runs can be compared with diff and
 * grep across machines.
 */
export function formatEvaluation(name: string, evaluation: ResampledEvaluation): string {
  return (
    `${name}: ARI ${figure(evaluation.ari)}, NMI ${figure(evaluation.nmi)}, purity ${figure(evaluation.purity)}, ` +
    `stability ${figure(evaluation.stability)}, labels kept ${percent(evaluation.labelsKept)} ` +
    `(${count(evaluation.runs, 'run')} of ${evaluation.kept} of ${count(evaluation.answers, 'answer')}, ` +
    `${count(evaluation.labels, 'label')}, ${figure(evaluation.themes, 1)} themes, ${percent(evaluation.other)} Övrigt)`
  );
}

/** Every label of a run on all answers: round-wide, then per question as the tab shows them. */
function labelLines(name: string, answers: readonly LabelledAnswer[], engine: ThemeOptions): string[] {
  const line = (scope: string, subset: readonly LabelledAnswer[]) =>
    `${name}, ${scope}: ${findThemes(subset, engine)
      .themes.map((theme) => `${theme.label} (${theme.size})`)
      .join(' · ')}`;
  const questions = [...new Set(answers.flatMap((a) => (a.question === undefined ? [] : [a.question])))].sort(
    (a, b) => a - b,
  );
  return [
    line('all questions', answers),
    ...questions.map((q) =>
      line(
        `question ${q}`,
        answers.filter((a) => a.question === q),
      ),
    ),
  ];
}

function parseCount(value: unknown, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value) || n < min || n > max) {
    throw new UsageError({ kind: 'badNumber', option, value: String(value), min, max });
  }
  return n;
}

export async function runEval(args: readonly string[], io: CliIo): Promise<number> {
  const locale = cliLocale(io.env);
  const texts = messagesFor(locale).cli;
  try {
    const { values, positionals } = readArguments(
      args,
      {
        k: { type: 'string' },
        runs: { type: 'string' },
        drop: { type: 'string' },
        labels: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      20,
    );
    if (values.help) {
      io.stdout(`${texts.evalUsage}\n`);
      return 0;
    }
    const k = parseK(values.k);
    const runs = parseCount(values.runs, '--runs', 1, maxRuns, 10);
    const drop = parseCount(values.drop, '--drop', 1, 50, 5);
    const paths = positionals.length > 0 ? positionals : developmentSets;
    // Every file is read and checked before the first (slow) evaluation starts.
    const sets: { name: string; answers: LabelledAnswer[] }[] = [];
    for (const path of paths) {
      const { inputs, labels } = parseThemeInput(await readAnswers(path, io), { requireLabels: true });
      sets.push({
        name: path === '-' ? 'stdin' : basename(path),
        answers: inputs.map((input, i) => ({ ...input, label: (labels as string[])[i] as string })),
      });
    }
    io.stderr(`engine ${themeEngineVersion}\n`);
    const engine: ThemeOptions = { k, lexicon: swedishLexicon() };
    for (const { name, answers } of sets) {
      if (values.labels) for (const line of labelLines(name, answers, engine)) io.stdout(`${line}\n`);
      io.stdout(`${formatEvaluation(name, evaluateResampled(answers, { runs, drop, ...engine }))}\n`);
    }
    return 0;
  } catch (error) {
    return reportError(error, io, locale, texts.evalUsage);
  }
}

if (require.main === module) {
  void runEval(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
