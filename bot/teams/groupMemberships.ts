import type { ChannelAccount } from 'botbuilder';
import type { Member } from '../domain/person';
import type { InstalledTeam } from '../domain/team';
import type { TeamsAppDeps } from './teamsAppDeps';

type Deps = Pick<TeamsAppDeps, 'rounds' | 'teams' | 'memberships' | 'rosterOf' | 'logger'>;

/**
 * When a round is sent, the roster of each asked group's team becomes the members of that team's
 * groups (its channels), so everyone in a group answering together can follow it in the tab. One
 * roster read per team; a team whose roster cannot be read keeps what was recorded before.
 */
export async function recordRostersOfRound(deps: Deps, roundId: string): Promise<void> {
  const [targets, teams] = await Promise.all([deps.rounds.targets.list(roundId), deps.teams.list()]);
  const asked = new Set(targets.map((target) => target.groupId));
  for (const team of teams.filter((candidate) =>
    candidate.channels.some((channel) => asked.has(channel.id)),
  )) {
    await recordTeamRoster(deps, team);
  }
}

/**
 * The team's roster as the members of each of its groups (channels): when a round is sent, and
 * when the bot is added to the team, so its members can follow the team's groups from the start.
 */
export async function recordTeamRoster(deps: Deps, team: InstalledTeam): Promise<void> {
  try {
    const people = entraIds(await deps.rosterOf(team.id));
    for (const channel of team.channels) await deps.memberships.replaceMembers(channel.id, people);
  } catch (error) {
    deps.logger.warn({ err: error, teamId: team.id }, 'team roster not recorded');
  }
}

/** People joined a team (conversationUpdate): they belong to each of its channels' groups. */
export async function membersJoinedTeam(deps: Deps, teamId: string, accounts: readonly ChannelAccount[]) {
  const groups = await channelsOf(deps, teamId);
  if (groups.length > 0) await deps.memberships.add(groups, entraIds(accounts.map(asMember)));
}

/** People left a team: they no longer see its groups. */
export async function membersLeftTeam(deps: Deps, teamId: string, accounts: readonly ChannelAccount[]) {
  const groups = await channelsOf(deps, teamId);
  if (groups.length > 0) await deps.memberships.remove(groups, entraIds(accounts.map(asMember)));
}

async function channelsOf(deps: Deps, teamId: string): Promise<string[]> {
  return (await deps.teams.get(teamId))?.channels.map((channel) => channel.id) ?? [];
}

function asMember(account: ChannelAccount): Member {
  return { id: account.aadObjectId ?? account.id, name: account.name ?? '', userId: account.id };
}

/** The tab knows people by Entra object id; an account without one (a bot, a guest) has no use here. */
function entraIds(members: readonly Member[]): string[] {
  return members.filter((member) => member.id !== member.userId).map((member) => member.id);
}
