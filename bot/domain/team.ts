/**
 * Where the bot can write back to, captured when it is installed or spoken to. This is the
 * domain's copy of a Bot Framework conversation reference: plain data, no SDK types.
 */
export type ConversationAddress = {
  channelId: string;
  serviceUrl: string;
  tenantId: string;
  conversationId: string;
  botId: string;
  botName?: string;
};

export type TeamChannel = {
  id: string;
  name: string;
  /** The General channel has no name of its own in Teams; it carries the team's id. */
  isGeneral: boolean;
};

/** A team the bot has been added to, with the channels it knows of there. */
export type InstalledTeam = {
  id: string;
  name: string;
  aadGroupId?: string;
  tenantId: string;
  address: ConversationAddress;
  channels: TeamChannel[];
  installedAt: Date;
  updatedAt: Date;
  removedAt: Date | null;
};

/** The address of one channel of a team: the same service and bot, the channel as conversation. */
export function channelAddress(team: InstalledTeam, channelId: string): ConversationAddress {
  return { ...team.address, conversationId: channelId };
}

export type SeenTeam = Omit<InstalledTeam, 'installedAt' | 'updatedAt' | 'removedAt'>;

/**
 * The team as it is now, after an install or a change (channel added, team renamed). A team that
 * was removed and is added again counts as newly installed.
 */
export function recordTeamSeen(
  existing: InstalledTeam | undefined,
  seen: SeenTeam,
  now: Date,
): InstalledTeam {
  const stillInstalled = existing !== undefined && existing.removedAt === null;
  return {
    ...seen,
    installedAt: stillInstalled ? existing.installedAt : now,
    updatedAt: now,
    removedAt: null,
  };
}
