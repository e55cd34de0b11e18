import { ValidationError } from './errors';
import type { Person } from './person';
import type { ReplyPart } from './replyParser';
import { type Response, type ResponseSource, responseSourceKey } from './response';
import type { Round } from './round';

/** An answer written in a prompt card: its text, who changed it last and when, and its version. */
export type CardAnswer = { text: string; editedBy: string; editedAt: Date; version: string };

/** What one message may hold; past these it is refused whole, with the reason, and nothing is stored. */
export const answerLimits = { partMaxLength: 4000, partsPerMessage: 20 } as const;

export function checkAnswerParts(parts: readonly ReplyPart[]): void {
  if (parts.length > answerLimits.partsPerMessage) {
    throw new ValidationError('Too many parts in one message', 'answer', 'tooMany', {
      count: parts.length,
      max: answerLimits.partsPerMessage,
    });
  }
  parts.forEach((part, index) => {
    if (part.text.length > answerLimits.partMaxLength) {
      throw new ValidationError('An answer part is too long', 'answer', 'tooLong', {
        part: index + 1,
        question: part.questionNumber ?? 0,
        length: part.text.length,
        max: answerLimits.partMaxLength,
      });
    }
  });
}

/** Why a round takes no answers now, or null when it does. */
export function answersRefused(round: Round, now: Date): 'notOpen' | 'closed' | 'deadlinePassed' | null {
  if (round.state === 'draft') return 'notOpen';
  if (round.state === 'closed') return 'closed';
  if (round.deadline && now.getTime() > round.deadline.getTime()) return 'deadlinePassed';
  return null;
}

/** The contributions one message makes: one per part, keyed by the message and the part's place. */
export function contributionsFromMessage(input: {
  roundId: string;
  groupId: string;
  author: Person;
  activityId: string;
  source: ResponseSource;
  parts: readonly ReplyPart[];
  now: Date;
}): Response[] {
  return input.parts.map((part, index) => ({
    roundId: input.roundId,
    groupId: input.groupId,
    questionNumber: part.questionNumber,
    author: input.author,
    text: part.text,
    source: input.source,
    sourceKey: responseSourceKey({ kind: 'message', activityId: input.activityId, part: index + 1 }),
    createdAt: input.now,
    updatedAt: input.now,
    withdrawnAt: null,
  }));
}
