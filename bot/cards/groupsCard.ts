import type { Locale } from '../domain/locale';
import type { InstalledTeam } from '../domain/team';
import { format, messagesFor } from '../i18n/messages';
import template from './groupsCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

/** The teams and channels the bot knows: the raw material from which groups are made. */
export function groupsCard(teams: readonly InstalledTeam[], locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).groups;
  return renderCard(template, {
    title: texts.title,
    empty: texts.empty,
    fallbackText: texts.cardFallback,
    teams: teams.map((team) => ({
      name: team.name,
      channelSummary:
        team.channels.length === 1
          ? texts.channelCountOne
          : format(texts.channelCount, { count: team.channels.length }),
      channelNames: team.channels.map((channel) => channelDisplayName(channel, locale)).join(' · '),
    })),
  });
}

/** Teams gives the General channel no name; users know it as "Allmänt" (sv) or "General" (en). */
export function channelDisplayName(channel: { name: string; isGeneral: boolean }, locale: Locale): string {
  if (channel.isGeneral && channel.name.trim() === '') return messagesFor(locale).groups.generalChannel;
  return channel.name;
}
