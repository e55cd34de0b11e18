import { deadlineText } from '../domain/deadlineText';
import type { Locale } from '../domain/locale';
import type { Round } from '../domain/round';
import { format, joinList, messagesFor } from '../i18n/messages';
import { promptCard } from './promptCard';
import { type AdaptiveCard, renderCard } from './renderCard';
import template from './roundPreviewCard.json';

/**
 * The last step before launch: the prompt exactly as the first group will see it, drawn by the
 * same function that builds the real one, and where it goes.
 */
export function roundPreviewCard(
  round: Round & { deadline: Date },
  groups: readonly { name: string; mode: 'together' | 'individual' }[],
  locale: Locale,
  now: Date,
): AdaptiveCard {
  const texts = messagesFor(locale).rounds.preview;
  const first = groups[0] ?? { name: '', mode: 'together' as const };
  const prompt = promptCard(round, { locale: round.locale, mode: first.mode, groupName: first.name, now });
  return renderCard(template, {
    title: texts.title,
    intro: format(texts.intro, { group: first.name }),
    // The prompt's own body is shown inside the preview; its data is already filled in, so it is
    // passed as data and not expanded a second time.
    prompt: prompt.body,
    summary: format(groups.length === 1 ? texts.summaryOne : texts.summary, {
      count: groups.length,
      groups: joinList(
        groups.map((group) => group.name),
        locale,
      ),
      deadline: deadlineText(round.deadline, { locale, now }),
    }),
    launch: texts.launch,
    back: texts.back,
    roundId: round.id,
  });
}
