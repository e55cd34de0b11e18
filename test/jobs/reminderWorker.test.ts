import { responseSourceKey } from '../../bot/domain/response';
import { fromStockholmWallTime } from '../../bot/domain/stockholmTime';
import { closeRoundEarly, extendRoundDeadline } from '../../bot/usecases/manageRound';
import { remindNow } from '../../bot/usecases/remindNow';
import type { RoundStores } from '../../bot/usecases/roundServices';
import { ConnectorService, type Delivery } from '../support/connectorService';
import {
  deliveryWorker,
  launchedRound,
  reminderWorker,
  roundStores,
  testSender,
} from '../support/deliveryHarness';
import { recordedEffects } from '../support/effects';
import { createTestStorage } from '../support/storage';

const at = (date: string, time: string) => fromStockholmWallTime(date, time);

describe('reminders, on Azurite and the local Bot Connector', () => {
  let connector: ConnectorService;
  let stores: RoundStores;
  let roundId: string;
  let groupA: string;
  let groupB: string;
  let individual: string;
  let threads: Map<string, string>;

  beforeEach(async () => {
    connector = await ConnectorService.start();
    const storage = await createTestStorage();
    stores = roundStores(storage);
    const launched = await launchedRound(stores, connector, { groups: 3, individual: 1, membersEach: 2 });
    roundId = launched.roundId;
    [individual = '', groupA = '', groupB = ''] = launched.groupIds;
    await deliveryWorker(stores, storage, testSender()).runOnce();
    threads = new Map(launched.groupIds.map((id) => [id, connector.threadsIn(id)[0]?.conversationId ?? '']));
    // Group A has answered everything, group B two questions; member 0 everything, member 1 one question.
    await answer(groupA, 'oid-a', [1, 2, 3, 4]);
    await answer(groupB, 'oid-b', [1, 2]);
    await answer(individual, 'oid-0-0', [1, 2, 3, 4]);
    await answer(individual, 'oid-0-1', [1]);
  });

  afterEach(async () => {
    await connector.close();
  });

  async function answer(groupId: string, authorId: string, questions: number[]): Promise<void> {
    for (const question of questions) {
      await stores.responses.record({
        roundId,
        groupId,
        questionNumber: question,
        author: { id: authorId, name: authorId },
        text: `svar ${question}`,
        source: 'card',
        sourceKey: responseSourceKey({ kind: 'card', personId: authorId, questionNumber: question }),
        createdAt: at('2026-10-05', '10:00'),
        updatedAt: at('2026-10-05', '10:00'),
        withdrawnAt: null,
      });
    }
  }

  /** Reminders the connector received: posts into existing conversations after the prompts. */
  function reminders(): Delivery[] {
    return connector
      .deliveries()
      .filter((delivery) => delivery.operation === 'sendToConversation' && !delivery.activity.attachments);
  }

  function to(conversation: string): Delivery[] {
    return reminders().filter((delivery) => delivery.conversationId === conversation);
  }

  it('reminds, at the slot, only those who still owe answers, and says what is missing', async () => {
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:05') }).runOnce();

    expect(to(threads.get(groupB) as string).map((d) => d.text)).toEqual([
      'Påminnelse: Fråga 3 och 4 saknar svar i Samlade lärdomar – hur arbetar vi/har arbetat under pandemin. Svara senast fredag 16\u00a0oktober kl.\u00a017.00 – här i tråden eller i kortet.',
    ]);
    expect(to(threads.get(groupA) as string)).toEqual([]);
    const chats = reminders().filter((d) => !d.conversationId.includes(';messageid='));
    expect(chats).toHaveLength(1);
    expect(chats[0]?.text).toContain('du har inte svarat på fråga 2, 3 och 4 ännu');
    expect(chats[0]?.text).toContain('https://teams.microsoft.com/l/message/');
    // Nobody who has answered everything was reminded.
    const nobodyDone = reminders().every(
      (d) => d.conversationId !== threads.get(groupA) && !d.text?.includes('oid-0-0'),
    );
    expect(nobodyDone).toBe(true);
    expect(reminders()).toHaveLength(2);
  });

  it('sends each reminder once, with two schedulers racing and a pass run again', async () => {
    const now = () => at('2026-10-13', '09:05');

    await Promise.all([
      reminderWorker(stores, testSender(), { workerId: 'a', now }).runOnce(),
      reminderWorker(stores, testSender(), { workerId: 'b', now }).runOnce(),
    ]);
    await reminderWorker(stores, testSender(), { workerId: 'c', now }).runOnce();

    expect(reminders()).toHaveLength(2);
  });

  it('retries a reminder claimed by a scheduler that died before sending, once its claim runs out', async () => {
    const dying = reminderWorker(stores, testSender(), {
      workerId: 'dead',
      now: () => at('2026-10-13', '09:05'),
    });
    // Plan the slot, then claim every entry as a worker that dies at once would.
    await (dying as unknown as { planDue(round: unknown): Promise<void> }).planDue(
      (await stores.rounds.get(roundId)).value,
    );
    for (const stored of await stores.reminders.unsettled(roundId)) {
      await stores.reminders.replace(
        {
          ...stored.value,
          state: 'sending',
          claimedBy: 'dead',
          claims: 1,
          leaseUntil: at('2026-10-13', '09:07'),
        },
        stored.etag,
      );
    }

    await reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:06') }).runOnce();
    expect(reminders()).toHaveLength(0);

    await reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:08') }).runOnce();
    expect(reminders()).toHaveLength(2);
  });

  it('skips someone who answered between planning and sending', async () => {
    const worker = reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:05') });
    await (worker as unknown as { planDue(round: unknown): Promise<void> }).planDue(
      (await stores.rounds.get(roundId)).value,
    );
    await answer(groupB, 'oid-b', [3, 4]);

    await worker.runOnce();

    expect(to(threads.get(groupB) as string)).toEqual([]);
    const log = (await stores.reminders.list(roundId)).map((s) => s.value);
    expect(log.find((entry) => entry.need.groupId === groupB)).toMatchObject({
      state: 'skipped',
      failure: { reason: 'answered' },
    });
  });

  it('waits for working hours and never sends after the deadline', async () => {
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '22:00') }).runOnce();
    expect(reminders()).toEqual([]);

    await reminderWorker(stores, testSender(), { now: () => at('2026-10-16', '17:30') }).runOnce();
    expect(reminders()).toEqual([]);
  });

  it('moves the slots when the deadline is extended', async () => {
    const effects = recordedEffects();
    await extendRoundDeadline(stores, effects, roundId, at('2026-10-23', '17:00'), at('2026-10-12', '12:00'));
    expect(effects.calls).toEqual(['remindersQueued', `roundChanged ${roundId}`]);
    const slotReminders = () => reminders().filter((d) => d.text?.startsWith('Påminnelse'));

    await reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:05') }).runOnce();
    expect(slotReminders()).toEqual([]);

    await reminderWorker(stores, testSender(), { now: () => at('2026-10-20', '09:05') }).runOnce();
    expect(slotReminders()).toHaveLength(2);
  });

  it('on extension: redraws every prompt with the new date and tells each thread once', async () => {
    await extendRoundDeadline(
      stores,
      recordedEffects(),
      roundId,
      at('2026-10-23', '17:00'),
      at('2026-10-12', '12:00'),
    );
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-12', '12:01') }).runOnce();
    // The worker runs again (another instance, a later tick): nothing is said twice.
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-12', '12:02') }).runOnce();

    for (const thread of threads.values()) {
      expect(to(thread).map((d) => d.text)).toEqual([
        'Svarstiden är förlängd: svara senast fredag 23\u00a0oktober kl.\u00a017.00. Kortet ovan visar det nya datumet.',
      ]);
    }
    // Three channel cards and two members' own cards, all with the new date and still open.
    const updates = connector.calls.filter((call) => call.operation === 'updateActivity');
    expect(updates).toHaveLength(5);
    for (const update of updates) {
      const card = JSON.stringify(update.body);
      expect(card).toContain('23\u00a0oktober');
      expect(card).not.toContain('16\u00a0oktober');
      expect(card).not.toContain('Rundan tar inte längre emot svar.');
    }
    // Members keep their own answers in the redrawn card.
    expect(JSON.stringify(updates.map((call) => call.body))).toContain('svar 4');
    expect((await stores.reminders.list(roundId)).map((entry) => entry.value.state)).toEqual(
      Array(5).fill('sent'),
    );
  });

  it('reminds now on request, and asks before reminding again soon after', async () => {
    const effects = recordedEffects();
    const first = await remindNow(stores, effects, {
      roundId,
      confirmed: false,
      now: at('2026-10-06', '10:00'),
    });
    expect(first).toEqual({ kind: 'queued', count: 2 });
    expect(effects.calls).toEqual(['remindersQueued', `roundChanged ${roundId}`]);
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-06', '10:00') }).runOnce();
    expect(reminders()).toHaveLength(2);

    const again = await remindNow(stores, effects, {
      roundId,
      groupId: groupB,
      confirmed: false,
      now: at('2026-10-06', '10:30'),
    });
    expect(again).toMatchObject({ kind: 'confirm' });
    expect(effects.calls).toEqual(['remindersQueued', `roundChanged ${roundId}`]);
    const confirmed = await remindNow(stores, effects, {
      roundId,
      groupId: groupB,
      confirmed: true,
      now: at('2026-10-06', '10:31'),
    });
    expect(confirmed).toEqual({ kind: 'queued', count: 1 });
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-06', '10:31') }).runOnce();
    expect(to(threads.get(groupB) as string)).toHaveLength(2);
  });

  it('on close: drops unsent reminders, thanks each thread and redraws the cards closed', async () => {
    const worker = reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:05') });
    await (worker as unknown as { planDue(round: unknown): Promise<void> }).planDue(
      (await stores.rounds.get(roundId)).value,
    );

    const effects = recordedEffects();
    await closeRoundEarly(stores, effects, roundId, at('2026-10-13', '09:06'));
    expect(effects.calls).toEqual(['remindersQueued', `roundChanged ${roundId}`]);
    await reminderWorker(stores, testSender(), { now: () => at('2026-10-13', '09:07') }).runOnce();

    expect(reminders().filter((d) => d.text?.startsWith('Påminnelse'))).toEqual([]);
    for (const thread of threads.values()) {
      expect(to(thread).map((d) => d.text)).toEqual([
        'Tack! Rundan är stängd, sammanställningen visas i fliken Lärdomar.',
      ]);
    }
    const updates = connector.calls.filter((call) => call.operation === 'updateActivity');
    expect(updates).toHaveLength(5);
    expect(JSON.stringify(updates.map((call) => call.body))).toContain('Rundan tar inte längre emot svar.');
  });
});
