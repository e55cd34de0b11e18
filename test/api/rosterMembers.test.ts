import type { Me, RoundStatusView, RoundSummary, RoundThemesView } from '../../bot/api/contract';
import { MembershipRepository } from '../../bot/storage/membershipRepository';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { ConnectorService } from '../support/connectorService';
import { launchedRound } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient } from './apiClient';
import { fakeEntra, productionSettings } from './fakeEntra';

const onRoster = 'e0000000-0000-4000-8000-00000000000e';
const elsewhere = 'f0000000-0000-4000-8000-00000000000f';

/** A member of a group answering together is known from the team roster the bot recorded. */
describe('group members from the team roster (production mode)', () => {
  let connector: ConnectorService;
  let entra: Awaited<ReturnType<typeof fakeEntra>>;
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;
  let roundId: string;
  let own: string;
  let other: string;

  beforeAll(async () => {
    connector = await ConnectorService.start();
    entra = await fakeEntra();
    bot = await startBot(productionSettings([]), { startWorker: false, tabSigningKeys: entra.keys });
    api = apiClient(bot.url);
    ({
      roundId,
      groupIds: [own = '', other = ''],
    } = await launchedRound(createRoundStores(bot.storage), connector, { groups: 2 }));
    // As the bot records it when the round is sent: the roster of the group's team, object ids in
    // whatever case Teams gives them.
    await new MembershipRepository(bot.storage).replaceMembers(own, [onRoster.toUpperCase()]);
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('lets someone on their group’s roster follow that group, and nothing else', async () => {
    const token = await entra.token({ oid: onRoster, name: 'Nils Nilsson' });

    const me = await api.get<Me>('/api/me', token);
    expect(me.body).toMatchObject({ roles: ['member'], groups: [own] });
    const rounds = await api.get<{ rounds: RoundSummary[] }>('/api/rounds', token);
    expect(rounds.body.rounds.map((round) => round.id)).toEqual([roundId]);
    expect(rounds.body.rounds[0]?.progress).toEqual({ answered: 0, targeted: 1, unit: 'groups' });

    const status = await api.get<RoundStatusView>(`/api/rounds/${roundId}/status`, token);
    expect(status.body.groups.map((group) => group.groupId)).toEqual([own]);
    const themes = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    expect(themes.status).toBe(200);
    expect(themes.body.groups.map((group) => group.groupId)).toEqual([own]);
    expect(themes.body.scopes.every((scope) => scope.scope.startsWith(`group|${own}`))).toBe(true);

    const another = `?group=${encodeURIComponent(other)}`;
    expect((await api.get(`/api/rounds/${roundId}/themes${another}`, token)).status).toBe(403);
    expect((await api.get(`/api/rounds/${roundId}/status${another}`, token)).status).toBe(403);
  });

  it('gives someone on no roster no role and no rounds', async () => {
    const token = await entra.token({ oid: elsewhere });

    expect((await api.get<Me>('/api/me', token)).body).toMatchObject({ roles: [], groups: [] });
    expect((await api.get('/api/rounds', token)).status).toBe(403);
    expect((await api.get(`/api/rounds/${roundId}/themes`, token)).status).toBe(403);
  });
});
