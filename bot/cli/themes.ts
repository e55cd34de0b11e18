/**
 * Themes from a file of answers, outside Teams: for a coordinator holding an export, and for tuning.
 *
 *   npm run themes -- --in answers.jsonl [--out themes.json] [--k N] [--lang sv|en] [--seed "Tydliga beslutsvägar" …]
 *
 * stdout (or --out) gets exactly {"themes": [...], "assignments": {...}}, so it can be piped into jq;
 * everything meant for a person goes to stderr. `--in -` reads standard input.
 * Exit code 0 when done, 2 for anything the user can fix (arguments, input, files), 1 for our faults.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { format, messagesFor } from '../i18n/messages';
import { swedishLexicon } from '../jobs/swedishLexicon';
import { findThemes } from '../themes/findThemes';
import type { Language, ThemeOptions } from '../themes/types';
import {
  type CliLocale,
  cliLocale,
  describeInputError,
  parseThemeInput,
  ThemeInputError,
} from './themeInput';

export type CliIo = {
  env: Readonly<Record<string, string | undefined>>;
  readStdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/** More themes than this is no summary; the engine itself picks at most 16 when left to choose. */
export const maxK = 100;
const maxSeedLength = 200;
/** Below this the engine is done within seconds and progress lines would only be noise. */
export const progressFrom = 5_000;

type CliTexts = ReturnType<typeof messagesFor>['cli'];

export type UsageProblem =
  | { kind: 'unknownOption'; option: string }
  | { kind: 'missingValue'; option: string }
  | { kind: 'unexpectedArgument'; argument: string }
  | { kind: 'missingIn' }
  | { kind: 'missingFile' }
  | { kind: 'badK'; value: string; max: number }
  | { kind: 'badLang'; value: string }
  | { kind: 'badSeed'; max: number }
  | { kind: 'badNumber'; option: string; value: string; min: number; max: number };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(`usage: ${JSON.stringify(problem)}`);
    this.name = 'UsageError';
  }
}

export type FileProblem = { kind: 'notFound' | 'unreadable' | 'unwritable'; path: string; code: string };

export class CliFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`${problem.kind}: ${problem.path} (${problem.code})`);
    this.name = 'CliFileError';
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/**
 * node:util parseArgs, but every mistake becomes a UsageError that can be told in Swedish: its own
 * errors are English sentences. Non-strict parsing hands over the tokens to check one by one.
 */
export function readArguments(args: readonly string[], options: OptionSpec, maxPositionals: number) {
  const parsed = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  let positionals = 0;
  for (const token of parsed.tokens) {
    if (token.kind === 'positional' && ++positionals > maxPositionals) {
      throw new UsageError({ kind: 'unexpectedArgument', argument: token.value });
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) throw new UsageError({ kind: 'unknownOption', option: token.rawName });
    // "--k --lang en" would otherwise take "--lang" as the number of themes.
    const swallowedOption = !token.inlineValue && /^-./.test(token.value ?? '');
    if (spec.type === 'string' && (token.value === undefined || swallowedOption)) {
      throw new UsageError({ kind: 'missingValue', option: token.rawName });
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

export function parseK(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const k = Number(value);
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value) || k < 1 || k > maxK) {
    throw new UsageError({ kind: 'badK', value: String(value), max: maxK });
  }
  return k;
}

function parseLanguage(value: unknown): Language | undefined {
  if (value === undefined || value === 'sv' || value === 'en') return value;
  throw new UsageError({ kind: 'badLang', value: String(value) });
}

/** The file's text, or standard input for "-". */
export async function readAnswers(path: string, io: CliIo): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    throw new CliFileError({ kind: code === 'ENOENT' ? 'notFound' : 'unreadable', path, code });
  }
}

/** A progress line per stage on stderr, for rounds large enough to take a while. */
export function progressReporter(answers: number, io: CliIo, texts: CliTexts): ThemeOptions['onProgress'] {
  if (answers < progressFrom) return undefined;
  let lastStage = '';
  return (done, total, stage) => {
    if (stage === lastStage) return;
    lastStage = stage;
    const percent = total > 0 ? Math.round((100 * done) / total) : 0;
    const named = (texts.stages as Record<string, string>)[stage] ?? stage;
    io.stderr(`${format(texts.progress, { percent, stage: named })}\n`);
  };
}

/** Tells the user what went wrong and gives the exit code; a stack trace is never shown. */
export function reportError(error: unknown, io: CliIo, locale: CliLocale, usage: string): number {
  const texts = messagesFor(locale).cli;
  if (error instanceof UsageError) {
    io.stderr(`${format(texts.arguments[error.problem.kind], { ...error.problem })}\n${usage}\n`);
    return 2;
  }
  if (error instanceof ThemeInputError) {
    io.stderr(`${describeInputError(error, locale)}\n`);
    return 2;
  }
  if (error instanceof CliFileError) {
    io.stderr(`${format(texts.files[error.problem.kind], { ...error.problem })}\n`);
    return 2;
  }
  io.stderr(`${format(texts.failed, { reason: error instanceof Error ? error.message : String(error) })}\n`);
  return 1;
}

export async function runThemes(args: readonly string[], io: CliIo): Promise<number> {
  const locale = cliLocale(io.env);
  const texts = messagesFor(locale).cli;
  try {
    const { values } = readArguments(
      args,
      {
        in: { type: 'string' },
        out: { type: 'string' },
        k: { type: 'string' },
        lang: { type: 'string' },
        seed: { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
      0,
    );
    if (values.help) {
      io.stdout(`${texts.themesUsage}\n`);
      return 0;
    }
    const input = values.in;
    if (typeof input !== 'string') throw new UsageError({ kind: 'missingIn' });
    const k = parseK(values.k);
    const language = parseLanguage(values.lang);
    const seeds = ((values.seed ?? []) as string[]).map((seed) => seed.trim());
    if (seeds.some((seed) => seed === '' || seed.length > maxSeedLength)) {
      throw new UsageError({ kind: 'badSeed', max: maxSeedLength });
    }
    const out = values.out as string | undefined;
    // Checked before the engine runs, so a typo in --out does not cost a long run.
    if (out !== undefined) await checkWritable(out);

    const { inputs } = parseThemeInput(await readAnswers(input, io));
    const result = findThemes(inputs, {
      k,
      language,
      seeds,
      lexicon: swedishLexicon(),
      onProgress: progressReporter(inputs.length, io, texts),
    });
    const json = `${JSON.stringify({ themes: result.themes, assignments: result.assignments }, null, 2)}\n`;
    if (out === undefined) io.stdout(json);
    else await writeAtomically(out, json);
    return 0;
  } catch (error) {
    return reportError(error, io, locale, texts.themesUsage);
  }
}

async function checkWritable(path: string): Promise<void> {
  try {
    await access(dirname(path), constants.W_OK);
    const existing = await stat(path).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  } catch (error) {
    throw new CliFileError({ kind: 'unwritable', path, code: errorCode(error) });
  }
}

/**
 * Writes beside the target and renames over it: a reader, or a run that fails half-way, sees the
 * old file or the whole new one, never a part. The rename is atomic only within one file system,
 * hence the temporary file in the same folder rather than in /tmp.
 */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliFileError({ kind: 'unwritable', path, code: errorCode(error) });
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

export function processIo(): CliIo {
  return {
    env: process.env,
    readStdin: () => readStream(process.stdin),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

if (require.main === module) {
  void runThemes(process.argv.slice(2), processIo()).then((code) => {
    // exitCode rather than exit(): a large result on a pipe must drain before the process ends.
    process.exitCode = code;
  });
}
