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

/** A round's progress in one figure: groups that have done all they were asked, or people. */
export type RoundProgressCount = { answered: number; targeted: number; unit: 'groups' | 'people' };

/**
 * How far a round has come, for the chat's status card and the tab alike. A group counts once it
 * has done all it was asked: together, every question has an answer; individually, every member
 * has answered every question. A member following only their own individually answering group
 * sees people instead, since one group is a bar of 0 or 1.
 */
export function roundProgress(groups: readonly GroupProgress[], forMember: boolean): RoundProgressCount {
  if (forMember && groups.length > 0 && groups.every((group) => group.mode === 'individual')) {
    return {
      answered: sum(groups.map((group) => group.answered)),
      targeted: sum(groups.map((group) => group.answerable)),
      unit: 'people',
    };
  }
  return {
    answered: groups.filter((group) => group.answerable > 0 && group.answered >= group.answerable).length,
    targeted: groups.length,
    unit: 'groups',
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
