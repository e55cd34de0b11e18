import fc from 'fast-check';
import type { Response } from '../../bot/domain/response';
import { roundStatus } from '../../bot/usecases/roundStatus';
import {
  type Author,
  cardAction,
  chatMessage,
  deletedReply,
  editedReply,
  threadReply,
} from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';

const during = new Date('2026-10-05T10:00:00Z');
const erik: Author = { id: '29:erik', name: 'Erik Johansson', aadObjectId: 'oid-erik' };
const maria: Author = { id: '29:maria', name: 'Maria Svensson', aadObjectId: 'oid-maria' };

describe('answers through the bot endpoint', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let now: Date;
  let roundId: string;
  let groupId: string;
  let thread: string;

  beforeEach(async () => {
    now = during;
    connector = await ConnectorService.start();
    bot = await startBot({}, { now: () => now, startWorker: false });
    const stores = roundStores(bot.storage);
    ({
      roundId,
      groupIds: [groupId = ''],
    } = await launchedRound(stores, connector, { groups: 1 }));
    await bot.worker.runOnce();
    thread = connector.threadsIn(groupId)[0]?.conversationId ?? '';
    expect(thread).toMatch(/;messageid=/);
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  async function stored(): Promise<Response[]> {
    return (await roundStores(bot.storage).responses.forRound(roundId)).map((entry) => entry.value);
  }

  function botReplies() {
    return connector.sentActivities().filter((activity) => activity.conversationId === thread);
  }

  /** What the bot wrote to people in their own 1:1 chats. */
  function privateNotes() {
    return connector
      .deliveries()
      .filter((delivery) => delivery.conversationId !== thread && delivery.text !== undefined)
      .map((delivery) => delivery.text);
  }

  const title = 'Samlade lärdomar – hur arbetar vi/har arbetat under pandemin';

  it('stores a numbered reply in the thread as one contribution per question, and tells its author in private', async () => {
    const response = await bot.post(
      threadReply(connector.serviceUrl, thread, '1. Vi fattade beslut snabbare.\n2. Digitala möten', {
        from: erik,
      }),
    );

    expect(response.status).toBe(200);
    const answers = await stored();
    expect(answers.map((a) => [a.questionNumber, a.text, a.author.name, a.source])).toEqual([
      [1, 'Vi fattade beslut snabbare.', 'Erik Johansson', 'thread'],
      [2, 'Digitala möten', 'Erik Johansson', 'thread'],
    ]);
    expect(answers[0]?.author.id).toBe('oid-erik');
    expect(botReplies()).toEqual([]);
    await connector.waitFor(() => privateNotes().length > 0);
    expect(privateNotes()).toEqual([`Ditt svar i tråden om ${title} är sparat: fråga 1 och 2.`]);
  });

  it('redraws the status card a coordinator follows as answers come in', async () => {
    const followed = await bot.post(
      cardAction(connector.serviceUrl, 'status.refresh', { roundId }, { replyToId: 'status-card-1' }),
    );
    expect(JSON.stringify(await followed.json())).toContain('0 av 4 frågor besvarade');
    const redraws = () => connector.updatesOf('status-card-1');
    const before = await connector.updatesSettled('status-card-1');

    await bot.post(
      threadReply(connector.serviceUrl, thread, '1. Beslut\n2. Möten\n3. Bemanning\n4. Osäkerhet', {
        from: erik,
      }),
    );

    // Within about 10 s: redraws are gathered per round.
    await connector.waitFor(() => redraws().length > before, 10_000);
    expect(JSON.stringify(redraws().at(-1)?.body)).toContain('4 av 4 frågor besvarade');
  });

  it('stores nothing twice when Teams delivers the same reply again', async () => {
    const reply = threadReply(connector.serviceUrl, thread, '1. Samverkan', { from: erik });

    await bot.post(reply);
    await bot.post(reply);

    expect(await stored()).toHaveLength(1);
  });

  it('loses no one’s answer when Teams delivers one reply many times among others', async () => {
    const copy = threadReply(connector.serviceUrl, thread, '1. Samma svar, levererat igen', {
      id: 'kopia',
      from: erik,
    });
    const others = Array.from({ length: 40 }, (_, index) =>
      threadReply(connector.serviceUrl, thread, `1. Svar nummer ${index}`, {
        id: `svar-${index}`,
        // Forty managers of the group, each writing once.
        from: { id: `29:chef-${index}`, name: `Chef ${index}`, aadObjectId: `oid-chef-${index}` },
      }),
    );
    // Ten copies of one reply interleaved with forty others, all at once (one group commit).
    const activities = others.flatMap((other, index) => (index % 4 === 0 ? [copy, other] : [other]));

    const statuses = await Promise.all(activities.map(async (activity) => (await bot.post(activity)).status));

    expect(statuses.every((status) => status === 200)).toBe(true);
    const texts = (await stored()).map((answer) => answer.text);
    expect(texts).toHaveLength(41);
    expect(new Set(texts)).toEqual(
      new Set(['Samma svar, levererat igen', ...others.map((_, index) => `Svar nummer ${index}`)]),
    );
    expect(botReplies().map((activity) => activity.text)).toEqual([]);
  });

  it('splits a reply numbered on one line, and leaves its lead-in out', async () => {
    await bot.post(
      threadReply(
        connector.serviceUrl,
        thread,
        'Här är ledningsgruppens gemensamma svar: 1. Vi måste fatta beslut snabbare. 2. Vi införde digitala möten kl. 10:30. 3. Bemanningen. 4. Osäkerheten.',
        { from: erik },
      ),
    );

    expect((await stored()).map((answer) => [answer.questionNumber, answer.text])).toEqual([
      [1, 'Vi måste fatta beslut snabbare.'],
      [2, 'Vi införde digitala möten kl. 10:30.'],
      [3, 'Bemanningen.'],
      [4, 'Osäkerheten.'],
    ]);
  });

  it('reads a numbered list written in Teams (HTML) as numbered answers', async () => {
    await bot.post(
      threadReply(connector.serviceUrl, thread, '', {
        from: erik,
        html: '<p>Våra svar:</p><ol><li>Tydliga <b>beslutsvägar</b></li><li>Se <a href="https://region.se/r">rapporten</a></li></ol>',
      }),
    );

    // "Våra svar:" only introduces the answers: it is not stored as one.
    expect((await stored()).map((a) => [a.questionNumber, a.text])).toEqual([
      [1, 'Tydliga beslutsvägar'],
      [2, 'Se rapporten (https://region.se/r)'],
    ]);
  });

  it('asks which question an unnumbered reply answers, and only its author may move it', async () => {
    const reply = threadReply(connector.serviceUrl, thread, 'Vi lärde oss att samverka.', {
      from: erik,
      id: '1700000099',
    });
    await bot.post(reply);

    expect((await stored()).map((a) => a.questionNumber)).toEqual([null]);
    const [question] = botReplies();
    expect(JSON.stringify(question)).toContain('Vilken fråga svarar ditt svar på?');

    const assign = { roundId, groupId, activityId: '1700000099', question: '3' };
    const byMaria = await bot.post(
      cardAction(connector.serviceUrl, 'answer.assign', assign, { from: maria }),
    );
    expect(((await byMaria.json()) as { value: string }).value).toBe(
      'Bara den som skrev svaret kan flytta det.',
    );
    expect((await stored()).map((a) => a.questionNumber)).toEqual([null]);

    const byErik = await bot.post(cardAction(connector.serviceUrl, 'answer.assign', assign, { from: erik }));
    expect(JSON.stringify(await byErik.json())).toContain('Sparat som svar på fråga 3.');
    expect((await stored()).map((a) => a.questionNumber)).toEqual([3]);
  });

  it('takes personal identity numbers out before storing, and tells the author once', async () => {
    const reply = threadReply(connector.serviceUrl, thread, '1. Patienten 19900101-0017 fick vänta.', {
      from: erik,
    });

    await bot.post(reply);
    await bot.post(reply);

    expect((await stored())[0]?.text).toBe('Patienten [personnummer borttaget] fick vänta.');
    // Not in the thread, where everyone reads it: in the author's own chat, once.
    expect(botReplies().map((activity) => activity.text)).toEqual([]);
    await connector.waitFor(() => privateNotes().length > 0);
    expect(privateNotes()).toEqual([
      `Ditt svar i tråden om ${title} är sparat: fråga 1. Jag tog bort ett personnummer ur svaret innan det sparades, men numret syns fortfarande i ditt inlägg i tråden. Ta bort inlägget och skriv svaret igen utan personnumret.`,
    ]);
  });

  it('follows an edit: parts change, a part no longer there is withdrawn', async () => {
    const reply = threadReply(connector.serviceUrl, thread, '1. Beslut\n2. Möten\n3. Bemanning', {
      from: erik,
    });
    await bot.post(reply);

    await bot.post(editedReply(reply, '1. Snabbare beslut\n2. Möten'));

    const answers = await stored();
    expect(answers.map((a) => [a.questionNumber, a.text, a.withdrawnAt !== null])).toEqual([
      [1, 'Snabbare beslut', false],
      [2, 'Möten', false],
      [3, 'Bemanning', true],
    ]);
  });

  it('withdraws the answer when the author deletes the message', async () => {
    const reply = threadReply(connector.serviceUrl, thread, '1. Beslut', { from: erik });
    await bot.post(reply);

    await bot.post(deletedReply(reply));

    expect((await stored())[0]?.withdrawnAt).not.toBeNull();
    expect((await roundStatus(roundStores(bot.storage), roundId)).groups[0]?.answered).toBe(0);
  });

  it('kindly refuses an answer after the deadline and stores nothing', async () => {
    now = new Date('2026-10-17T08:00:00Z');

    await bot.post(threadReply(connector.serviceUrl, thread, '1. Sent svar', { from: erik }));

    expect(await stored()).toEqual([]);
    expect(botReplies()[0]?.text).toBe(
      'Sista svarsdagen var fredag 16\u00a0oktober kl.\u00a017.00, så svaret sparades inte. Hör av dig till samordnaren om det är viktigt.',
    );
  });

  it.each([
    [
      'a part over 4,000 characters',
      `1. ${'x'.repeat(4001)}`,
      'Svaret sparades inte: del 1 är 4001 tecken lång och högst 4000 går.',
    ],
    [
      'more than 20 parts',
      Array.from({ length: 21 }, (_, i) => `${(i % 4) + 1}. Del ${i}`).join('\n'),
      'Svaret sparades inte: det har 21 delar och högst 20 går i ett meddelande.',
    ],
  ])('refuses %s, says why and stores nothing', async (_name, text, message) => {
    await bot.post(threadReply(connector.serviceUrl, thread, '1. Tidigare svar', { from: maria }));

    await bot.post(threadReply(connector.serviceUrl, thread, text, { from: erik }));

    expect((await stored()).map((a) => a.text)).toEqual(['Tidigare svar']);
    expect(botReplies()[0]?.text).toContain(message);
  });

  it('counts the group as answered once every question has a contribution', async () => {
    await bot.post(threadReply(connector.serviceUrl, thread, '1. A\n2. B', { from: erik }));
    await bot.post(threadReply(connector.serviceUrl, thread, '3. C\n4. D', { from: maria }));

    const [group] = (await roundStatus(roundStores(bot.storage), roundId)).groups;
    expect([group?.answered, group?.answerable]).toEqual([4, 4]);
  });

  it('keeps answer text out of the logs', async () => {
    await bot.post(threadReply(connector.serviceUrl, thread, '1. Hemlig lärdom om Kalle', { from: erik }));

    expect(JSON.stringify(bot.logs)).not.toContain('Kalle');
    expect(bot.logs.some((line) => line.msg === 'answer received')).toBe(true);
  });
});

describe('answers in 1:1 chat, for groups that answer individually', () => {
  it('stores a chat message as the member’s answer and confirms it', async () => {
    const connector = await ConnectorService.start();
    const bot = await startBot({}, { now: () => during, startWorker: false });
    const stores = roundStores(bot.storage);
    const { roundId } = await launchedRound(stores, connector, { groups: 1, individual: 1, membersEach: 1 });
    await bot.worker.runOnce();
    const chat = connector.deliveries().find((delivery) => delivery.operation === 'sendToConversation');
    const member: Author = { id: '29:member-0-0', name: 'Chef 0.0', aadObjectId: 'oid-0-0' };

    await bot.post(
      chatMessage(connector.serviceUrl, chat?.conversationId ?? '', '2. Vi ställde om till video.', member),
    );

    const answers = (await stores.responses.forRound(roundId)).map((entry) => entry.value);
    expect(answers.map((a) => [a.questionNumber, a.source, a.author.id])).toEqual([[2, 'chat', 'oid-0-0']]);
    expect(connector.sentActivities().at(-1)?.text).toBe('Tack! Ditt svar är sparat (fråga 2).');
    await bot.close();
    await connector.close();
  });
});

/**
 * In a 1:1 chat people write other things than answers: a mistyped command, a word, noise. Only a
 * real answer (numbered, or long enough to be one) is stored at once; anything short is asked
 * about, and nothing is stored until its author says which question it answers.
 */
describe('what a chat message is, while a round is open to its author', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let stores: ReturnType<typeof roundStores>;
  let roundId: string;
  let chat: string;
  let now: Date;
  const member: Author = { id: '29:member-0-0', name: 'Chef 0.0', aadObjectId: 'oid-0-0' };

  beforeAll(async () => {
    connector = await ConnectorService.start();
    now = during;
    bot = await startBot({}, { now: () => now, startWorker: false });
    stores = roundStores(bot.storage);
    ({ roundId } = await launchedRound(stores, connector, { groups: 1, individual: 1, membersEach: 1 }));
    await bot.worker.runOnce();
    chat =
      connector.deliveries().find((delivery) => delivery.operation === 'sendToConversation')
        ?.conversationId ?? '';
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  async function stored(): Promise<Response[]> {
    return (await stores.responses.forRound(roundId)).map((entry) => entry.value);
  }

  async function write(text: string, id = `m-${Math.random()}`): Promise<Record<string, unknown>> {
    const before = connector.sentActivities().length;
    await bot.post({ ...chatMessage(connector.serviceUrl, chat, text, member), id });
    await connector.waitFor(() => connector.sentActivities().length > before);
    return connector.sentActivities().at(-1) as Record<string, unknown>;
  }

  async function press(verb: string, data: Record<string, unknown>): Promise<string> {
    const response = await bot.post(
      cardAction(connector.serviceUrl, verb, data, {
        from: member,
        conversation: { id: chat, conversationType: 'personal' },
      }),
    );
    const answer = (await response.json()) as { value: unknown };
    return typeof answer.value === 'string' ? answer.value : JSON.stringify(answer.value);
  }

  it.each(['staus', 'påmin', '/hjälpp', 'hjälpp', 'Grupperr'])(
    'asks whether %j meant a command, and stores nothing',
    async (text) => {
      const reply = JSON.stringify(await write(text));

      expect(reply).toMatch(/Menade du \*\*(status|påminn|hjälp|grupper)\*\*\?/);
      expect(await stored()).toEqual([]);
    },
  );

  it.each(['/hjälp', '/help'])('answers %j as the command it is', async (text) => {
    expect(JSON.stringify(await write(text))).toContain('Det här kan du skriva till mig');
    expect(await stored()).toEqual([]);
  });

  it('asks about a short message, stores nothing until told, then stores it under the chosen question', async () => {
    const card = JSON.stringify(await write('Samverkan', 'kort-1'));
    expect(card).toContain('Vill du spara det här som ett svar');
    expect(card).toContain('”Samverkan”');
    expect(await stored()).toEqual([]);

    const data = { roundId, groupId: JSON.parse(card).attachments[0].content.actions[0].data.groupId };
    const chosen = await press('answer.confirm', {
      ...data,
      activityId: 'kort-1',
      text: 'Samverkan',
      question: '2',
    });

    expect(chosen).toContain('Sparat som svar på fråga 2.');
    expect((await stored()).map((answer) => [answer.questionNumber, answer.text, answer.author.id])).toEqual([
      [2, 'Samverkan', 'oid-0-0'],
    ]);
    // Pressed twice (Teams may deliver a tap again): still one answer.
    await press('answer.confirm', { ...data, activityId: 'kort-1', text: 'Samverkan', question: '2' });
    expect(await stored()).toHaveLength(1);
  });

  it('stores nothing for noise its author says is no answer', async () => {
    const before = (await stored()).length;
    expect(JSON.stringify(await write('asdfghjkl'))).toContain('Vill du spara det här som ett svar');

    expect(await press('answer.dismiss', {})).toContain('Okej, jag sparade inget.');
    expect(await stored()).toHaveLength(before);
  });

  it('stores a real answer at once, as before', async () => {
    const before = (await stored()).length;
    const reply = await write('Vi behövde tydligare beslutsvägar mellan förvaltningarna.');

    // Stored as general at once; its author is asked which question it answers, as before.
    expect(await stored()).toHaveLength(before + 1);
    expect(JSON.stringify(reply)).toContain('Vilken fråga svarar ditt svar på?');
  });

  it('gives help for unknown text once the round has closed, and still says so for a real answer', async () => {
    now = new Date('2026-11-30T10:00:00Z');
    const before = (await stored()).length;

    expect((await write('exportera')).text).toContain('Skriv **hjälp**');
    expect((await write('1. Vi hade behövt mer samverkan.')).text).toMatch(
      /^Sista svarsdagen var|^Rundan stängdes/,
    );
    expect(await stored()).toHaveLength(before);
    now = during;
  });

  it('never stores a mistyped command as an answer (property)', async () => {
    const words = ['hjälp', 'grupper', 'status', 'påminn', 'teman', 'ny runda'];
    const typo = fc
      .tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'double', 'swap'))
      .map(([word, at, how]) => {
        const i = at % word.length;
        if (how === 'drop') return word.slice(0, i) + word.slice(i + 1);
        if (how === 'double') return word.slice(0, i + 1) + word.slice(i);
        const j = Math.min(i + 1, word.length - 1);
        return word.slice(0, i) + (word[j] ?? '') + (word[i] ?? '') + word.slice(j + 1);
      });
    const before = (await stored()).length;
    await fc.assert(
      fc.asyncProperty(typo, async (text) => {
        await write(text);
        expect(await stored()).toHaveLength(before);
      }),
      { numRuns: 25 },
    );
  });
});
