import type { InstalledTeam } from '../../bot/domain/team';

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
