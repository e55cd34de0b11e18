import { deadlineText } from '../domain/deadlineText';
import type { AnswerMode } from '../domain/group';
import type { Locale } from '../domain/locale';
import type { RoundContent } from '../domain/round';
import { format, messagesFor } from '../i18n/messages';
import { inertLinks } from './inertLinks';
import template from './promptCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

export type PromptCardOptions = {
  locale: Locale;
  mode: AnswerMode;
  groupName: string;
  /** Only decides whether the deadline needs its year. */
  now: Date;
};

/** As wide as a digit, so "1." can take the room of "10.". */
const figureSpace = '\u2007';

/**
 * The request a management group receives: the round's own texts (written by the coordinator and
 * inserted as data, never evaluated), the deadline in words and how the group's mode answers.
 */
export function promptCard(
  round: RoundContent & { deadline: Date },
  options: PromptCardOptions,
): AdaptiveCard {
  const texts = messagesFor(options.locale).prompt;
  const deadline = deadlineText(round.deadline, { locale: options.locale, now: options.now });
  const numbered = (number: number, width = 0) =>
    format(texts.questionNumber, { number: String(number).padStart(width, figureSpace) });
  // Each number sits in a column sized to fit it; padding every number to the widest one keeps
  // the question texts starting at the same edge when a round has ten questions.
  const width = String(round.questions.length).length;
  return renderCard(template, {
    title: inertLinks(round.title),
    askedGroup: format(texts.askedGroup, { group: options.groupName }),
    purpose: round.purpose,
    questionsHeading: texts.questionsHeading,
    questions: round.questions.map((question) => ({
      label: numbered(question.number, width),
      text: question.text,
    })),
    reflectionHint: round.reflectionHint,
    showOutOfScope: texts.showOutOfScope,
    outOfScope: round.outOfScope,
    answerHeading: texts.answerHeading,
    answerBy: format(texts.answerBy, { deadline }),
    howTo: texts.howTo[options.mode],
    speak: format(round.questions.length === 1 ? texts.speakOne : texts.speak, {
      title: round.title,
      group: options.groupName,
      count: round.questions.length,
      deadline,
    }),
    // Clients that cannot draw the card still get the questions, so they can answer anyway.
    fallbackText: format(texts.cardFallback, {
      title: round.title,
      questions: round.questions.map((question) => `${numbered(question.number)} ${question.text}`).join(' '),
      deadline,
    }),
  });
}
