import type { CardAnswer } from '../domain/answer';
import type { AnswerMode } from '../domain/group';
import type { Locale } from '../domain/locale';
import { clockTime } from '../domain/stockholmTime';
import { format, messagesFor } from '../i18n/messages';
import template from './answerForm.json';
import { type AdaptiveCard, renderCard } from './renderCard';

export type AnswerFormState = {
  roundId: string;
  groupId: string;
  mode: AnswerMode;
  questionCount: number;
  /** Together: the group's shared answer per question; individually: the viewer's own. */
  answers: ReadonlyMap<number, CardAnswer>;
  /** False once the round takes no answers: the answers are shown, not editable. */
  open: boolean;
  notice?: { text: string; tone: 'good' | 'attention' };
  /**
   * The Teams user id of the one person a 1:1 card is for: Teams then asks for a fresh card
   * whenever they look at it, so an answer written in chat shows in the card too.
   */
  viewerId?: string;
};

/** Input ids of the answer fields: `answer|<question number>`. */
export const answerInputPrefix = 'answer|';

/**
 * The prompt card with a place to answer in it: a field per question, filled with what is stored.
 * The card carries the version of each answer it shows, so a save over someone else's newer text
 * is noticed instead of overwriting it.
 */
export function withAnswerForm(prompt: AdaptiveCard, state: AnswerFormState, locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).answers.form;
  const together = state.mode === 'together';
  const form = renderCard(template, {
    heading: together ? texts.headingTogether : texts.headingIndividual,
    intro: state.open ? (together ? texts.intro : texts.introIndividual) : texts.closedNote,
    notice: state.notice?.text ?? '',
    noticeColor: state.notice?.tone === 'attention' ? 'Attention' : 'Good',
    open: state.open,
    fields: Array.from({ length: state.questionCount }, (_, index) => {
      const answer = state.answers.get(index + 1);
      return {
        id: `${answerInputPrefix}${index + 1}`,
        label: format(texts.questionLabel, { number: index + 1 }),
        value: answer?.text ?? '',
        edited:
          together && answer
            ? format(texts.lastEdited, { name: answer.editedBy, time: clockTime(answer.editedAt, locale) })
            : '',
      };
    }),
    save: texts.save,
    withdraw: texts.withdraw,
    refresh: texts.refresh,
    canWithdraw: !together && state.open && state.answers.size > 0,
    roundId: state.roundId,
    groupId: state.groupId,
    versions: Object.fromEntries(
      [...state.answers].map(([question, answer]) => [String(question), answer.version]),
    ),
  }) as unknown as { body: unknown[]; actions: unknown[] };
  return {
    ...prompt,
    ...(state.viewerId
      ? {
          refresh: {
            action: {
              type: 'Action.Execute',
              verb: 'answer.refresh',
              data: { roundId: state.roundId, groupId: state.groupId },
            },
            userIds: [state.viewerId],
          },
        }
      : {}),
    body: [...(prompt.body as unknown[]), ...form.body],
    ...(state.open ? { actions: form.actions } : {}),
  };
}
