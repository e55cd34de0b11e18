import type { Locale } from '../domain/locale';
import { format, messagesFor } from '../i18n/messages';
import type { AdaptiveCard } from './renderCard';

export type AnswerConfirmInput = {
  roundId: string;
  groupId: string;
  /** The message asked about: the answer is stored under its id, so an edit or delete follows. */
  activityId: string;
  text: string;
  roundTitle: string;
  questionCount: number;
};

/**
 * A short message in a 1:1 chat while a round is open ("asdfghjkl", "exportera"): nothing is
 * stored until its author says which question it answers, or that it is no answer.
 */
export function answerConfirmCard(input: AnswerConfirmInput, locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).answers;
  const question = format(texts.confirmQuestion, { title: input.roundTitle });
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: question,
    body: [
      { type: 'TextBlock', text: question, wrap: true },
      // What they wrote, as plain text (a TextRun reads no Markdown).
      {
        type: 'RichTextBlock',
        inlines: [{ type: 'TextRun', text: `”${input.text}”`, italic: true }],
      },
      // A choice, not a button per question: a card holds a handful of buttons, a round ten questions.
      {
        type: 'Input.ChoiceSet',
        id: 'question',
        label: texts.answersQuestion,
        style: 'compact',
        value: 'general',
        choices: [
          ...Array.from({ length: input.questionCount }, (_, index) => ({
            title: format(texts.questionButton, { number: index + 1 }),
            value: String(index + 1),
          })),
          { title: texts.generalButton, value: 'general' },
        ],
      },
    ],
    actions: [
      {
        type: 'Action.Execute',
        verb: 'answer.confirm',
        title: texts.saveAsAnswer,
        style: 'positive',
        data: {
          roundId: input.roundId,
          groupId: input.groupId,
          activityId: input.activityId,
          text: input.text,
        },
      },
      {
        type: 'Action.Execute',
        verb: 'answer.dismiss',
        title: texts.notAnAnswer,
        associatedInputs: 'none',
        data: {},
      },
    ],
  };
}

/** The card once answered: one line saying what became of the message. */
export function answerConfirmedCard(text: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: text,
    body: [{ type: 'TextBlock', text, wrap: true }],
  };
}
