import type { Locale } from '../domain/locale';
import type { Round } from '../domain/round';
import { format, messagesFor } from '../i18n/messages';
import template from './newRoundCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

/** The start of the wizard: the template, a copy of an earlier round, or a draft to continue. */
export function newRoundCard(rounds: readonly Round[], locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).rounds.newRound;
  const copyable = rounds.filter((round) => round.state !== 'draft');
  return renderCard(template, {
    title: texts.title,
    intro: texts.intro,
    fromTemplate: texts.fromTemplate,
    copyLabel: texts.copyLabel,
    copy: texts.copy,
    copyChoices: copyable.map((round) => ({ id: round.id, title: round.title })),
    copyDefault: copyable[0]?.id ?? '',
    draftsHeading: texts.draftsHeading,
    drafts: rounds
      .filter((round) => round.state === 'draft')
      .map((round) => ({ id: round.id, label: format(texts.continueDraft, { title: round.title }) })),
  });
}
