import type { RoundStatusView } from '../../bot/api/contract';
import { threadReply } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';

describe('the tab API sharing reads between polls', () => {
  let connector: ConnectorService;
  let bot: RunningBot;

  beforeAll(async () => {
    connector = await ConnectorService.start();
    bot = await startBot(
      {},
      { now: () => new Date('2026-10-05T10:00:00Z'), startWorker: false, sharedReadsMs: 60_000 },
    );
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('still shows an answer that came through Teams at once', async () => {
    const { roundId, groupIds } = await launchedRound(roundStores(bot.storage), connector, { groups: 1 });
    await bot.worker.runOnce();
    const thread = connector.threadsIn(groupIds[0] as string)[0]?.conversationId ?? '';
    const api = apiClient(bot.url);
    const token = await devToken(bot.url, demo.karin);
    const answered = async () =>
      (await api.get<RoundStatusView>(`/api/rounds/${roundId}/status`, token)).body.groups[0]
        ?.answeredPerQuestion;

    expect(await answered()).toEqual([0, 0, 0, 0]);
    await bot.post(threadReply(connector.serviceUrl, thread, '1. Vi fattade beslut snabbare.'));

    expect(await answered()).toEqual([1, 0, 0, 0]);
  });
});
