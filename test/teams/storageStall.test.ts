import { azuriteConnectionString } from '../../bot/config/config';
import type { Response } from '../../bot/domain/response';
import { type Author, cardAction, threadReply } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { StallingProxy } from '../support/stallingProxy';
import { testStorageSettings } from '../support/storage';

const during = new Date('2026-10-05T10:00:00Z');
const erik: Author = { id: '29:erik', name: 'Erik Johansson', aadObjectId: 'oid-erik' };
/** The service's bound on one storage call, short here so the test is quick (8 s in production). */
const callTimeoutMs = 1500;
const unavailable = 'Svaret kunde inte sparas just nu. Skicka det gärna igen om en stund.';

/**
 * Table storage stops answering. Teams gives a turn about 15 s before it sends it again, so the
 * service must not hold a reply until storage comes back: each storage call is bounded, the author
 * is told to send again, and nothing is stored half.
 */
describe('a storage stall, through the bot endpoint', () => {
  let proxy: StallingProxy;
  let connector: ConnectorService;
  let bot: RunningBot;
  let thread: string;
  let roundId: string;
  let released: NodeJS.Timeout | undefined;

  beforeEach(async () => {
    proxy = await StallingProxy.start(Number(process.env.TEST_AZURITE_PORT));
    connector = await ConnectorService.start();
    const settings = testStorageSettings();
    bot = await startBot(
      {
        storage: {
          ...settings,
          connectionString: azuriteConnectionString('127.0.0.1', proxy.port),
        } as typeof settings,
      },
      { now: () => during, startWorker: false, storageCallTimeoutMs: callTimeoutMs },
    );
    let groupId = '';
    ({
      roundId,
      groupIds: [groupId = ''],
    } = await launchedRound(roundStores(bot.storage), connector, { groups: 1 }));
    await bot.worker.runOnce();
    thread = connector.threadsIn(groupId)[0]?.conversationId ?? '';
  });

  afterEach(async () => {
    clearTimeout(released);
    proxy.resume();
    await bot.close();
    await connector.close();
    await proxy.close();
  });

  /** Stalls storage; it comes back by itself after 10 s, so a service that waits for it is seen waiting. */
  function stallStorage(): void {
    proxy.stall();
    released = setTimeout(() => proxy.resume(), 10_000);
  }

  async function stored(): Promise<Response[]> {
    return (await roundStores(bot.storage).responses.forRound(roundId)).map((entry) => entry.value);
  }

  /** What the bot wrote in the thread besides the prompt card it posted there. */
  const repliesInThread = () =>
    connector
      .sentActivities()
      .filter((activity) => activity.conversationId === thread && activity.text !== undefined)
      .map((activity) => activity.text);

  async function timedPost(body: unknown): Promise<{ status: number; ms: number }> {
    const started = Date.now();
    const response = await bot.post(body);
    return { status: response.status, ms: Date.now() - started };
  }

  it('tells the author to send again when it cannot find which round a reply answers', async () => {
    const reply = threadReply(connector.serviceUrl, thread, '1. Snabbare beslut', {
      id: 'svar-1',
      from: erik,
    });
    stallStorage();

    const answered = await timedPost(reply);

    expect(answered.status).toBe(200);
    expect(answered.ms).toBeLessThan(3 * callTimeoutMs + 1000);
    expect(repliesInThread()).toEqual([unavailable]);

    proxy.resume();
    expect((await timedPost(reply)).status).toBe(200);
    expect((await stored()).map((answer) => answer.text)).toEqual(['Snabbare beslut']);
  });

  it('tells the author to send again when the answer cannot be written, and stores nothing of it', async () => {
    await bot.post(
      threadReply(connector.serviceUrl, thread, '1. Första svaret', { id: 'svar-1', from: erik }),
    );
    const second = threadReply(connector.serviceUrl, thread, '2. Andra svaret', { id: 'svar-2', from: erik });
    stallStorage();

    const answered = await timedPost(second);

    expect(answered.status).toBe(200);
    expect(answered.ms).toBeLessThan(3 * callTimeoutMs + 1000);
    expect(repliesInThread()).toEqual([unavailable]);
    proxy.resume();
    expect((await stored()).map((answer) => answer.text)).toEqual(['Första svaret']);

    await bot.post(second);
    expect((await stored()).map((answer) => answer.text).sort()).toEqual(['Andra svaret', 'Första svaret']);
  });

  it('says storage is out of reach when a card is saved during a stall, and stores nothing', async () => {
    const groupId = (await roundStores(bot.storage).targets.list(roundId))[0]?.groupId ?? '';
    stallStorage();
    const started = Date.now();

    const response = await bot.post(
      cardAction(
        connector.serviceUrl,
        'answer.card',
        { roundId, groupId, 'answer|1': 'Snabbare beslut' },
        { from: erik, conversation: { id: thread, conversationType: 'channel' } },
      ),
    );

    expect(Date.now() - started).toBeLessThan(3 * callTimeoutMs + 1000);
    expect(((await response.json()) as { value: unknown }).value).toBe(
      'Jag når inte mina sparade uppgifter just nu. Försök igen om en stund.',
    );
    proxy.resume();
    expect(await stored()).toEqual([]);
  });
});
