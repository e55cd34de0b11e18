import type { InstalledTeam, TeamChannel } from '../../bot/domain/team';

/** A team as the bot stores it after an install, for tests that need one. */
export function sampleTeam(overrides: Partial<InstalledTeam> = {}): InstalledTeam {
  const id = overrides.id ?? 'team-1';
  return {
    id,
    name: 'Regionservice',
    tenantId: 't',
    address: {
      channelId: 'msteams',
      serviceUrl: 'https://smba',
      tenantId: 't',
      conversationId: id,
      botId: '28:b',
    },
    channels: [{ id, name: '', isGeneral: true }],
    installedAt: new Date('2026-09-01T08:00:00Z'),
    updatedAt: new Date('2026-09-01T08:00:00Z'),
    removedAt: null,
    ...overrides,
  };
}

/**
 * A team installed with the bot and reached through the local Bot Connector at `serviceUrl`, with
 * its General channel and any other `channels`: what the bot stores once Teams has added it.
 */
export function connectedTeam(
  serviceUrl: string,
  team: { id: string; name: string; channels?: TeamChannel[]; botId?: string },
): InstalledTeam {
  return sampleTeam({
    id: team.id,
    name: team.name,
    tenantId: 'tenant-1',
    address: {
      channelId: 'msteams',
      serviceUrl,
      tenantId: 'tenant-1',
      conversationId: team.id,
      botId: team.botId ?? '28:lardomar-bot',
    },
    channels: team.channels ?? [{ id: team.id, name: '', isGeneral: true }],
  });
}

/**
 * Psykiatri Halland as the wizard and roster tests meet it: a team with its General channel and a
 * "Ledningsgrupp" channel (two groups), Erik and Maria on its roster.
 */
export const psykiatriHalland = {
  general: '19:psyk@thread.tacv2',
  ledning: '19:psyk-ledning@thread.tacv2',
  /** As the local Bot Connector serves it. */
  inTeams() {
    return {
      id: this.general,
      name: 'Psykiatri Halland',
      channels: [{ id: this.general }, { id: this.ledning, name: 'Ledningsgrupp' }],
      members: [
        { id: '29:erik', name: 'Erik Johansson', aadObjectId: 'oid-erik' },
        { id: '29:maria', name: 'Maria Svensson', aadObjectId: 'oid-maria' },
      ],
    };
  },
  /** As the bot stores it once installed. */
  installed(serviceUrl: string): InstalledTeam {
    return connectedTeam(serviceUrl, {
      id: this.general,
      name: 'Psykiatri Halland',
      channels: [
        { id: this.general, name: '', isGeneral: true },
        { id: this.ledning, name: 'Ledningsgrupp', isGeneral: false },
      ],
    });
  },
};
