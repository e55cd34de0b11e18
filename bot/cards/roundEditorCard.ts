import type { Group } from '../domain/group';
import type { Locale } from '../domain/locale';
import type { Member } from '../domain/person';
import { questionLimits } from '../domain/question';
import { reminderDayChoices } from '../domain/reminderPolicy';
import { format, joinList, messagesFor } from '../i18n/messages';
import type { RoundForm } from '../usecases/roundForm';
import { type AdaptiveCard, renderCard } from './renderCard';
import template from './roundEditorCard.json';

/** Input ids of the group choices; a group id is a channel id, which an input id may hold. */
export const modeInputPrefix = 'mode|';
export const memberInputPrefix = 'members|';

/** Up to this many members are shown as check boxes; more as a drop-down to keep the card short. */
const expandedMemberChoices = 15;

export type RoundEditorView = {
  form: RoundForm;
  groups: readonly Group[];
  /** Who gets the questions in chat, for groups answering individually. */
  members: ReadonlyMap<string, readonly Member[]>;
  /** The team's members to choose from, for groups answering individually. */
  rosters?: ReadonlyMap<string, readonly Member[]>;
  errors: readonly string[];
  saved?: string;
  now: Date;
};

/**
 * The draft editor: texts, questions (always one empty field to add one more, up to ten), the
 * deadline in Swedish time and, per group, whether and how it answers.
 */
export function roundEditorCard(view: RoundEditorView, locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).rounds.editor;
  const { form } = view;
  const filled = form.questions.filter((question) => question.trim() !== '');
  const shown = Math.min(questionLimits.max, Math.max(filled.length + 1, 4));
  return renderCard(template, {
    title: texts.title,
    intro: texts.intro,
    fixFirst: texts.fixFirst,
    errors: [...view.errors],
    saved: view.saved ?? '',
    form: { ...form, reminderDaysValue: (form.reminderDays ?? []).join(',') },
    // Input.Number takes a number; a doctored non-number shows as an empty field beside its error.
    anonymityValue: numberOrNull(form.anonymityThreshold),
    reminderChoices: reminderDayChoices.map((count) => ({
      title: count === 1 ? texts.reminderDayOne : format(texts.reminderDay, { count }),
      value: String(count),
    })),
    labels: {
      reminders: texts.remindersHeading,
      remindersIntro: texts.remindersIntro,
      reminderDays: texts.reminderDaysLabel,
      reminderTime: texts.reminderTimeLabel,
      anonymity: texts.anonymityHeading,
      anonymityIntro: texts.anonymityIntro,
      anonymityThreshold: texts.anonymityLabel,
      title: texts.titleLabel,
      titleRequired: messagesFor(locale).rounds.errors.title.required,
      purpose: texts.purposeLabel,
      questions: texts.questionsHeading,
      hint: texts.hintLabel,
      outOfScope: texts.outOfScopeLabel,
      deadline: texts.deadlineHeading,
      date: texts.dateLabel,
      time: texts.timeLabel,
      groups: texts.groupsHeading,
      groupsIntro: texts.groupsIntro,
      noGroups: texts.noGroups,
      modeNone: texts.modeNone,
      modeTogether: texts.modeTogether,
      modeIndividual: texts.modeIndividual,
      preview: texts.preview,
      save: texts.save,
      delete: texts.delete,
      deleteConfirm: format(texts.deleteConfirm, { title: form.title }),
      deleteYes: texts.deleteYes,
    },
    questionInputs: Array.from({ length: shown }, (_, index) => ({
      id: `q${index + 1}`,
      label: format(index < Math.max(filled.length, 1) ? texts.questionLabel : texts.questionOptionalLabel, {
        number: index + 1,
      }),
      value: filled[index] ?? '',
    })),
    groups: view.groups.map((group) => {
      const mode = form.modes[group.id] ?? 'none';
      const members = view.members.get(group.id) ?? [];
      const roster = mode === 'individual' ? (view.rosters?.get(group.id) ?? []) : [];
      return {
        inputId: `${modeInputPrefix}${group.id}`,
        memberInputId: `${memberInputPrefix}${group.id}`,
        memberLabel: format(texts.membersLabel, { group: group.name }),
        memberStyle: roster.length > expandedMemberChoices ? 'compact' : 'expanded',
        memberValue: members.map((member) => member.userId).join(','),
        roster: roster.map((member) => ({ name: member.name, userId: member.userId })),
        label: format(texts.modeLabel, { group: group.name }),
        mode,
        members:
          mode !== 'individual'
            ? ''
            : members.length === 0
              ? texts.membersNone
              : format(members.length === 1 ? texts.membersOne : texts.members, {
                  count: members.length,
                  names: joinList(
                    members.map((member) => member.name),
                    locale,
                  ),
                }),
      };
    }),
  });
}

function numberOrNull(value: string): number | null {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : null;
}
