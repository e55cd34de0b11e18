import { ValidationError } from './errors';
import type { Locale } from './locale';
import type { Person } from './person';
import { numberQuestions, type Question } from './question';
import { defaultReminderPolicy, type ReminderPolicy } from './reminderPolicy';

export type RoundState = 'draft' | 'open' | 'closed';

export const roundLimits = {
  titleMaxLength: 200,
  purposeMaxLength: 2000,
  reflectionHintMaxLength: 1000,
  outOfScopeMaxItems: 10,
  outOfScopeItemMaxLength: 300,
} as const;

/** What managers read: the request itself. */
export type RoundContent = {
  title: string;
  purpose: string;
  questions: Question[];
  reflectionHint: string;
  outOfScope: string[];
};

/** A request for lessons learned, with a deadline, sent to a set of groups. */
export type Round = RoundContent & {
  id: string;
  state: RoundState;
  locale: Locale;
  deadline: Date | null;
  createdBy: Person;
  createdAt: Date;
  updatedAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  reminders: ReminderPolicy;
  /**
   * Themes of a group whose members answer individually show only once this many different people
   * have answered, so a quote cannot be traced to one of two colleagues.
   */
  anonymityThreshold: number;
  /** Sign-in addresses (lower case) of people the coordinator named to compile this round. */
  compilers?: readonly string[];
};

export const defaultAnonymityThreshold = 3;

/**
 * Below two, one person's quotes would show as theirs; above twenty, most management groups could
 * never reach it and their themes would never show.
 */
export const anonymityThresholdLimits = { min: 2, max: 20 } as const;

/** A coordinator's anonymity threshold for a round: a whole number of people within the limits. */
export function anonymityThreshold(value: number): number {
  const { min, max } = anonymityThresholdLimits;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(
      `Anonymity threshold ${value} is outside ${min}–${max}`,
      'anonymityThreshold',
      'outOfRange',
      { min, max },
    );
  }
  return value;
}

export type RoundContentInput = Omit<RoundContent, 'questions'> & { questions: readonly string[] };

/** Trims and checks a round's texts against the limits; the result is always valid content. */
export function roundContent(input: RoundContentInput): RoundContent {
  const title = requireText(input.title, 'title', roundLimits.titleMaxLength);
  const purpose = optionalText(input.purpose, 'purpose', roundLimits.purposeMaxLength);
  const reflectionHint = optionalText(
    input.reflectionHint,
    'reflectionHint',
    roundLimits.reflectionHintMaxLength,
  );
  const outOfScope = input.outOfScope.map((item) => item.trim()).filter((item) => item.length > 0);
  if (outOfScope.length > roundLimits.outOfScopeMaxItems) {
    throw new ValidationError(
      `At most ${roundLimits.outOfScopeMaxItems} out-of-scope notes`,
      'outOfScope',
      'tooMany',
      {
        max: roundLimits.outOfScopeMaxItems,
      },
    );
  }
  for (const item of outOfScope) optionalText(item, 'outOfScope', roundLimits.outOfScopeItemMaxLength);
  return { title, purpose, questions: numberQuestions(input.questions), reflectionHint, outOfScope };
}

export function createRoundDraft(
  input: RoundContentInput,
  context: { id: string; locale: Locale; createdBy: Person; now: Date },
): Round {
  return {
    ...roundContent(input),
    id: context.id,
    state: 'draft',
    locale: context.locale,
    deadline: null,
    createdBy: context.createdBy,
    createdAt: context.now,
    updatedAt: context.now,
    openedAt: null,
    closedAt: null,
    reminders: defaultReminderPolicy,
    anonymityThreshold: defaultAnonymityThreshold,
    compilers: [],
  };
}

function requireText(value: string, field: string, maxLength: number): string {
  const text = optionalText(value, field, maxLength);
  if (text.length === 0) throw new ValidationError(`${field} is empty`, field, 'required');
  return text;
}

function optionalText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length > maxLength)
    throw new ValidationError(`${field} is longer than ${maxLength} characters`, field);
  return text;
}
