import { type Group, groupsOf } from '../domain/group';
import type { Locale } from '../domain/locale';
import { messagesFor } from '../i18n/messages';
import type { RoundStores } from './roundServices';

/** Every group there is now: the channels of installed teams, with the coordinator's names. */
export async function listGroups(
  stores: Pick<RoundStores, 'teams' | 'groups'>,
  locale: Locale,
): Promise<Group[]> {
  const [teams, names] = await Promise.all([stores.teams.list(), stores.groups.names()]);
  return groupsOf(teams, names, messagesFor(locale).groups.generalChannel);
}

/** The name of one group, as the coordinator sees it; a removed group keeps its last known id. */
export async function groupNameLookup(
  stores: Pick<RoundStores, 'teams' | 'groups'>,
  locale: Locale,
): Promise<(groupId: string) => string> {
  const [teams, names] = await Promise.all([
    stores.teams.list({ includeRemoved: true }),
    stores.groups.names(),
  ]);
  const byId = new Map(
    groupsOf(teams, names, messagesFor(locale).groups.generalChannel).map((g) => [g.id, g.name]),
  );
  return (groupId) => byId.get(groupId) ?? groupId;
}
