import { type Group, groupsOf } from '../domain/group';
import type { Locale } from '../domain/locale';
import type { InstalledTeam } from '../domain/team';
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

/** The installed teams with their groups: what "grupper" shows. */
export async function groupsOverview(
  stores: Pick<RoundStores, 'teams' | 'groups'>,
  locale: Locale,
): Promise<{ teams: InstalledTeam[]; groups: Group[] }> {
  const [teams, groups] = await Promise.all([stores.teams.list(), listGroups(stores, locale)]);
  return { teams, groups };
}

/**
 * The coordinator's names for groups; an empty name gives the group back its Teams name. Names of
 * groups that do not exist (a doctored card) and unchanged names are not written.
 */
export async function renameGroups(
  stores: Pick<RoundStores, 'teams' | 'groups'>,
  names: ReadonlyMap<string, string>,
  locale: Locale,
): Promise<void> {
  const [known, current] = await Promise.all([listGroups(stores, locale), stores.groups.names()]);
  const ids = new Set(known.map((group) => group.id));
  for (const [groupId, name] of names) {
    if (!ids.has(groupId) || (current.get(groupId) ?? '') === name) continue;
    await stores.groups.rename(groupId, name);
  }
}
