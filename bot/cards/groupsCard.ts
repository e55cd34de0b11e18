import type { Group } from '../domain/group';
import type { Locale } from '../domain/locale';
import type { InstalledTeam } from '../domain/team';
import { format, messagesFor } from '../i18n/messages';
import template from './groupsCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

/** Input ids of the group names; a group id is a channel id, which an input id may hold. */
export const nameInputPrefix = 'name|';

/**
 * The teams and channels the bot knows. Coordinators see each channel's group name as a field to
 * change ("rename inline"); everyone else sees the list.
 */
export function groupsCard(
  teams: readonly InstalledTeam[],
  locale: Locale,
  options: { groups?: readonly Group[]; editable?: boolean; notice?: string } = {},
): AdaptiveCard {
  const texts = messagesFor(locale).groups;
  const groups = new Map((options.groups ?? []).map((group) => [group.id, group]));
  const card = renderCard(template, {
    title: texts.title,
    empty: texts.empty,
    fallbackText: texts.cardFallback,
    renameIntro: texts.renameIntro,
    save: texts.save,
    notice: options.notice ?? '',
    editable: options.editable === true,
    teams: teams.map((team) => ({
      name: team.name,
      channelSummary:
        team.channels.length === 1
          ? texts.channelCountOne
          : format(texts.channelCount, { count: team.channels.length }),
      channelNames: team.channels.map((channel) => channelDisplayName(channel, locale)).join(' · '),
      groups: team.channels.map((channel) => {
        const group = groups.get(channel.id);
        return {
          inputId: `${nameInputPrefix}${channel.id}`,
          label: format(texts.nameLabel, { channel: channelDisplayName(channel, locale) }),
          value: group?.named ? group.name : '',
          placeholder: group && !group.named ? group.name : team.name,
        };
      }),
    })),
  });
  // Only a coordinator with groups to name gets the save button; an empty action list is not allowed.
  if (!options.editable || teams.length === 0) delete card.actions;
  return card;
}

/** Teams gives the General channel no name; users know it as "Allmänt" (sv) or "General" (en). */
export function channelDisplayName(channel: { name: string; isGeneral: boolean }, locale: Locale): string {
  if (channel.isGeneral && channel.name.trim() === '') return messagesFor(locale).groups.generalChannel;
  return channel.name;
}
