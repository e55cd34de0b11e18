import type { Member } from '../domain/person';
import type { InstalledTeam } from '../domain/team';
import type { RoundStores } from './roundServices';

/** A team's roster as Teams gives it; read by the Teams adapter, which knows how. */
export type RosterOf = (teamId: string) => Promise<Member[]>;

type Stores = Pick<RoundStores, 'targets' | 'teams' | 'memberships'>;

/**
 * When a round is sent, the roster of each asked group's team becomes the members of that team's
 * groups (its channels), so everyone in a group answering together can follow it in the tab. One
 * roster read per team; a team whose roster cannot be read keeps what was recorded before.
 */
export async function recordRostersOfRound(
  stores: Stores,
  rosterOf: RosterOf,
  roundId: string,
  onFailure: (teamId: string, error: unknown) => void,
): Promise<void> {
  const [targets, teams] = await Promise.all([stores.targets.list(roundId), stores.teams.list()]);
  const asked = new Set(targets.map((target) => target.groupId));
  for (const team of teams.filter((candidate) =>
    candidate.channels.some((channel) => asked.has(channel.id)),
  )) {
    await recordTeamRoster(stores, rosterOf, team, onFailure);
  }
}

/**
 * The team's roster as the members of each of its groups (channels): when a round is sent, and
 * when the bot is added to the team, so its members can follow the team's groups from the start.
 */
export async function recordTeamRoster(
  stores: Pick<RoundStores, 'memberships'>,
  rosterOf: RosterOf,
  team: InstalledTeam,
  onFailure: (teamId: string, error: unknown) => void,
): Promise<void> {
  try {
    const people = entraIds(await rosterOf(team.id));
    for (const channel of team.channels) await stores.memberships.replaceMembers(channel.id, people);
  } catch (error) {
    onFailure(team.id, error);
  }
}

/** People joined a team (conversationUpdate): they belong to each of its channels' groups. */
export async function membersJoinedTeam(stores: Stores, teamId: string, members: readonly Member[]) {
  const groups = await channelsOf(stores, teamId);
  if (groups.length > 0) await stores.memberships.add(groups, entraIds(members));
}

/** People left a team: they no longer see its groups. */
export async function membersLeftTeam(stores: Stores, teamId: string, members: readonly Member[]) {
  const groups = await channelsOf(stores, teamId);
  if (groups.length > 0) await stores.memberships.remove(groups, entraIds(members));
}

async function channelsOf(stores: Pick<RoundStores, 'teams'>, teamId: string): Promise<string[]> {
  return (await stores.teams.get(teamId))?.channels.map((channel) => channel.id) ?? [];
}

/** The tab knows people by Entra object id; an account without one (a bot, a guest) has no use here. */
function entraIds(members: readonly Member[]): string[] {
  return members.filter((member) => member.id !== member.userId).map((member) => member.id);
}
