import { answersRefused, checkAnswerParts, contributionsFromMessage } from '../domain/answer';
import type { Person } from '../domain/person';
import { redactPersonalNumbers } from '../domain/personalNumbers';
import { parseReply } from '../domain/replyParser';
import type { ResponseSource } from '../domain/response';
import type { Round } from '../domain/round';
import type { ResponseRepository } from '../storage/responseRepository';
import type { AnswerOutcome } from './answerOutcome';
import type { Effects } from './effects';

export type MessageAnswer = {
  round: Round;
  groupId: string;
  author: Person;
  activityId: string;
  text: string;
  source: ResponseSource;
  now: Date;
  /** What stands where a personal identity number was ("[personnummer borttaget]"). */
  redaction: string;
};

/**
 * Stores a message as contributions: personal identity numbers out first, then split by question,
 * then checked against the limits, so a message is stored whole or not at all. Teams delivering
 * the same message again finds its parts already stored and changes nothing.
 */
export async function recordMessageAnswer(
  responses: ResponseRepository,
  effects: Effects,
  answer: MessageAnswer,
): Promise<AnswerOutcome> {
  const refused = answersRefused(answer.round, answer.now);
  if (refused)
    return { kind: 'refused', reason: refused, closedAt: answer.round.closedAt ?? answer.round.deadline };

  const { parsed, contributions, removed } = readMessage(answer);
  if (parsed.kind === 'empty') return { kind: 'empty' };
  if (!(await responses.recordMessage(answer.activityId, contributions))) return { kind: 'duplicate' };
  effects.answersChanged(answer.round.id);
  return {
    kind: 'stored',
    questions: parsed.parts.map((part) => part.questionNumber),
    unnumbered: parsed.kind === 'unnumbered',
    redacted: removed,
  };
}

/**
 * A message as contributions: personal identity numbers out first, then split by question, then
 * checked against the limits (a broken limit throws, so nothing of the message is stored).
 */
export function readMessage(answer: MessageAnswer) {
  const { text, removed } = redactPersonalNumbers(answer.text, answer.redaction);
  const parsed = parseReply(text, answer.round.questions.length);
  checkAnswerParts(parsed.parts);
  const contributions = contributionsFromMessage({
    roundId: answer.round.id,
    groupId: answer.groupId,
    author: answer.author,
    activityId: answer.activityId,
    source: answer.source,
    parts: parsed.parts,
    now: answer.now,
  });
  return { parsed, contributions, removed };
}

/**
 * A short chat message its author confirmed as an answer, to the question they chose (null:
 * "Allmänt"): stored like any message, as one part, personal identity numbers out first.
 */
export async function recordChosenAnswer(
  responses: ResponseRepository,
  effects: Effects,
  answer: MessageAnswer & { questionNumber: number | null },
): Promise<AnswerOutcome> {
  const refused = answersRefused(answer.round, answer.now);
  if (refused)
    return { kind: 'refused', reason: refused, closedAt: answer.round.closedAt ?? answer.round.deadline };
  const { text, removed } = redactPersonalNumbers(answer.text.trim(), answer.redaction);
  if (text === '') return { kind: 'empty' };
  const parts = [{ questionNumber: answer.questionNumber, text }];
  checkAnswerParts(parts);
  const contributions = contributionsFromMessage({ ...answer, roundId: answer.round.id, parts });
  if (!(await responses.recordMessage(answer.activityId, contributions))) return { kind: 'duplicate' };
  effects.answersChanged(answer.round.id);
  return { kind: 'stored', questions: [answer.questionNumber], unnumbered: false, redacted: removed };
}
