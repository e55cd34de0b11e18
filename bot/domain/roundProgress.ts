import { membersWhoAnsweredAll, questionsAnswered } from './answerProgress';
import type { GroupDeliverySummary } from './delivery';
import type { AnswerMode } from './group';
import type { ReminderLog } from './reminder';
import type { Response } from './response';
import type { Round } from './round';
import type { RoundTarget } from './target';

/** How far one group has come with a round's questions. */
export type GroupProgress = {
  groupId: string;
  mode: AnswerMode;
  /** Together: questions with at least one answer. Individually: members who answered every question. */
  answered: number;
  answerable: number;
};

export type GroupStatus = GroupProgress & {
  name: string;
  delivery: GroupDeliverySummary;
};

/**
 * Each target group's progress from the round's answers: one definition, for the status views
 * and the rounds list alike. Withdrawn answers do not count.
 */
export function groupProgress(
  round: Pick<Round, 'questions'>,
  targets: readonly RoundTarget[],
  responses: readonly Response[],
): GroupProgress[] {
  const live = responses.filter((response) => response.withdrawnAt === null);
  return targets.map((target) => {
    const own = live.filter((response) => response.groupId === target.groupId);
    const together = target.mode === 'together';
    const done = together ? new Set<string>() : membersWhoAnsweredAll(own, round.questions.length);
    return {
      groupId: target.groupId,
      mode: target.mode,
      answered: together
        ? questionsAnswered(own).size
        : target.members.filter((member) => done.has(member.id)).length,
      answerable: together ? round.questions.length : target.members.length,
    };
  });
}

export type RoundStatus = { round: Round; groups: GroupStatus[]; reminders: ReminderLog };
