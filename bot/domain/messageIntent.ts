import { answersRefused } from './answer';
import { parseReply } from './replyParser';
import type { Round } from './round';

/**
 * What a message written to the bot in a 1:1 chat is taken for, while a round was sent to its
 * author there: an answer stored at once (numbered, or long enough to be one), a short message
 * the author is asked about before anything is stored ("asdfghjkl", "exportera"), or, once the
 * round takes no answers, not an answer at all (the author gets help) unless it clearly is one
 * (the author is told the round has closed).
 */
export type MessageIntent = 'answer' | 'ask' | 'notAnAnswer';

/** Words from which a message is an answer without asking. */
export const answerMinWords = 5;

export function messageIntent(text: string, round: Round, now: Date): MessageIntent {
  const clearly =
    parseReply(text, round.questions.length).kind === 'numbered' ||
    text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= answerMinWords;
  if (clearly) return 'answer';
  return answersRefused(round, now) === null ? 'ask' : 'notAnAnswer';
}
