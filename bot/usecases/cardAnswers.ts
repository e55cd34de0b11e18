import { answerLimits, answersRefused, type CardAnswer } from '../domain/answer';
import { ConflictError, ValidationError } from '../domain/errors';
import type { AnswerMode } from '../domain/group';
import type { Person } from '../domain/person';
import { redactPersonalNumbers } from '../domain/personalNumbers';
import { type Response, responseSourceKey } from '../domain/response';
import type { Round } from '../domain/round';
import type { ResponseRepository } from '../storage/responseRepository';
import type { Effects } from './effects';

export type CardAnswerInput = {
  round: Round;
  groupId: string;
  mode: AnswerMode;
  author: Person;
  /** What the card's fields held, by question; a question without a field is left alone. */
  texts: ReadonlyMap<number, string>;
  /** The version of each answer the card showed, so a change made since is noticed. */
  versions: Readonly<Record<string, string>>;
  now: Date;
  redaction: string;
};

export type CardAnswerResult =
  | { kind: 'saved'; changed: number[]; conflicts: { question: number; by: string }[]; redacted: number }
  | { kind: 'refused'; reason: 'notOpen' | 'closed' | 'deadlinePassed' };

/**
 * Saves the answers written in a prompt card. Together, the group shares one answer per question:
 * a save is written only over the version the card showed, so when two people save at once the
 * second is told who changed it first rather than overwriting them. Individually, each person has
 * their own answers. An emptied field withdraws that answer. Each question is saved on its own.
 */
export async function saveCardAnswers(
  responses: ResponseRepository,
  effects: Effects,
  input: CardAnswerInput,
): Promise<CardAnswerResult> {
  const refused = answersRefused(input.round, input.now);
  if (refused) return { kind: 'refused', reason: refused };
  for (const [question, text] of input.texts) {
    if (text.trim().length > answerLimits.partMaxLength) {
      throw new ValidationError('An answer is too long', 'answer', 'tooLong', {
        part: question,
        question,
        length: text.trim().length,
        max: answerLimits.partMaxLength,
      });
    }
  }

  const changed: number[] = [];
  const conflicts: { question: number; by: string }[] = [];
  let redacted = 0;
  for (const [question, raw] of input.texts) {
    if (question < 1 || question > input.round.questions.length) continue;
    const cleaned = redactPersonalNumbers(raw.trim(), input.redaction);
    redacted += cleaned.removed;
    const key = cardKey(input.mode, input.author.id, question);
    const current = await responses.single(input.round.id, input.groupId, key);
    const shown = input.versions[String(question)] ?? '';
    const live = current && !current.value.withdrawnAt ? current.value.text : '';
    if (live === cleaned.text) continue;
    // Together: someone saved this question after the card was drawn.
    if (
      input.mode === 'together' &&
      (current?.etag ?? '') !== shown &&
      current &&
      !current.value.withdrawnAt
    ) {
      conflicts.push({ question, by: current.value.author.name });
      continue;
    }
    try {
      if (!current) {
        if (cleaned.text === '') continue;
        const { created, stored } = await responses.record(answer(input, question, key, cleaned.text));
        if (!created) conflicts.push({ question, by: stored.value.author.name });
        else changed.push(question);
      } else {
        const next: Response =
          cleaned.text === ''
            ? { ...current.value, withdrawnAt: input.now, updatedAt: input.now, author: input.author }
            : { ...answer(input, question, key, cleaned.text), createdAt: current.value.createdAt };
        await responses.replace(next, current.etag);
        changed.push(question);
      }
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const latest = await responses.single(input.round.id, input.groupId, key);
      conflicts.push({ question, by: latest?.value.author.name ?? '' });
    }
  }
  if (changed.length > 0) effects.answersChanged(input.round.id);
  return { kind: 'saved', changed, conflicts, redacted };
}

/** Withdraws a person's own card answers (individual mode). */
export async function withdrawCardAnswers(
  responses: ResponseRepository,
  effects: Effects,
  input: { round: Round; groupId: string; personId: string; now: Date },
): Promise<CardAnswerResult> {
  const refused = answersRefused(input.round, input.now);
  if (refused) return { kind: 'refused', reason: refused };
  const changed: number[] = [];
  for (let question = 1; question <= input.round.questions.length; question++) {
    const current = await responses.single(
      input.round.id,
      input.groupId,
      cardKey('individual', input.personId, question),
    );
    if (!current || current.value.withdrawnAt) continue;
    await responses.replace({ ...current.value, withdrawnAt: input.now, updatedAt: input.now }, current.etag);
    changed.push(question);
  }
  if (changed.length > 0) effects.answersChanged(input.round.id);
  return { kind: 'saved', changed, conflicts: [], redacted: 0 };
}

/** What the card shows: the group's shared answers, or the person's own. */
export async function cardAnswerState(
  responses: ResponseRepository,
  input: { round: Round; groupId: string; mode: AnswerMode; personId: string },
): Promise<Map<number, CardAnswer>> {
  const state = new Map<number, CardAnswer>();
  for (let question = 1; question <= input.round.questions.length; question++) {
    const stored = await responses.single(
      input.round.id,
      input.groupId,
      cardKey(input.mode, input.personId, question),
    );
    if (!stored || stored.value.withdrawnAt) continue;
    state.set(question, {
      text: stored.value.text,
      editedBy: stored.value.author.name,
      editedAt: stored.value.updatedAt,
      version: stored.etag,
    });
  }
  return state;
}

function cardKey(mode: AnswerMode, personId: string, question: number): string {
  return mode === 'together'
    ? responseSourceKey({ kind: 'groupCard', questionNumber: question })
    : responseSourceKey({ kind: 'card', personId, questionNumber: question });
}

function answer(input: CardAnswerInput, question: number, key: string, text: string): Response {
  return {
    roundId: input.round.id,
    groupId: input.groupId,
    questionNumber: question,
    author: input.author,
    text,
    source: 'card',
    sourceKey: key,
    createdAt: input.now,
    updatedAt: input.now,
    withdrawnAt: null,
  };
}
