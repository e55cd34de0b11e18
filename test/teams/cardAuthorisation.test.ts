import type { Response } from '../../bot/domain/response';
import { type Author, cardAction, personalMessage, tenantId, threadReply } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';

const during = new Date('2026-10-05T10:00:00Z');
const erik: Author = { id: '29:erik', name: 'Erik Johansson', aadObjectId: 'oid-erik' };
const member: Author = { id: '29:member-0-0', name: 'Chef 0.0', aadObjectId: 'oid-0-0' };
const mallory: Author = { id: '29:mallory', name: 'Mallory Utomstående', aadObjectId: 'oid-mallory' };

type Home = { id: string; conversationType: 'personal' | 'channel' };

/**
 * A card's ids are a claim, not a permission: whoever acts on a prompt card must be where the bot
 * sent that round's card for that group. An outsider in their own chat, a member of another group
 * and someone from another tenant each try every card verb and the round's chat commands; nothing
 * is read, written or withdrawn.
 */
describe('who may act on a prompt card', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let roundId: string;
  let together: string;
  let individual: string;
  let thread: Home;
  let memberChat: Home;
  let before: Response[];

  beforeEach(async () => {
    connector = await ConnectorService.start();
    bot = await startBot(
      {
        allowedTenants: [tenantId],
        coordinators: { objectIds: ['oid-karin'], userPrincipalNames: [], teamIds: [], everyone: false },
      },
      { now: () => during, startWorker: false },
    );
    const launched = await launchedRound(roundStores(bot.storage), connector, {
      groups: 2,
      individual: 1,
      membersEach: 1,
    });
    roundId = launched.roundId;
    [individual = '', together = ''] = launched.groupIds;
    await bot.worker.runOnce();
    thread = { id: connector.threadsIn(together)[0]?.conversationId ?? '', conversationType: 'channel' };
    const personal = connector.deliveries().find((delivery) => delivery.operation === 'sendToConversation');
    memberChat = { id: personal?.conversationId ?? '', conversationType: 'personal' };

    expect(
      await press('answer.card', { groupId: together, 'answer|1': 'Gruppens hemliga svar' }, erik, thread),
    ).toContain('Gruppens hemliga svar');
    expect(
      await press('answer.card', { groupId: individual, 'answer|1': 'Mitt eget svar' }, member, memberChat),
    ).toContain('Mitt eget svar');
    before = await stored();
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  async function press(
    verb: string,
    data: Record<string, unknown>,
    from: Author,
    conversation: Home,
    tenant?: string,
  ): Promise<string> {
    const response = await bot.post(
      cardAction(
        connector.serviceUrl,
        verb,
        { roundId, ...data },
        { from, conversation, ...(tenant ? { tenant } : {}) },
      ),
    );
    if (response.status === 403) return `403 ${JSON.stringify(await response.json())}`;
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { value: unknown };
    return typeof answer.value === 'string' ? answer.value : JSON.stringify(answer.value);
  }

  async function stored(): Promise<Response[]> {
    return (await roundStores(bot.storage).responses.forRound(roundId)).map((entry) => entry.value);
  }

  const verbs: [string, Record<string, unknown>][] = [
    ['answer.card', { 'answer|1': 'Överskrivet', 'answer|2': 'Nytt' }],
    ['answer.card', { 'answer|1': '' }],
    ['answer.withdraw', {}],
    ['answer.refresh', {}],
  ];

  type Place = 'thread' | 'memberChat' | 'malloryChat';
  const homes = (): Record<Place, Home> => ({
    thread,
    memberChat,
    malloryChat: { id: 'a:personal-mallory', conversationType: 'personal' },
  });

  it.each<[string, Author, Place, 'together' | 'individual', string | undefined]>([
    ['an outsider, in their own chat, on the shared card', mallory, 'malloryChat', 'together', undefined],
    ['an outsider, in their own chat, on a member’s card', mallory, 'malloryChat', 'individual', undefined],
    ['a member of the other group, in their own chat', member, 'memberChat', 'together', undefined],
    ['someone in the thread, on the individual group’s card', erik, 'thread', 'individual', undefined],
    ['an outsider, in the thread, on a member’s card', mallory, 'thread', 'individual', undefined],
    ['someone in the thread, from another tenant', erik, 'thread', 'together', 'tenant-elsewhere'],
  ])('refuses every card verb to %s; nothing is read or changed', async (_who, who, place, group, tenant) => {
    const groupId = group === 'together' ? together : individual;
    for (const [verb, fields] of verbs) {
      const reply = await press(verb, { groupId, ...fields }, who, homes()[place], tenant);

      expect({ verb, reply }).toEqual({
        verb,
        reply: tenant
          ? expect.stringContaining('403 {"error":"tenant_not_allowed"')
          : expect.stringContaining('Det här kortet är inte ditt att svara i.'),
      });
      expect(reply).not.toContain('hemliga');
      expect(reply).not.toContain('Mitt eget svar');
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses the round’s chat commands and answers to an outsider, and everything to another tenant', async () => {
    const asMallory = (text: string) => ({
      ...personalMessage(connector.serviceUrl, text),
      from: mallory,
      conversation: { id: 'a:personal-mallory', conversationType: 'personal', tenantId },
    });
    const sentBefore = connector.sentActivities().length;
    for (const text of ['status', 'påminn', 'teman', 'ny runda', 'Vårt svar: mer samverkan']) {
      expect((await bot.post(asMallory(text))).status).toBe(200);
    }
    const replies = connector
      .sentActivities()
      .slice(sentBefore)
      .map((activity) => JSON.stringify(activity));
    for (const reply of replies) {
      expect(reply).not.toContain('hemliga');
      expect(reply).not.toContain('Mitt eget svar');
      expect(reply).not.toContain(roundId);
    }

    const foreign = threadReply(connector.serviceUrl, thread.id, 'Svar från en annan organisation', {
      from: erik,
    });
    const elsewhere = {
      ...foreign,
      conversation: { ...foreign.conversation, tenantId: 'tenant-elsewhere' },
      channelData: { ...foreign.channelData, tenant: { id: 'tenant-elsewhere' } },
    };
    expect((await bot.post(elsewhere)).status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  const coordinatorVerbs: [string, Record<string, unknown>][] = [
    ['round.create', { from: 'template' }],
    ['round.create', { from: 'copy', copyFrom: '$round' }],
    ['round.edit', {}],
    ['round.save', { title: 'Kapad', question1: 'Kapad fråga' }],
    ['round.preview', {}],
    ['round.launch', {}],
    ['round.delete', {}],
    ['status.refresh', {}],
    ['round.extend', { deadlineDate: '2026-12-24', deadlineTime: '15:00' }],
    ['round.close', {}],
    ['delivery.retry', {}],
    ['reminder.now', { confirmed: true }],
    ['group.rename', { $name: 'Kapad grupp' }],
  ];

  it('refuses every coordinator verb to a member and an outsider; the round, its groups and queues stay', async () => {
    const stores = roundStores(bot.storage);
    const snapshot = async () => ({
      rounds: (await stores.rounds.list()).map((entry) => entry.value),
      targets: await stores.targets.list(roundId),
      deliveries: (await stores.deliveries.list(roundId)).map((entry) => entry.value),
      reminders: (await stores.reminders.list(roundId)).map((entry) => entry.value),
      names: [...(await stores.groups.names())],
    });
    const was = await snapshot();
    for (const [who, home] of [
      [erik, thread],
      [member, memberChat],
      [mallory, homes().malloryChat],
    ] as const) {
      for (const [verb, fields] of coordinatorVerbs) {
        const data = Object.fromEntries(
          Object.entries(fields).map(([key, value]) => [
            key === '$name' ? `name|${together}` : key,
            value === '$round' ? roundId : value,
          ]),
        );
        const reply = await press(verb, { groupId: together, ...data }, who, home);
        expect({ who: who.name, verb, reply }).toEqual({
          who: who.name,
          verb,
          reply: expect.stringMatching(/^Att starta och följa lärdomsrundor är förbehållet samordnare/),
        });
      }
    }
    expect(await snapshot()).toEqual(was);
    expect(await stored()).toEqual(before);
  });

  it('still lets the people the card was sent to act on it', async () => {
    expect(await press('answer.refresh', { groupId: together }, erik, thread)).toContain(
      'Gruppens hemliga svar',
    );
    expect(await press('answer.withdraw', { groupId: individual }, member, memberChat)).toContain(
      'Dina svar är tillbakatagna.',
    );
  });
});
