import type { InstalledTeam } from '../../bot/domain/team';
import { TeamRepository } from '../../bot/storage/teamRepository';
import { createTestStorage } from '../support/storage';

function team(overrides: Partial<InstalledTeam> = {}): InstalledTeam {
  const id = '19:psykiatri@thread.tacv2';
  return {
    id,
    name: 'Psykiatri Halland',
    aadGroupId: '3f1c0a4e-0000-4000-8000-000000000001',
    tenantId: 'tenant-1',
    address: {
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: 'tenant-1',
      conversationId: id,
      botId: '28:bot',
      botName: 'Lärdomar',
    },
    channels: [
      { id, name: 'Allmänt', isGeneral: true },
      { id: '19:ledning@thread.tacv2', name: 'Ledningsgrupp', isGeneral: false },
    ],
    installedAt: new Date('2026-10-01T08:00:00Z'),
    updatedAt: new Date('2026-10-01T08:00:00Z'),
    removedAt: null,
    ...overrides,
  };
}

describe('TeamRepository', () => {
  let teams: TeamRepository;

  beforeEach(async () => {
    teams = new TeamRepository(await createTestStorage());
  });

  it('remembers a team with its channels and conversation reference', async () => {
    await teams.save(team());

    expect(await teams.get('19:psykiatri@thread.tacv2')).toEqual(team());
  });

  it('replaces the channel list on a later save: a deleted channel is forgotten', async () => {
    await teams.save(team());
    const renamed = team({
      channels: [
        { id: '19:psykiatri@thread.tacv2', name: 'Allmänt', isGeneral: true },
        { id: '19:lardomar@thread.tacv2', name: 'Lärdomar', isGeneral: false },
      ],
    });

    await teams.save(renamed);

    const stored = await teams.get('19:psykiatri@thread.tacv2');
    expect(stored?.channels.map((channel) => channel.name)).toEqual(['Allmänt', 'Lärdomar']);
  });

  it('stores a team with more channels than fit in one batch', async () => {
    const channels = Array.from({ length: 150 }, (_, index) => ({
      id: `19:channel-${String(index).padStart(3, '0')}@thread.tacv2`,
      name: `Kanal ${String(index).padStart(3, '0')}`,
      isGeneral: false,
    }));

    await teams.save(team({ channels }));

    expect((await teams.get('19:psykiatri@thread.tacv2'))?.channels).toHaveLength(150);
  });

  it('lists installed teams by name and hides removed ones unless asked', async () => {
    await teams.save(team());
    await teams.save(team({ id: '19:rlg@thread.tacv2', name: 'Regionledningsgrupp (RLG)', channels: [] }));
    await teams.markRemoved('19:rlg@thread.tacv2', new Date('2026-10-02T08:00:00Z'));

    expect((await teams.list()).map((t) => t.name)).toEqual(['Psykiatri Halland']);
    const all = await teams.list({ includeRemoved: true });
    expect(all.map((t) => [t.name, t.removedAt?.toISOString() ?? null])).toEqual([
      ['Psykiatri Halland', null],
      ['Regionledningsgrupp (RLG)', '2026-10-02T08:00:00.000Z'],
    ]);
  });

  it('keeps ids with characters that are not allowed in table keys', async () => {
    const odd = team({
      id: 'a/b#c?d\\e%f|g',
      channels: [{ id: 'x/y', name: 'Snedstreck', isGeneral: false }],
    });

    await teams.save(odd);

    expect(await teams.get('a/b#c?d\\e%f|g')).toEqual(odd);
  });
});
