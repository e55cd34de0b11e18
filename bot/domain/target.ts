import type { AnswerMode } from './group';
import type { Member } from './person';

/**
 * One group's part in a round: how it answers and, when individually, who is asked.
 * Delivery and reminders are planned from targets.
 */
export type RoundTarget = {
  roundId: string;
  groupId: string;
  mode: AnswerMode;
  members: Member[];
};
