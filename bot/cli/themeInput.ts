/**
 * Answers as the theme CLI reads them: JSON Lines, one answer an object per line,
 *   {"id": "a1", "text": "1. Tydligare beslut\n2. …", "group": "RLG Syd", "question": 2}
 * Other keys are allowed and ignored, except "label", which the evaluation reads.
 */
import { z } from 'zod';
import { format, messagesFor } from '../i18n/messages';
import type { ThemeInput } from '../themes/types';

export type CliLocale = Parameters<typeof messagesFor>[0];

export const inputLimits = {
  lines: 200_000,
  idLength: 200,
  textLength: 20_000,
  groupLength: 200,
  labelLength: 200,
  question: { min: 1, max: 50 },
} as const;

type Field = 'id' | 'text' | 'group' | 'label';

/** What is wrong with the input; each kind has a text of its own under `cli.lines`. */
export type InputProblem =
  | { kind: 'notJson' }
  | { kind: 'notObject' }
  | { kind: 'missingText'; field: Field }
  | { kind: 'notText'; field: Field }
  | { kind: 'emptyId' }
  | { kind: 'tooLong'; field: Field; max: number }
  | { kind: 'badQuestion'; min: number; max: number }
  | { kind: 'duplicateId'; id: string; firstLine: number }
  | { kind: 'missingLabel' }
  | { kind: 'tooManyLines'; max: number }
  | { kind: 'noAnswers' };

export class ThemeInputError extends Error {
  constructor(
    /** 1-based, as an editor shows it; absent when the problem is the file as a whole. */
    readonly line: number | undefined,
    readonly problem: InputProblem,
  ) {
    super(`${line === undefined ? 'input' : `line ${line}`}: ${JSON.stringify(problem)}`);
    this.name = 'ThemeInputError';
  }
}

export type ParsedAnswers = {
  inputs: ThemeInput[];
  /** One per input: its "label", when it has a usable one. */
  labels: (string | undefined)[];
};

// Exports from spreadsheets write null for an empty cell; that means "not given", not an error.
const answerSchema = z.object({
  id: z.string().min(1).max(inputLimits.idLength),
  text: z.string().max(inputLimits.textLength),
  group: z.string().max(inputLimits.groupLength).nullish(),
  question: z.number().int().min(inputLimits.question.min).max(inputLimits.question.max).nullish(),
});

const labelSchema = z.union([
  z.string().trim().min(1).max(inputLimits.labelLength),
  z
    .number()
    .finite()
    .transform((value) => String(value)),
]);

function problemFrom(issue: z.ZodIssue): InputProblem {
  const field = issue.path[0];
  if (field === 'question') return { kind: 'badQuestion', ...inputLimits.question };
  if (field !== 'id' && field !== 'text' && field !== 'group') return { kind: 'notObject' };
  if (issue.code === 'too_big') {
    const max = { id: inputLimits.idLength, text: inputLimits.textLength, group: inputLimits.groupLength };
    return { kind: 'tooLong', field, max: max[field] };
  }
  if (issue.code === 'too_small') return { kind: 'emptyId' };
  return field === 'group' ? { kind: 'notText', field } : { kind: 'missingText', field };
}

/**
 * Reads the answers, or throws a ThemeInputError for the first line that is wrong: a round is
 * either read whole or not at all, so themes are never made from part of it unnoticed.
 */
export function parseThemeInput(text: string, options: { requireLabels?: boolean } = {}): ParsedAnswers {
  // Notepad and Excel on Windows start UTF-8 files with a byte-order mark.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length > inputLimits.lines) {
    throw new ThemeInputError(undefined, { kind: 'tooManyLines', max: inputLimits.lines });
  }

  const inputs: ThemeInput[] = [];
  const labels: (string | undefined)[] = [];
  const lineOfId = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ThemeInputError(line, { kind: 'notJson' });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ThemeInputError(line, { kind: 'notObject' });
    }
    const parsed = answerSchema.safeParse(value);
    if (!parsed.success) {
      throw new ThemeInputError(line, problemFrom(parsed.error.issues[0] as z.ZodIssue));
    }
    const { id, text: answer, group, question } = parsed.data;
    const firstLine = lineOfId.get(id);
    if (firstLine !== undefined) throw new ThemeInputError(line, { kind: 'duplicateId', id, firstLine });
    lineOfId.set(id, line);

    const label = labelSchema.safeParse((value as { label?: unknown }).label);
    if (options.requireLabels && !label.success) throw new ThemeInputError(line, { kind: 'missingLabel' });

    const input: ThemeInput = { id, text: answer };
    if (group != null) input.group = group;
    if (question != null) input.question = question;
    inputs.push(input);
    labels.push(label.success ? label.data : undefined);
  });
  if (options.requireLabels && inputs.length === 0)
    throw new ThemeInputError(undefined, { kind: 'noAnswers' });
  return { inputs, labels };
}

/** The problem as one line for the terminal, in the user's language. */
export function describeInputError(error: ThemeInputError, locale: CliLocale): string {
  const values: Record<string, string | number> = { ...error.problem };
  // Line numbers stay bare, as an editor shows them; a limit reads better grouped ("200 000").
  if ('max' in error.problem) {
    values.max = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB').format(error.problem.max);
  }
  if (error.line !== undefined) values.line = error.line;
  return format(messagesFor(locale).cli.lines[error.problem.kind], values);
}

/** Swedish unless the environment asks for English: the first users read Swedish. */
export function cliLocale(env: Readonly<Record<string, string | undefined>>): CliLocale {
  // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
