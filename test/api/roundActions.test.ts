import type { ActionResult, RoundStatusView } from '../../bot/api/contract';
import { responseSourceKey } from '../../bot/domain/response';
import { fromStockholmWallTime } from '../../bot/domain/stockholmTime';
import { createRoundStores, type RoundStores } from '../../bot/usecases/roundServices';
import { cardAction } from '../support/activities';
import { ConnectorService, type Delivery } from '../support/connectorService';
import { launchedRound } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';

const now = fromStockholmWallTime('2026-10-06', '10:00');

describe("a coordinator's actions through the tab API, on a launched round", () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let stores: RoundStores;
  let api: ReturnType<typeof apiClient>;
  let karin: string;

  beforeEach(async () => {
    connector = await ConnectorService.start();
    bot = await startBot({}, { now: () => now, workerPollMs: 50 });
    stores = createRoundStores(bot.storage);
    api = apiClient(bot.url);
    karin = await devToken(bot.url, demo.karin);
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  /** A round to 3 groups, the first answering individually (2 members); prompts delivered. */
  async function deliveredRound(): Promise<{ roundId: string; groupIds: string[] }> {
    const before = connector.deliveries().length;
    const launched = await launchedRound(stores, connector, { groups: 3, individual: 1, membersEach: 2 });
    bot.worker.kick();
    await connector.waitFor(() => connector.deliveries().length === before + 5, 10_000);
    // The second group has answered everything, member 0 of the first group everything too.
    const [individual = '', done = ''] = launched.groupIds;
    await answer(launched.roundId, done, 'oid-done', [1, 2, 3, 4]);
    await answer(launched.roundId, individual, 'oid-0-0', [1, 2, 3, 4]);
    return launched;
  }

  async function answer(roundId: string, groupId: string, authorId: string, questions: number[]) {
    for (const question of questions) {
      await stores.responses.record({
        roundId,
        groupId,
        questionNumber: question,
        author: { id: authorId, name: authorId },
        text: `svar ${question}`,
        source: 'card',
        sourceKey: responseSourceKey({ kind: 'card', personId: authorId, questionNumber: question }),
        createdAt: now,
        updatedAt: now,
        withdrawnAt: null,
      });
    }
  }

  /** Reminders that reached Teams since `from`: text, and whether in a thread or a 1:1 chat. */
  function remindersSince(from: number): string[] {
    return connector
      .deliveries()
      .slice(from)
      .filter(
        (delivery: Delivery) => delivery.operation === 'sendToConversation' && !delivery.activity.attachments,
      )
      .map((delivery) => {
        const where = delivery.conversationId.includes(';messageid=') ? 'thread' : 'chat';
        // A chat reminder links to its group's thread, which is another thread in each round.
        return `${where}: ${(delivery.text ?? '').replace(/https:\/\/teams\.microsoft\.com\/l\/message\/\S+/g, '<link>')}`;
      })
      .sort();
  }

  it('reminds now exactly as the card action in the chat does', async () => {
    const viaCard = await deliveredRound();
    const viaTab = await deliveredRound();

    let from = connector.deliveries().length;
    const pressed = await bot.post(
      cardAction(connector.serviceUrl, 'reminder.now', { roundId: viaCard.roundId }),
    );
    expect(pressed.status).toBe(200);
    await connector.waitFor(() => remindersSince(from).length === 2, 10_000);
    const fromCard = remindersSince(from);

    from = connector.deliveries().length;
    const answer = await api.post<ActionResult>(`/api/rounds/${viaTab.roundId}/remind`, {}, karin);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ok: true,
      message: '2 påminnelser skickas nu till dem som inte har svarat.',
    });
    await connector.waitFor(() => remindersSince(from).length === 2, 10_000);

    expect(remindersSince(from)).toEqual(fromCard);
    expect(fromCard).toEqual([
      expect.stringMatching(/^chat: Påminnelse om .*: du har inte svarat på fråga 1, 2, 3 och 4 ännu\./),
      expect.stringMatching(/^thread: Påminnelse: gruppen har inte svarat på /),
    ]);
  });

  it('asks before reminding again soon after, and reminds one group when told', async () => {
    const { roundId, groupIds } = await deliveredRound();
    await api.post(`/api/rounds/${roundId}/remind`, {}, karin);

    const again = await api.post(`/api/rounds/${roundId}/remind`, { groupId: groupIds[2] }, karin);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: 'conflict',
      message: expect.stringMatching(/^Du påminde .* Påminna igen\?$/),
      lastReminderAt: now.toISOString(),
    });

    const confirmed = await api.post(
      `/api/rounds/${roundId}/remind`,
      { groupId: groupIds[2], confirmed: true },
      karin,
    );
    expect(confirmed.body).toEqual({
      ok: true,
      message: '1 påminnelse skickas nu till den som inte har svarat.',
    });

    const unknown = await api.post(
      `/api/rounds/${roundId}/remind`,
      { groupId: '19:nowhere@thread.tacv2' },
      karin,
    );
    expect(unknown.status).toBe(404);
    const malformed = await api.post(`/api/rounds/${roundId}/remind`, { groupId: 7 }, karin);
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: 'invalid_request' });
  });

  it('extends the deadline, and refuses one in the past or earlier than before with the reason', async () => {
    const { roundId } = await deliveredRound();

    const past = await api.post(`/api/rounds/${roundId}/extend`, { deadline: '2026-10-05T10:00:00Z' }, karin);
    expect(past.status).toBe(400);
    expect(past.body).toEqual({
      error: 'invalid_request',
      message: 'Den nya svarstiden måste vara senare än den nuvarande.',
    });
    const soon = await api.post(`/api/rounds/${roundId}/extend`, { deadline: '2026-10-06T08:30:00Z' }, karin);
    expect(soon.status).toBe(400);
    const notADate = await api.post(`/api/rounds/${roundId}/extend`, { deadline: 'i morgon' }, karin);
    expect(notADate.status).toBe(400);
    expect(notADate.body).toMatchObject({
      error: 'invalid_request',
      message: expect.stringContaining('deadline'),
    });

    const later = await api.post<ActionResult>(
      `/api/rounds/${roundId}/extend`,
      { deadline: '2026-10-23T15:00:00Z' },
      karin,
    );
    expect(later.status).toBe(200);
    expect(later.body.message).toBe(
      'Svarstiden är förlängd: svar senast fredag 23\u00a0oktober kl.\u00a017.00.',
    );
    expect((await stores.rounds.get(roundId)).value.deadline?.toISOString()).toBe('2026-10-23T15:00:00.000Z');
  });

  it('redraws the status card the coordinator follows in chat after an action in the tab', async () => {
    const { roundId } = await deliveredRound();
    const followed = await bot.post(
      cardAction(connector.serviceUrl, 'status.refresh', { roundId }, { replyToId: 'status-card-1' }),
    );
    expect(followed.status).toBe(200);
    const redraws = () => connector.updatesOf('status-card-1');
    const before = await connector.updatesSettled('status-card-1');

    await api.post(`/api/rounds/${roundId}/extend`, { deadline: '2026-10-23T15:00:00Z' }, karin);

    await connector.waitFor(() => redraws().length > before, 10_000);
    expect(JSON.stringify(redraws().at(-1)?.body)).toContain('23\u00a0oktober');
  });

  it('closes a round: the threads are thanked, and a second close says why not', async () => {
    const { roundId, groupIds } = await deliveredRound();
    const from = connector.deliveries().length;

    const closed = await api.post<ActionResult>(`/api/rounds/${roundId}/close`, {}, karin);

    expect(closed.body).toEqual({ ok: true, message: 'Rundan är stängd.' });
    await connector.waitFor(
      () =>
        connector
          .deliveries()
          .slice(from)
          .filter((delivery) => delivery.text?.startsWith('Tack! Rundan är stängd')).length ===
        groupIds.length,
      10_000,
    );
    const again = await api.post(`/api/rounds/${roundId}/close`, {}, karin);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: 'conflict', message: 'Det går inte längre: rundan är stängd.' });
  });

  it('sends failed prompts again', async () => {
    // Every new thread in a channel is refused, as by a team that removed the bot.
    connector.failNext(
      { status: 403, operation: 'createConversation', code: 'BotNotInConversationRoster' },
      3,
    );
    const { roundId } = await launchedRound(stores, connector, { groups: 3 });
    bot.worker.kick();
    const failedView = async () =>
      (await api.get<RoundStatusView>(`/api/rounds/${roundId}/status`, karin)).body.groups.map(
        (group) => group.delivery,
      );
    await waitUntil(async () => (await failedView()).every((delivery) => delivery.state === 'failed'));
    expect(await failedView()).toEqual(
      Array.from({ length: 3 }, () => ({ state: 'failed', reason: 'bot_removed' })),
    );

    const retried = await api.post<ActionResult>(`/api/rounds/${roundId}/retry`, {}, karin);

    expect(retried.body).toEqual({ ok: true, message: '3 utskick skickas igen.' });
    await connector.waitFor(() => connector.deliveries().length === 3, 10_000);
    await waitUntil(async () => (await failedView()).every((delivery) => delivery.state === 'sent'));
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
