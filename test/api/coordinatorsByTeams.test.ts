import type { Me } from '../../bot/api/contract';
import { ConnectorService } from '../support/connectorService';
import { roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { connectedTeam } from '../support/sampleTeam';
import { apiClient, demo, devToken } from './apiClient';

const office = '19:krisledning@thread.tacv2';
const psykiatri = '19:psyk@thread.tacv2';

/**
 * Coordinators named the way the chat honours them, by team (COORDINATOR_TEAMS) and by user
 * principal name (COORDINATORS), are coordinators in the tab too: the server asks Teams.
 */
describe('coordinators by team and by user principal name, in the tab', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    connector = await ConnectorService.start();
    connector.addTeam({
      id: office,
      name: 'Krisledningskontoret',
      channels: [{ id: office }],
      members: [{ id: '29:erik', name: 'Erik Johansson', aadObjectId: demo.erik }],
    });
    connector.addTeam({
      id: psykiatri,
      name: 'Psykiatri Halland',
      channels: [{ id: psykiatri }],
      members: [
        {
          id: '29:maria',
          name: 'Maria Svensson',
          aadObjectId: demo.maria,
          userPrincipalName: 'Maria.Svensson@Region.se',
        },
        {
          id: '29:lena',
          name: 'Lena Berg',
          aadObjectId: demo.lena,
          userPrincipalName: 'lena.berg@region.se',
        },
      ],
    });
    bot = await startBot(
      {
        coordinators: {
          objectIds: [],
          userPrincipalNames: ['maria.svensson@region.se'],
          teamIds: [office],
          everyone: false,
        },
      },
      { startWorker: false },
    );
    for (const team of [
      { id: office, name: 'Krisledningskontoret' },
      { id: psykiatri, name: 'Psykiatri Halland' },
    ]) {
      await roundStores(bot.storage).teams.save(connectedTeam(connector.serviceUrl, team));
    }
    api = apiClient(bot.url);
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  async function rolesOf(person: string): Promise<string[]> {
    return (await api.get<Me>('/api/me', await devToken(bot.url, person))).body.roles;
  }

  it('counts a member of a coordinators’ team, and the person behind a configured name', async () => {
    expect(await rolesOf(demo.erik)).toContain('coordinator');
    expect(await rolesOf(demo.maria)).toContain('coordinator');
  });

  it('does not count someone else in the same teams, and keeps Teams’ answer for a while', async () => {
    expect(await rolesOf(demo.lena)).toEqual(['leadership']);
    const asked = connector.calls.filter((call) => call.operation === 'getMember').length;
    expect(await rolesOf(demo.lena)).toEqual(['leadership']);
    expect(await rolesOf(demo.erik)).toContain('coordinator');
    expect(connector.calls.filter((call) => call.operation === 'getMember')).toHaveLength(asked);
  });
});
