import type { InstalledTeam, TeamChannel } from './team';

/**
 * A management group: one channel of an installed team, given a display name by the
 * coordinator ("Psykiatri Halland"). Rounds are sent to groups, answers are kept per group.
 * The group's id is its channel's id: a channel is one group, and the id then needs no lookup.
 */
export type Group = {
  id: string;
  name: string;
  teamId: string;
  channelId: string;
  /** True when the coordinator has named the group; otherwise the name comes from Teams. */
  named: boolean;
};

/**
 * How a group answers a round: *together* gives one shared answer per group in its channel;
 * *individual* asks every member, in the channel and 1:1.
 */
export type AnswerMode = 'together' | 'individual';

export const groupNameMaxLength = 100;

/**
 * Every channel the bot knows is a possible group, named by the coordinator or else after its
 * team ("Psykiatri Halland") or, for another channel than General, team and channel.
 */
export function groupsOf(
  teams: readonly InstalledTeam[],
  names: ReadonlyMap<string, string>,
  generalChannelName: string,
): Group[] {
  return teams.flatMap((team) =>
    team.channels.map((channel) => {
      const given = names.get(channel.id);
      return {
        id: channel.id,
        name: given ?? defaultGroupName(team, channel, generalChannelName),
        teamId: team.id,
        channelId: channel.id,
        named: given !== undefined,
      };
    }),
  );
}

function defaultGroupName(team: InstalledTeam, channel: TeamChannel, generalChannelName: string): string {
  if (channel.isGeneral) return team.name;
  return `${team.name} – ${channel.name || generalChannelName}`;
}
