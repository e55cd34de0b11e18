import type { Person } from './person';

/** Where an answer was written. */
export type ResponseSource = 'thread' | 'card' | 'chat';

/**
 * One contribution to a round: a part of an answer, tied to a question (or to none, "Allmänt").
 * Several contributions may answer the same question.
 */
export type Response = {
  roundId: string;
  groupId: string;
  /** The question answered; null for a general remark that fits no single question. */
  questionNumber: number | null;
  author: Person;
  text: string;
  source: ResponseSource;
  /** What makes the contribution unique, so that Teams delivering something twice stores it once. */
  sourceKey: string;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
};

/**
 * The identity of a contribution. A message (thread or chat) is identified by its activity id and
 * the part of the message; a card answer by who answered which question, so re-submitting the
 * card replaces the earlier answer instead of adding one.
 */
export function responseSourceKey(
  origin:
    | { kind: 'message'; activityId: string; part: number }
    | { kind: 'card'; personId: string; questionNumber: number | null }
    | { kind: 'groupCard'; questionNumber: number },
): string {
  if (origin.kind === 'message') return `msg:${origin.activityId}:${origin.part}`;
  // A group answering together writes one shared answer per question in its card.
  if (origin.kind === 'groupCard') return `card:group:${origin.questionNumber}`;
  return `card:${origin.personId}:${origin.questionNumber ?? 'general'}`;
}

/** The id an answer has in stored theme results: unique in a round, like the answer's row key. */
export function themeInputId(response: Pick<Response, 'groupId' | 'sourceKey'>): string {
  return `${response.groupId}|${response.sourceKey}`;
}
