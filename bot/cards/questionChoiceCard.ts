import type { Locale } from '../domain/locale';
import { format, messagesFor } from '../i18n/messages';
import template from './questionChoiceCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

/**
 * Asked under an unnumbered answer: which question it answers, chosen from a list (a card holds a
 * handful of buttons, a round up to ten questions) with "Allmänt" first chosen; the answer is
 * already stored as general, so not choosing loses nothing.
 */
export function questionChoiceCard(
  input: { roundId: string; groupId: string; activityId: string; questionCount: number },
  locale: Locale,
): AdaptiveCard {
  const texts = messagesFor(locale).answers;
  return renderCard(template, {
    prompt: texts.whichQuestion,
    label: texts.answersQuestion,
    choose: texts.moveAnswer,
    roundId: input.roundId,
    groupId: input.groupId,
    activityId: input.activityId,
    choices: [
      ...Array.from({ length: input.questionCount }, (_, index) => ({
        title: format(texts.questionButton, { number: index + 1 }),
        value: String(index + 1),
      })),
      { title: texts.generalButton, value: 'general' },
    ],
  });
}

/** The same card once a question is chosen: a line that says where the answer went. */
export function questionChosenCard(questionNumber: number | null, locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).answers;
  const text =
    questionNumber === null ? texts.assignedGeneral : format(texts.assigned, { number: questionNumber });
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: text,
    body: [{ type: 'TextBlock', text, wrap: true }],
  };
}
