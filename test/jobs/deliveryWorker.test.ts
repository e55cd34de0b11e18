import type { DeliveryEntry } from '../../bot/domain/delivery';
import type { TableStorage } from '../../bot/storage/tableStorage';
import { ThreadRepository } from '../../bot/storage/threadRepository';
import type { RoundStores } from '../../bot/usecases/roundServices';
import { roundStatus } from '../../bot/usecases/roundStatus';
import { ConnectorService } from '../support/connectorService';
import {
  deliveryWorker,
  launchedRound,
  launchTime,
  roundStores,
  testSender,
} from '../support/deliveryHarness';
import { createTestStorage } from '../support/storage';

describe('the delivery worker, on Azurite and the local Bot Connector', () => {
  let storage: TableStorage;
  let stores: RoundStores;
  let connector: ConnectorService | undefined;

  beforeEach(async () => {
    storage = await createTestStorage();
    stores = roundStores(storage);
  });

  afterEach(async () => {
    await connector?.close();
  });

  async function entries(roundId: string): Promise<DeliveryEntry[]> {
    return (await stores.deliveries.list(roundId)).map((stored) => stored.value);
  }

  it('delivers a launch: a new thread in every channel and a 1:1 prompt to each member answering alone', async () => {
    connector = await ConnectorService.start();
    const { roundId, groupIds } = await launchedRound(stores, connector, {
      groups: 4,
      individual: 1,
      membersEach: 3,
    });
    const progress: string[] = [];

    const settled = await deliveryWorker(stores, storage, testSender(), {
      onProgress: (id) => progress.push(id),
    }).runOnce();

    expect(settled).toBe(7);
    for (const groupId of groupIds) expect(connector.threadsIn(groupId)).toHaveLength(1);
    const prompt = connector.threadsIn(groupIds[1] as string)[0]?.activity as {
      attachments: { content: object }[];
    };
    expect(JSON.stringify(prompt.attachments[0]?.content)).toContain(
      'Vilka är de viktigaste lärdomarna inför framtiden?',
    );
    expect(connector.deliveries().filter((d) => d.operation === 'sendToConversation')).toHaveLength(3);
    expect((await entries(roundId)).every((entry) => entry.state === 'sent' && entry.conversationId)).toBe(
      true,
    );
    expect(progress).toHaveLength(7);

    const status = await roundStatus(stores, roundId);
    expect(status.groups.map((group) => [group.delivery.sent, group.delivery.total])).toEqual([
      [4, 4],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('links each thread to its round and group, so replies there can be placed', async () => {
    connector = await ConnectorService.start();
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 1 });

    await deliveryWorker(stores, storage, testSender()).runOnce();

    const [entry] = await entries(roundId);
    expect(entry?.conversationId).toMatch(/;messageid=/);
    const link = await new ThreadRepository(storage).find(entry?.conversationId as string, roundId);
    expect(link).toMatchObject({ groupId: groupIds[0], kind: 'channel' });
  });

  it('does nothing more when run again: a sent prompt is never sent twice', async () => {
    connector = await ConnectorService.start();
    await launchedRound(stores, connector, { groups: 3 });
    const worker = deliveryWorker(stores, storage, testSender());

    await worker.runOnce();
    const again = await worker.runOnce();

    expect(again).toBe(0);
    expect(connector.deliveries()).toHaveLength(3);
  });

  it('gets every prompt through a storm of 429s, each exactly once', async () => {
    connector = await ConnectorService.start({
      random429: { share: 0.5, retryAfterSeconds: 0 },
      appRateLimit: { perSecond: 40, retryAfterSeconds: 0 },
      seed: 11,
    });
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 20 });

    await deliveryWorker(stores, storage, testSender(undefined, { tenantRatePerSecond: 40 })).runOnce();

    expect(connector.stats.random429).toBeGreaterThan(10);
    for (const groupId of groupIds) expect(connector.threadsIn(groupId)).toHaveLength(1);
    const settled = await entries(roundId);
    expect(settled.every((entry) => entry.state === 'sent')).toBe(true);
    expect(settled.reduce((sum, entry) => sum + entry.attempts, 0)).toBeGreaterThan(20);
  }, 60000);

  it('shares the work between two workers without sending anything twice', async () => {
    connector = await ConnectorService.start({ latencyMs: 20 });
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 30 });
    const sender = testSender();

    const [byA, byB] = await Promise.all([
      deliveryWorker(stores, storage, sender, { workerId: 'worker-a', concurrency: 4 }).runOnce(),
      deliveryWorker(stores, storage, sender, { workerId: 'worker-b', concurrency: 4 }).runOnce(),
    ]);

    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    expect(byA + byB).toBe(30);
    for (const groupId of groupIds) expect(connector.threadsIn(groupId)).toHaveLength(1);
    expect((await entries(roundId)).every((entry) => entry.state === 'sent' && entry.claims === 1)).toBe(
      true,
    );
  });

  it('marks the prompts of a team the app was removed from as failed, with the reason, and sends the rest', async () => {
    connector = await ConnectorService.start();
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 3 });
    await stores.teams.markRemoved(groupIds[0] as string, launchTime);
    connector.failNext({ status: 403, code: 'BotNotInConversationRoster', operation: 'createConversation' });

    await deliveryWorker(stores, storage, testSender(), { concurrency: 1 }).runOnce();

    const byGroup = new Map((await entries(roundId)).map((entry) => [entry.groupId, entry]));
    expect(byGroup.get(groupIds[0] as string)).toMatchObject({
      state: 'failed',
      failure: { reason: 'bot_not_in_team' },
    });
    expect(byGroup.get(groupIds[1] as string)).toMatchObject({
      state: 'failed',
      failure: { reason: 'bot_removed' },
    });
    expect(byGroup.get(groupIds[2] as string)?.state).toBe('sent');
    const status = await roundStatus(stores, roundId);
    expect(status.groups.map((group) => group.delivery.failed)).toEqual([1, 1, 0]);
  });

  it('tries a transient failure again on a later pass, not at once', async () => {
    connector = await ConnectorService.start();
    const { roundId } = await launchedRound(stores, connector, { groups: 1 });
    connector.failNext({ status: 503 }, 20);

    await deliveryWorker(stores, storage, testSender()).runOnce();

    const [entry] = await entries(roundId);
    expect(entry).toMatchObject({ state: 'pending', claims: 1, failure: { reason: 'gave_up' } });
    expect(entry?.nextAttemptAt.getTime()).toBeGreaterThan(launchTime.getTime());
  });
});
