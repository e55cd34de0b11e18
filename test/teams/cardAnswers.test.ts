import type { Response } from '../../bot/domain/response';
import { roundStatus } from '../../bot/usecases/roundStatus';
import { type Author, cardAction } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';

const during = new Date('2026-10-05T10:00:00Z');
const erik: Author = { id: '29:erik', name: 'Erik Johansson', aadObjectId: 'oid-erik' };
const maria: Author = { id: '29:maria', name: 'Maria Svensson', aadObjectId: 'oid-maria' };

type Answer = { statusCode: number; value: unknown };

describe('answering in the prompt card', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let now: Date;
  let roundId: string;
  let together: string;
  let individual: string;

  beforeEach(async () => {
    now = during;
    connector = await ConnectorService.start();
    bot = await startBot({}, { now: () => now, startWorker: false });
    const launched = await launchedRound(roundStores(bot.storage), connector, {
      groups: 2,
      individual: 1,
      membersEach: 1,
    });
    roundId = launched.roundId;
    [individual = '', together = ''] = launched.groupIds;
    await bot.worker.runOnce();
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  /** Where the bot sent the group's card: its channel thread, or the member's own 1:1 chat. */
  function cardHome(groupId: unknown): { id: string; conversationType: 'personal' | 'channel' } {
    if (groupId === individual) {
      const personal = connector.deliveries().find((delivery) => delivery.operation === 'sendToConversation');
      return { id: personal?.conversationId ?? '', conversationType: 'personal' };
    }
    return { id: connector.threadsIn(together)[0]?.conversationId ?? '', conversationType: 'channel' };
  }

  async function press(verb: string, data: Record<string, unknown>, from: Author): Promise<string> {
    const response = await bot.post(
      cardAction(connector.serviceUrl, verb, data, { from, conversation: cardHome(data.groupId) }),
    );
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    return typeof answer.value === 'string' ? answer.value : JSON.stringify(answer.value);
  }

  async function stored(): Promise<Response[]> {
    return (await roundStores(bot.storage).responses.forRound(roundId))
      .map((entry) => entry.value)
      .filter((response) => response.source === 'card');
  }

  function versionsIn(card: string): Record<string, string> {
    const match = /"verb":"answer\.card"[^}]*?"versions":(\{[^}]*\})/.exec(card);
    return JSON.parse(match?.[1] ?? '{}') as Record<string, string>;
  }

  it('sends a card with a field per question to groups answering together and to members asked 1:1', async () => {
    const thread = connector.threadsIn(together)[0];
    const personal = connector.deliveries().find((delivery) => delivery.operation === 'sendToConversation');
    const channelOfIndividual = connector.threadsIn(individual)[0];

    expect(JSON.stringify(thread?.activity)).toContain('"id":"answer|4"');
    expect(JSON.stringify(personal?.activity)).toContain('"id":"answer|1"');
    expect(JSON.stringify(channelOfIndividual?.activity)).not.toContain('answer|1');
  });

  it('saves the group’s shared answer and shows who changed it last', async () => {
    const card = await press(
      'answer.card',
      {
        roundId,
        groupId: together,
        'answer|1': 'Snabbare beslut',
        'answer|2': 'Digitala möten',
        'answer|3': '',
      },
      erik,
    );

    expect(card).toContain('Gruppens svar är sparat kl. 12.00.');
    expect(card).toContain('Senast ändrat av Erik Johansson kl. 12.00');
    expect((await stored()).map((a) => [a.questionNumber, a.text, a.author.name])).toEqual([
      [1, 'Snabbare beslut', 'Erik Johansson'],
      [2, 'Digitala möten', 'Erik Johansson'],
    ]);
    const [group] = (await roundStatus(roundStores(bot.storage), roundId)).groups.filter(
      (g) => g.groupId === together,
    );
    expect(group?.answered).toBe(2);
  });

  it('notices a concurrent edit: the later save is told, the earlier one stands', async () => {
    await press('answer.card', { roundId, groupId: together, 'answer|1': 'Eriks svar' }, erik);

    const card = await press('answer.card', { roundId, groupId: together, 'answer|1': 'Marias svar' }, maria);

    expect(card).toContain(
      'Erik Johansson ändrade svaret på fråga 1 samtidigt. Kortet visar nu det senaste – lägg till ditt igen.',
    );
    expect(card).toContain('"value":"Eriks svar"');
    expect((await stored()).map((a) => a.text)).toEqual(['Eriks svar']);

    const again = await press(
      'answer.card',
      { roundId, groupId: together, versions: versionsIn(card), 'answer|1': 'Eriks svar, och Marias' },
      maria,
    );
    expect(again).toContain('Senast ändrat av Maria Svensson');
    expect((await stored()).map((a) => a.text)).toEqual(['Eriks svar, och Marias']);
  });

  it('withdraws a shared answer whose field is emptied', async () => {
    const first = await press('answer.card', { roundId, groupId: together, 'answer|1': 'Svar' }, erik);

    await press(
      'answer.card',
      { roundId, groupId: together, versions: versionsIn(first), 'answer|1': '' },
      erik,
    );

    expect((await stored())[0]?.withdrawnAt).not.toBeNull();
  });

  it('keeps a member’s own answers apart, and lets them withdraw them', async () => {
    const member: Author = { id: '29:member-0-0', name: 'Chef 0.0', aadObjectId: 'oid-0-0' };

    const card = await press(
      'answer.card',
      { roundId, groupId: individual, 'answer|2': 'Mitt svar' },
      member,
    );
    expect(card).toContain('Ditt svar är sparat kl. 12.00.');
    expect(card).toContain('Ta tillbaka mina svar');
    expect((await stored()).map((a) => [a.author.id, a.sourceKey])).toEqual([['oid-0-0', 'card:oid-0-0:2']]);

    const withdrawn = await press('answer.withdraw', { roundId, groupId: individual }, member);
    expect(withdrawn).toContain('Dina svar är tillbakatagna.');
    expect((await stored())[0]?.withdrawnAt).not.toBeNull();
  });

  it('takes personal identity numbers out of card answers too', async () => {
    await press(
      'answer.card',
      { roundId, groupId: together, 'answer|1': 'Patienten 900101-0017 väntade.' },
      erik,
    );

    expect((await stored())[0]?.text).toBe('Patienten [personnummer borttaget] väntade.');
  });

  it('shows the card closed after the deadline and stores nothing', async () => {
    now = new Date('2026-10-20T10:00:00Z');

    const card = await press('answer.card', { roundId, groupId: together, 'answer|1': 'För sent' }, erik);

    expect(card).toContain('Rundan tar inte längre emot svar.');
    expect(card).not.toContain('"id":"answer|1"');
    expect(await stored()).toEqual([]);
  });

  it.each([
    [
      'an answer over 4,000 characters',
      { 'answer|1': 'x'.repeat(4001) },
      'Svaret sparades inte: del 1 är 4001 tecken lång',
    ],
    ['a field that is not text', { 'answer|1': 42 }, 'Kortets uppgifter kunde inte läsas'],
    [
      'versions that are not a map',
      { versions: 'v1', 'answer|1': 'Hej' },
      'Kortets uppgifter kunde inte läsas',
    ],
    [
      'a group the round was not sent to',
      { groupId: 'elsewhere', 'answer|1': 'Hej' },
      'Kortets uppgifter kunde inte läsas',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, change, message) => {
    await press('answer.card', { roundId, groupId: together, 'answer|2': 'Tidigare' }, maria);

    const answer = await press('answer.card', { roundId, groupId: together, ...change }, erik);

    expect(answer).toContain(message);
    expect((await stored()).map((a) => a.text)).toEqual(['Tidigare']);
  });
});

describe('the 1:1 prompt card follows its person', () => {
  it('asks Teams to refresh it for that person, and answers a refresh to them alone', async () => {
    const connector = await ConnectorService.start();
    const bot = await startBot({}, { now: () => during, startWorker: false });
    const { roundId, groupIds } = await launchedRound(roundStores(bot.storage), connector, {
      groups: 1,
      individual: 1,
      membersEach: 1,
    });
    await bot.worker.runOnce();
    const personal = connector.deliveries().find((delivery) => delivery.operation === 'sendToConversation');
    const sent = JSON.stringify(personal?.activity);
    expect(sent).toContain('"userIds":["29:member-0-0"]');
    expect(sent).toContain('"verb":"answer.refresh"');

    const member = { id: '29:member-0-0', name: 'Chef 0.0', aadObjectId: 'oid-0-0' };
    const refresh = cardAction(
      connector.serviceUrl,
      'answer.refresh',
      { roundId, groupId: groupIds[0] },
      { from: member, conversation: { id: personal?.conversationId ?? '', conversationType: 'personal' } },
    );
    const updatesBefore = connector.calls.filter((call) => call.operation === 'updateActivity').length;
    const response = await bot.post({ ...refresh, value: { ...refresh.value, trigger: 'automatic' } });

    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('Ditt svar');
    expect(connector.calls.filter((call) => call.operation === 'updateActivity').length).toBe(updatesBefore);
    await bot.close();
    await connector.close();
  });
});
