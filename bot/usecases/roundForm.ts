import { ValidationError } from '../domain/errors';
import type { AnswerMode } from '../domain/group';
import type { Member } from '../domain/person';
import { defaultReminderPolicy, reminderPolicy } from '../domain/reminderPolicy';
import { anonymityThreshold, type Round } from '../domain/round';
import { fromStockholmWallTime, toStockholmWallTime } from '../domain/stockholmTime';
import type { RoundTarget } from '../domain/target';
import type { DraftChanges } from './draftRound';

/** A group's place in the round as the editor shows it: left out, or answering one way. */
export type GroupChoice = AnswerMode | 'none';

/**
 * The round editor's fields as the coordinator last wrote them. After a refused save the card is
 * drawn again from this, so nothing typed is lost.
 */
export type RoundForm = {
  roundId: string;
  title: string;
  purpose: string;
  questions: string[];
  reflectionHint: string;
  /** One note per line. */
  outOfScope: string;
  deadlineDate: string;
  deadlineTime: string;
  modes: Record<string, GroupChoice>;
  /**
   * For groups answering individually: the Teams user ids chosen to receive the questions, or
   * nothing when the card had no such choice yet (then the whole team is asked).
   */
  memberChoices: Record<string, string[]>;
  /** Working days before the deadline when reminders go out (null: the card had no such field). */
  reminderDays: number[] | null;
  reminderTime: string;
  /** People needed behind an individually answering group's themes ('' when the card had no field). */
  anonymityThreshold: string;
};

export function formFromRound(round: Round, targets: readonly RoundTarget[]): RoundForm {
  const deadline = round.deadline ? toStockholmWallTime(round.deadline) : { date: '', time: '' };
  return {
    roundId: round.id,
    title: round.title,
    purpose: round.purpose,
    questions: round.questions.map((question) => question.text),
    reflectionHint: round.reflectionHint,
    outOfScope: round.outOfScope.join('\n'),
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    modes: Object.fromEntries(targets.map((target) => [target.groupId, target.mode])),
    reminderDays: [...round.reminders.daysBefore],
    reminderTime: round.reminders.time,
    anonymityThreshold: String(round.anonymityThreshold),
    memberChoices: Object.fromEntries(
      targets
        .filter((target) => target.mode === 'individual')
        .map((target) => [target.groupId, target.members.map((member) => member.userId)]),
    ),
  };
}

/**
 * The form as changes to save. A deadline needs both date and time (or neither, while drafting);
 * out-of-scope notes are one per line; groups left "none" are not targets. Members for groups that
 * answer individually are supplied by the caller (from the team roster).
 */
export function changesFromForm(form: RoundForm, membersOf: (groupId: string) => Member[]): DraftChanges {
  const date = form.deadlineDate.trim();
  const time = form.deadlineTime.trim();
  if ((date === '') !== (time === '')) {
    throw new ValidationError('Both date and time are needed for a deadline', 'deadline', 'required');
  }
  return {
    content: {
      title: form.title,
      purpose: form.purpose,
      questions: form.questions.filter((question) => question.trim() !== ''),
      reflectionHint: form.reflectionHint,
      outOfScope: form.outOfScope.split(/\r?\n/),
    },
    deadline: date === '' ? null : fromStockholmWallTime(date, time),
    ...(form.reminderDays
      ? { reminders: reminderPolicy(form.reminderDays, form.reminderTime || defaultReminderPolicy.time) }
      : {}),
    ...(form.anonymityThreshold.trim() !== ''
      ? { anonymityThreshold: anonymityThreshold(Number(form.anonymityThreshold.trim())) }
      : {}),
    targets: Object.entries(form.modes)
      .filter((entry): entry is [string, AnswerMode] => entry[1] !== 'none')
      .map(([groupId, mode]) => ({
        groupId,
        mode,
        members: mode === 'individual' ? membersOf(groupId) : [],
      })),
  };
}
