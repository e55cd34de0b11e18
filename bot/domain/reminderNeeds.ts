import { questionsAnswered } from './answerProgress';
import type { Member } from './person';
import type { Response } from './response';
import type { RoundTarget } from './target';

/**
 * Who still owes answers: a group answering together, with the questions nobody has answered yet;
 * or a member answering individually, with the questions they have not answered. Nobody who has
 * answered everything is in the list.
 */
export type ReminderNeed =
  | { kind: 'group'; groupId: string; missing: number[] }
  | { kind: 'member'; groupId: string; member: Member; missing: number[] };

export function reminderNeeds(
  questionCount: number,
  targets: readonly RoundTarget[],
  responses: readonly Response[],
  onlyGroupId?: string,
): ReminderNeed[] {
  const all = Array.from({ length: questionCount }, (_, index) => index + 1);
  return targets
    .filter((target) => !onlyGroupId || target.groupId === onlyGroupId)
    .flatMap((target): ReminderNeed[] => {
      const own = responses.filter((response) => response.groupId === target.groupId);
      if (target.mode === 'together') {
        const answered = questionsAnswered(own);
        const missing = all.filter((question) => !answered.has(question));
        return missing.length > 0 ? [{ kind: 'group', groupId: target.groupId, missing }] : [];
      }
      return target.members.flatMap((member): ReminderNeed[] => {
        const answered = questionsAnswered(own.filter((response) => response.author.id === member.id));
        const missing = all.filter((question) => !answered.has(question));
        return missing.length > 0 ? [{ kind: 'member', groupId: target.groupId, member, missing }] : [];
      });
    });
}

/** A stable key for a need, so a reminder slot is claimed once per group or person. */
export function needKey(need: ReminderNeed): string {
  return need.kind === 'group' ? `channel|${need.groupId}` : `person|${need.groupId}|${need.member.id}`;
}
