/**
 * How well the engine finds the themes people found: runs it on answers labelled by hand and
 * compares its grouping with theirs.
 *
 *   npm run eval:themes -- labelled.jsonl [--k N]
 *
 * Every line needs a "label" beside "id" and "text". The result is one line on stdout:
 *   ARI 0.512, NMI 0.634, purity 0.701 (324 answers, 9 labels, 11 themes, 8 % Övrigt)
 * Answers the engine puts in Övrigt count as one more cluster, so dumping hard answers there is
 * not free: it lowers all three figures.
 */
import { messagesFor } from '../i18n/messages';
import { findThemes, themeEngineVersion } from '../themes/findThemes';
import { adjustedRandIndex, normalizedMutualInformation, purity } from '../themes/quality';
import { cliLocale, parseThemeInput } from './themeInput';
import {
  type CliIo,
  parseK,
  processIo,
  progressReporter,
  readAnswers,
  readArguments,
  reportError,
  UsageError,
} from './themes';

/** The cluster an unassigned answer counts in; theme ids never take this form. */
export const otherCluster = 'Övrigt';

export type Evaluation = {
  ari: number;
  nmi: number;
  purity: number;
  answers: number;
  labels: number;
  themes: number;
  /** Share of answers in Övrigt, 0 to 1. */
  other: number;
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Kept in one fixed form rather than the user's language, so runs can be compared with diff and
 * grep across machines.
 */
export function formatEvaluation(evaluation: Evaluation): string {
  return (
    `ARI ${evaluation.ari.toFixed(3)}, NMI ${evaluation.nmi.toFixed(3)}, purity ${evaluation.purity.toFixed(3)} ` +
    `(${count(evaluation.answers, 'answer')}, ${count(evaluation.labels, 'label')}, ` +
    `${count(evaluation.themes, 'theme')}, ` +
    `${Math.round(evaluation.other * 100)} % Övrigt)`
  );
}

export async function runEval(args: readonly string[], io: CliIo): Promise<number> {
  const locale = cliLocale(io.env);
  const texts = messagesFor(locale).cli;
  try {
    const { values, positionals } = readArguments(
      args,
      { k: { type: 'string' }, help: { type: 'boolean' } },
      1,
    );
    if (values.help) {
      io.stdout(`${texts.evalUsage}\n`);
      return 0;
    }
    const path = positionals[0];
    if (path === undefined) throw new UsageError({ kind: 'missingFile' });
    const k = parseK(values.k);

    const { inputs, labels } = parseThemeInput(await readAnswers(path, io), { requireLabels: true });
    const truth = labels as string[];
    const result = findThemes(inputs, { k, onProgress: progressReporter(inputs.length, io, texts) });
    const predicted = inputs.map((input) => result.assignments[input.id] ?? otherCluster);
    const evaluation: Evaluation = {
      ari: adjustedRandIndex(truth, predicted),
      nmi: normalizedMutualInformation(truth, predicted),
      purity: purity(truth, predicted),
      answers: inputs.length,
      labels: new Set(truth).size,
      themes: result.themes.length,
      other: predicted.filter((cluster) => cluster === otherCluster).length / inputs.length,
    };
    io.stderr(`engine ${themeEngineVersion}\n`);
    io.stdout(`${formatEvaluation(evaluation)}\n`);
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
