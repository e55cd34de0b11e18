import type { GroupDeliverySummary } from './delivery';
import type { AnswerMode } from './group';
import type { ReminderLog } from './reminder';
import type { Round } from './round';

export type GroupStatus = {
  groupId: string;
  name: string;
  mode: AnswerMode;
  delivery: GroupDeliverySummary;
  /** Together: questions with at least one answer. Individually: members who answered something. */
  answered: number;
  answerable: number;
};

export type RoundStatus = { round: Round; groups: GroupStatus[]; reminders: ReminderLog };
