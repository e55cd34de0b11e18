import { Writable } from 'node:stream';
import type { ConversationAddress } from '../../bot/domain/team';
import { createLogger } from '../../bot/logging/createLogger';
import { createAdapter } from '../../bot/teams/adapter';
import {
  createProactiveSender,
  type ProactiveSender,
  type ProactiveSenderOptions,
  type SendOutcome,
} from '../../bot/teams/proactiveSender';
import { singleAttemptConnectorOptions } from '../../bot/teams/singleAttemptTransport';
import { bot, tenantId } from '../support/activities';
import { ConnectorService } from '../support/connectorService';

const ledning = '19:psykiatri-ledning@thread.tacv2';

/**
 * The sender as the service builds it: the real TeamsAdapter in local mode (no credentials), on the
 * single-attempt transport, talking HTTP to the local connector. Time is fake unless a test asks for
 * the real one: `sleep` moves the clock and records how long the sender chose to wait.
 */
function senderFor(options: Partial<ProactiveSenderOptions> = {}) {
  const clock = { at: 0, waits: [] as number[] };
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      callback();
    },
  });
  const sender = createProactiveSender({
    adapter: createAdapter({ kind: 'anonymous' }, singleAttemptConnectorOptions()),
    botAppId: '',
    maxAttempts: 5,
    requestTimeoutMs: 2000,
    backoff: { baseMs: 1000, maxMs: 30_000 },
    now: () => clock.at,
    sleep: async (ms) => {
      clock.waits.push(ms);
      clock.at += ms;
    },
    random: () => 0.5,
    logger: createLogger('debug', sink),
    ...options,
  });
  return { sender, clock, logs };
}

function channel(connector: ConnectorService, conversationId = ledning): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    tenantId,
    conversationId,
    botId: bot.id,
    botName: bot.name,
  };
}

function expectDelivered(outcome: SendOutcome): asserts outcome is Extract<SendOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected a delivery, got ${outcome.reason}: ${outcome.message}`);
}

describe('the proactive sender, through the real adapter and a local Bot Connector', () => {
  let connector: ConnectorService;
  let sender: ProactiveSender;
  let clock: { at: number; waits: number[] };
  let logs: Record<string, unknown>[];

  beforeEach(async () => {
    connector = await ConnectorService.start();
    ({ sender, clock, logs } = senderFor());
  });

  afterEach(async () => {
    await connector.close();
  });

  it('starts a new thread in a channel, addressed as <channel>;messageid=<root post>', async () => {
    const outcome = await sender.startThread(channel(connector), { text: 'Samlade lärdomar' });

    expectDelivered(outcome);
    const [thread] = connector.threadsIn(ledning);
    expect(connector.threadsIn(ledning)).toHaveLength(1);
    expect(thread?.text).toBe('Samlade lärdomar');
    expect(outcome).toEqual({
      ok: true,
      conversationId: `${ledning};messageid=${thread?.activityId}`,
      activityId: thread?.activityId,
      attempts: 1,
      possibleDuplicate: false,
    });
    const [create] = connector.calls;
    expect(create?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: ledning }, tenant: { id: tenantId } },
      bot: { id: bot.id },
      tenantId,
    });
  });

  it('replies into the thread it started, and replaces a message it sent', async () => {
    const started = await sender.startThread(channel(connector), { text: 'Frågorna' });
    expectDelivered(started);
    const thread = channel(connector, started.conversationId);

    const reply = await sender.sendToConversation(thread, { text: 'Påminnelse' });
    const update = await sender.updateActivity(thread, started.activityId, { text: 'Frågorna (stängd)' });

    expectDelivered(reply);
    expect(connector.deliveredTo(started.conversationId).map((delivery) => delivery.text)).toEqual([
      'Frågorna',
      'Påminnelse',
    ]);
    expect(update).toMatchObject({ ok: true, activityId: started.activityId, attempts: 1 });
    const put = connector.calls.find((call) => call.operation === 'updateActivity');
    expect(put).toMatchObject({ conversationId: started.conversationId, activityId: started.activityId });
    expect(put?.body).toMatchObject({ text: 'Frågorna (stängd)' });
  });

  it('writes to a person in 1:1 chat, reusing the same chat the next time', async () => {
    const person = { serviceUrl: connector.serviceUrl, tenantId, botId: bot.id, userId: '29:anna' };

    const first = await sender.sendToPerson(person, { text: 'Hej Anna' });
    const second = await sender.sendToPerson(person, { text: 'Påminnelse' });

    expectDelivered(first);
    expectDelivered(second);
    expect(second.conversationId).toBe(first.conversationId);
    expect(connector.deliveredTo(first.conversationId).map((delivery) => delivery.text)).toEqual([
      'Hej Anna',
      'Påminnelse',
    ]);
    const create = connector.calls.find((call) => call.operation === 'createConversation');
    expect(create?.body).toMatchObject({ isGroup: false, members: [{ id: '29:anna' }], tenantId });
  });

  it('waits as long as Retry-After says after a 429, then delivers once', async () => {
    connector.failNext({ status: 429, retryAfterSeconds: 3 });

    const outcome = await sender.startThread(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(3000);
    expect(clock.waits[0]).toBeLessThanOrEqual(3300);
    expect(connector.threadsIn(ledning)).toHaveLength(1);
  });

  it('honours Retry-After in real time too', async () => {
    ({ sender } = senderFor({ now: Date.now, sleep: undefined }));
    connector.failNext({ status: 429, retryAfterSeconds: 1 });

    const outcome = await sender.startThread(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    const [refused, accepted] = connector.calls;
    expect((accepted?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('retries 412 and 5xx with growing waits, then delivers', async () => {
    connector.failNext({ status: 502 });
    connector.failNext({ status: 503 });
    connector.failNext({ status: 412, code: 'PreconditionFailed' });
    connector.failNext({ status: 500 });

    const outcome = await sender.sendToConversation(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: true, attempts: 5 });
    // Half the doubling ceiling plus a random half (0.5 here): 1 s, 2 s, 4 s, 8 s ceilings.
    expect(clock.waits).toEqual([750, 1500, 3000, 6000]);
    expect(connector.deliveredTo(ledning)).toHaveLength(1);
  });

  it('gives up after maxAttempts, and the SDK adds no attempts of its own', async () => {
    connector.failNext({ status: 503 }, 10);

    const outcome = await sender.startThread(channel(connector), { text: 'Hej' });

    expect(outcome).toEqual({
      ok: false,
      reason: 'gave_up',
      permanent: false,
      attempts: 5,
      status: 503,
      code: 'ServiceError',
      message: expect.stringContaining('503'),
      possiblyDelivered: false,
    });
    expect(connector.calls).toHaveLength(5);
    expect(connector.threadsIn(ledning)).toHaveLength(0);
    expect(logs.find((line) => line.msg === 'send gave up')).toMatchObject({ attempts: 5, status: 503 });
  });

  it('gives up at once when Retry-After asks for longer than it may wait, and says how long', async () => {
    ({ sender, clock } = senderFor({ maxRetryAfterMs: 10_000 }));
    connector.failNext({ status: 429, retryAfterSeconds: 120 });

    const outcome = await sender.sendToConversation(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: false, reason: 'gave_up', attempts: 1, retryAfterMs: 120_000 });
    expect(clock.waits).toEqual([]);
  });

  it.each([
    [403, 'ConversationBlockedByUser', 'user_blocked_bot'],
    [403, 'BotNotInConversationRoster', 'bot_removed'],
    [403, 'ConversationNotFound', 'conversation_not_found'],
    [403, 'BotDisabledByAdmin', 'bot_disabled_by_admin'],
    [403, 'NotEnoughPermissions', 'forbidden'],
    [404, 'ConversationNotFound', 'conversation_not_found'],
    [400, 'BadArgument', 'bad_request'],
    [401, 'BotNotRegistered', 'unauthorized'],
    [413, 'MessageSizeTooBig', 'message_too_large'],
  ])('does not retry %i %s: permanent %s after one attempt', async (status, code, reason) => {
    connector.failNext({ status, code });

    const outcome = await sender.sendToConversation(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: false, reason, permanent: true, attempts: 1, status, code });
    expect(connector.calls).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it('says which step failed when a person has blocked the bot', async () => {
    const person = { serviceUrl: connector.serviceUrl, tenantId, botId: bot.id, userId: '29:anna' };
    connector.failNext({ status: 403, code: 'ConversationBlockedByUser', operation: 'sendToConversation' });

    const outcome = await sender.sendToPerson(person, { text: 'Hej' });

    expect(outcome).toMatchObject({
      ok: false,
      reason: 'user_blocked_bot',
      permanent: true,
      attempts: 2,
      conversationId: 'a:personal-1',
    });
  });

  it('retries a request that timed out on the bot’s side, and flags a possible duplicate', async () => {
    ({ sender } = senderFor({ requestTimeoutMs: 200 }));
    connector.failNext({ timeout: true, holdMs: 5000 });

    const outcome = await sender.startThread(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: true, attempts: 2, possibleDuplicate: true });
    expect(connector.calls.map((call) => call.answer)).toEqual(['timeout', 201]);
    expect(connector.threadsIn(ledning)).toHaveLength(1);
  });

  it('retries a request whose connection the connector dropped without answering', async () => {
    connector.failNext({ timeout: true, holdMs: 50 });

    const outcome = await sender.sendToConversation(channel(connector), { text: 'Hej' });

    expect(outcome).toMatchObject({ ok: true, attempts: 2, possibleDuplicate: true });
    expect(connector.deliveredTo(ledning)).toHaveLength(1);
  });

  it('explains that an adapter on the SDK’s own transport retries behind the sender’s back', async () => {
    ({ sender, logs } = senderFor({
      adapter: createAdapter({ kind: 'anonymous' }),
      maxAttempts: 1,
    }));
    connector.failNext({ status: 503, retryAfterSeconds: 0 });

    const outcome = await sender.sendToConversation(channel(connector), { text: 'Hej' });

    // One attempt as far as the sender knows, two requests on the wire: the reason for the transport.
    expect(outcome).toMatchObject({ ok: true, attempts: 1 });
    expect(connector.calls).toHaveLength(2);
    expect(
      logs.some((line) => line.level === 50 && String(line.msg).includes('singleAttemptConnectorOptions')),
    ).toBe(true);
  });
});

describe('the proactive sender under random faults', () => {
  async function deliverUnderLoad(seed: number) {
    const connector = await ConnectorService.start({
      random429: { share: 0.2, retryAfterSeconds: 1 },
      random5xx: { share: 0.1 },
      randomTimeouts: { share: 0.05, holdMs: 20 },
      seed,
    });
    try {
      const { sender } = senderFor({ maxAttempts: 10 });
      const outcomes = [];
      for (let i = 0; i < 40; i++) {
        outcomes.push(
          await sender.startThread(channel(connector, `19:group-${i}@thread.tacv2`), { text: `${i}` }),
        );
      }
      const threadsPerGroup = outcomes.map(
        (_, i) => connector.threadsIn(`19:group-${i}@thread.tacv2`).length,
      );
      return { outcomes, threadsPerGroup, stats: { ...connector.stats } };
    } finally {
      await connector.close();
    }
  }

  it('delivers every thread exactly once, and the same seed plays the same faults', async () => {
    const first = await deliverUnderLoad(42);
    const again = await deliverUnderLoad(42);

    expect(first.outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(first.threadsPerGroup).toEqual(Array(40).fill(1));
    expect(first.stats.random429).toBeGreaterThan(0);
    expect(first.stats.random5xx).toBeGreaterThan(0);
    expect(first.stats.timeouts).toBeGreaterThan(0);
    expect(again.stats).toEqual(first.stats);
  });
});

describe('the proactive sender under Teams’ per-app rate limit', () => {
  let connector: ConnectorService;

  afterEach(async () => {
    await connector.close();
  });

  async function fanOut(senderRate: number, threads: number) {
    const { sender } = senderFor({
      now: () => performance.now(),
      sleep: undefined,
      limits: { tenantRatePerSecond: senderRate },
    });
    const started = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        sender.startThread(channel(connector, `19:group-${i}@thread.tacv2`), { text: `Grupp ${i}` }),
      ),
    );
    return { outcomes, seconds: (performance.now() - started) / 1000 };
  }

  it('stays under the limit when it runs at the configured rate', async () => {
    connector = await ConnectorService.start({ appRateLimit: { perSecond: 25, burst: 10 } });

    const { outcomes, seconds } = await fanOut(25, 60);

    expect(outcomes.every((outcome) => outcome.ok && outcome.attempts === 1)).toBe(true);
    expect(connector.stats.rateLimited).toBe(0);
    expect(connector.deliveries()).toHaveLength(60);
    // 5 at once (a fifth of a second's worth), then 55 more at 25 a second.
    expect(seconds).toBeGreaterThanOrEqual(2.1);
  });

  it('is refused by the connector when configured faster than the limit (so the check above can fail)', async () => {
    connector = await ConnectorService.start({ appRateLimit: { perSecond: 10, burst: 5 } });

    const { outcomes } = await fanOut(40, 40);

    expect(connector.stats.rateLimited).toBeGreaterThan(0);
    // …and still delivers everything exactly once, by waiting out each Retry-After.
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(connector.deliveries()).toHaveLength(40);
  });
});
