import { cardAction, personalMessage } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { psykiatriHalland } from '../support/sampleTeam';

type InvokeAnswer = { statusCode: number; type: string; value: unknown };

const { general, ledning } = psykiatriHalland;

describe('the coordinator’s round wizard, through the bot endpoint', () => {
  let connector: ConnectorService;
  let bot: RunningBot;

  beforeEach(async () => {
    connector = await ConnectorService.start();
    connector.addTeam(psykiatriHalland.inTeams());
    bot = await startBot({}, { workerPollMs: 100 });
    await roundStores(bot.storage).teams.save(psykiatriHalland.installed(connector.serviceUrl));
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  async function press(verb: string, data: Record<string, unknown>): Promise<string> {
    const response = await bot.post(cardAction(connector.serviceUrl, verb, data));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as InvokeAnswer;
    return typeof answer.value === 'string' ? answer.value : JSON.stringify(answer.value);
  }

  async function newDraft(): Promise<string> {
    const editor = await press('round.create', { from: 'template' });
    const roundId = /"roundId":"([^"]+)"/.exec(editor)?.[1];
    if (!roundId) throw new Error(`no round id in ${editor.slice(0, 300)}`);
    return roundId;
  }

  const filled = (roundId: string, changes: Record<string, unknown> = {}) => ({
    roundId,
    title: 'Samlade lärdomar',
    purpose: 'Syftet är att lära.',
    q1: 'Vilka är de viktigaste lärdomarna?',
    q2: 'Vad har varit mest utmanande?',
    reflectionHint: 'Reflektera över osäkerhet.',
    outOfScope: 'Sommarbemanningen\nKrisorganisationen',
    deadlineDate: '2027-01-15',
    deadlineTime: '17:00',
    [`mode|${general}`]: 'together',
    [`mode|${ledning}`]: 'individual',
    anonymityThreshold: '3',
    ...changes,
  });

  it('starts with a choice: the template (or a copy, once there are rounds)', async () => {
    await bot.post(personalMessage(connector.serviceUrl, 'ny runda'));

    const card = JSON.stringify(connector.sentActivities()[0]);
    expect(card).toContain('Utgå från mallen');
    expect(card).not.toContain('Kopiera vald runda');
  });

  it('opens a draft from the template in the editor', async () => {
    const editor = await press('round.create', { from: 'template' });

    expect(editor).toContain('Redigera runda');
    expect(editor).toContain('Vilka är de mest betydelsefulla förändringar som ni har genomfört?');
    expect(editor).toContain('Hur svarar Psykiatri Halland – Ledningsgrupp?');
  });

  it.each([
    ['empty questions', { q1: '', q2: '  ' }, 'Rundan behöver minst en fråga.'],
    [
      'a deadline in the past',
      { deadlineDate: '2020-01-15' },
      'Sista svarsdag måste vara minst en timme fram i tiden.',
    ],
    [
      'eleven questions',
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`q${i + 1}`, `Fråga ${i + 1}?`])),
      'En runda kan ha högst 10 frågor.',
    ],
    [
      'a question of 5,000 characters',
      { q2: 'x'.repeat(5000) },
      'Fråga 2 är 5000 tecken lång; högst 500 tecken går.',
    ],
    ['a date without a time', { deadlineTime: '' }, 'Välj datum och klockslag för sista svarsdag.'],
    [
      'a date that does not exist',
      { deadlineDate: '2027-02-30' },
      'Skriv datum som ÅÅÅÅ-MM-DD och klockslag som TT:MM.',
    ],
  ])('refuses %s with a clear Swedish message and changes nothing', async (_name, change, message) => {
    const roundId = await newDraft();
    const rounds = roundStores(bot.storage).rounds;
    const before = await rounds.get(roundId);

    const editor = await press('round.save', filled(roundId, change));

    expect(editor).toContain('Rätta det här först:');
    expect(editor).toContain(message);
    expect(await rounds.get(roundId)).toEqual(before);
    expect(await roundStores(bot.storage).targets.list(roundId)).toEqual([]);
  });

  it('keeps what was typed when a save is refused', async () => {
    const roundId = await newDraft();

    const editor = await press('round.save', filled(roundId, { title: 'Mitt utkast', q1: '', q2: '' }));

    expect(editor).toContain('"value":"Mitt utkast"');
  });

  it('answers a doctored submission with a clear message', async () => {
    const roundId = await newDraft();

    expect(await press('round.save', filled(roundId, { [`mode|${general}`]: 'everyone' }))).toBe(
      'Kortets uppgifter kunde inte läsas. Skriv **status** eller **ny runda** för att få ett nytt kort.',
    );
    expect(await press('round.save', { title: 'ingen runda' })).toContain(
      'Kortets uppgifter kunde inte läsas',
    );
  });

  it('saves, previews exactly the prompt, launches, and delivers to the channel and each member', async () => {
    const roundId = await newDraft();

    const saved = await press('round.save', filled(roundId));
    expect(saved).toContain('Utkastet sparades kl.');
    expect(saved).toContain('2 medlemmar får frågorna i chatt: Erik Johansson och Maria Svensson');

    const preview = await press('round.preview', filled(roundId));
    expect(preview).toContain('Förhandsgranskning');
    expect(preview).toContain('Vilka är de viktigaste lärdomarna?');
    expect(preview).toContain('Svar senast fredag 15\u00a0januari 2027 kl.\u00a017.00');

    const status = await press('round.launch', { roundId });
    expect(status).toContain('Rundan är startad.');

    await connector.waitFor(() => connector.deliveries().length === 4, 10000);
    expect(connector.threadsIn(general)).toHaveLength(1);
    expect(connector.threadsIn(ledning)).toHaveLength(1);
    const refreshed = await press('status.refresh', { roundId });
    expect(refreshed).toContain('Frågan är skickad');
    expect(refreshed).toContain('0 av 2 har svarat på alla frågor');
    expect(refreshed).toContain('0 av 2 frågor besvarade');
  });

  it('lets the coordinator choose which members are asked in chat', async () => {
    const roundId = await newDraft();
    const first = await press('round.save', filled(roundId));
    expect(first).toContain('"id":"members|19:psyk-ledning@thread.tacv2"');
    expect(first).toContain('"value":"29:erik,29:maria"');

    const saved = await press('round.save', filled(roundId, { [`members|${ledning}`]: '29:maria' }));
    expect(saved).toContain('1 medlem får frågorna i chatt: Maria Svensson');

    await press('round.launch', { roundId });
    await connector.waitFor(() => connector.deliveries().length === 3, 10000);
    const chats = connector.deliveries().filter((delivery) => delivery.operation === 'sendToConversation');
    expect(chats).toHaveLength(1);
    const created = connector.calls.find(
      (call) => call.operation === 'createConversation' && JSON.stringify(call.body).includes('29:maria'),
    );
    expect(created).toBeDefined();
  });

  it('refuses to launch an individual group whose members were all unticked', async () => {
    const roundId = await newDraft();
    await press('round.save', filled(roundId));

    const answer = await press('round.preview', filled(roundId, { [`members|${ledning}`]: '' }));

    expect(answer).toContain(
      'Psykiatri Halland – Ledningsgrupp svarar var och en men har inga medlemmar att skicka till.',
    );
  });

  it('saves the reminder policy chosen in the editor, and refuses a made-up day', async () => {
    const roundId = await newDraft();

    const saved = await press('round.save', filled(roundId, { reminderDays: '5,1', reminderTime: '13:30' }));

    expect(saved).toContain('"id":"reminderDays"');
    expect((await roundStores(bot.storage).rounds.get(roundId)).value.reminders).toEqual({
      daysBefore: [5, 1],
      time: '13:30',
    });
    const refused = await press('round.save', filled(roundId, { reminderDays: '4' }));
    expect(refused).toContain('Välj påminnelsedagar bland alternativen');
    expect((await roundStores(bot.storage).rounds.get(roundId)).value.reminders.daysBefore).toEqual([5, 1]);
  });

  it('saves the anonymity threshold chosen in the editor, and refuses one outside 2–20', async () => {
    const editor = await press('round.create', { from: 'template' });
    expect(editor).toContain('"id":"anonymityThreshold"');
    // The limits are said in the label; the service, not the card, refuses what is outside them.
    expect(editor).toContain('"label":"Minsta antal personer bakom en grupps teman (2–20)","value":3');
    const roundId = /"roundId":"([^"]+)"/.exec(editor)?.[1] ?? '';

    await press('round.save', filled(roundId, { anonymityThreshold: '5' }));
    expect((await roundStores(bot.storage).rounds.get(roundId)).value.anonymityThreshold).toBe(5);

    for (const [wrong, shown] of [
      ['1', '1'],
      ['21', '21'],
      ['2.5', '2.5'],
      ['tre', 'null'],
    ]) {
      const refused = await press('round.save', filled(roundId, { anonymityThreshold: wrong }));
      expect(refused).toContain('Minsta antal personer ska vara ett heltal från 2 till 20.');
      // What was typed stays in the card, to be corrected (a number field cannot hold "tre").
      expect(refused).toContain(
        `"id":"anonymityThreshold","label":"Minsta antal personer bakom en grupps teman (2–20)","value":${shown}}`,
      );
    }
    expect((await roundStores(bot.storage).rounds.get(roundId)).value.anonymityThreshold).toBe(5);
  });

  it('refuses to launch without groups, and shows why in the editor', async () => {
    const roundId = await newDraft();
    await press('round.save', filled(roundId, { [`mode|${general}`]: 'none', [`mode|${ledning}`]: 'none' }));

    const answer = await press(
      'round.preview',
      filled(roundId, { [`mode|${general}`]: 'none', [`mode|${ledning}`]: 'none' }),
    );

    expect(answer).toContain('Välj minst en grupp.');
  });

  it('extends an open round only to a later deadline, and closes it early', async () => {
    const roundId = await newDraft();
    await press('round.save', filled(roundId));
    await press('round.launch', { roundId });

    expect(await press('round.extend', { roundId, deadlineDate: '2027-01-10', deadlineTime: '12:00' })).toBe(
      'Den nya svarstiden måste vara senare än den nuvarande.',
    );
    expect(
      await press('round.extend', { roundId, deadlineDate: '2027-01-22', deadlineTime: '12:00' }),
    ).toContain('Svarstiden är förlängd: svar senast fredag 22');
    expect(await press('round.close', { roundId })).toContain('Rundan är stängd.');
    expect(await press('round.close', { roundId })).toBe('Det går inte längre: rundan är stängd.');
  });

  it('reminds now from a card, and asks before reminding again soon after', async () => {
    const roundId = await newDraft();
    await press('round.save', filled(roundId));
    await press('round.launch', { roundId });
    await connector.waitFor(() => connector.deliveries().length === 4, 10000);

    await bot.post(personalMessage(connector.serviceUrl, 'påminn'));
    expect(JSON.stringify(connector.sentActivities().at(-1))).toContain('Påminn om rundor');

    const first = await press('reminder.now', {
      roundId,
      groupInput: `group|${roundId}`,
      [`group|${roundId}`]: 'all',
    });
    expect(first).toContain('3 påminnelser skickas nu till dem som inte har svarat.');
    await connector.waitFor(() => connector.deliveries().length === 7, 10000);

    const again = await press('reminder.now', {
      roundId,
      groupInput: `group|${roundId}`,
      [`group|${roundId}`]: ledning,
    });
    expect(again).toMatch(/Du påminde .* Påminna igen\?/);
    const confirmed = await press('reminder.now', { roundId, groupId: ledning, confirmed: true });
    expect(confirmed).toContain('2 påminnelser skickas nu');
    expect(confirmed).toContain('Påminnelser: 3 skickade');
  });

  it('deletes a draft but not an open round', async () => {
    const draft = await newDraft();
    expect(await press('round.delete', { roundId: draft })).toBe(
      'Utkastet Samlade lärdomar – hur arbetar vi/har arbetat under pandemin är borttaget.',
    );

    const roundId = await newDraft();
    await press('round.save', filled(roundId));
    await press('round.launch', { roundId });
    expect(await press('round.delete', { roundId })).toBe('Det går inte längre: rundan är redan startad.');
  });
});

describe('the wizard for someone who is not a coordinator', () => {
  it('politely refuses the command and every card action', async () => {
    const connector = await ConnectorService.start();
    const bot = await startBot({
      coordinators: { objectIds: ['oid-karin'], userPrincipalNames: [], teamIds: [], everyone: false },
    });

    await bot.post(personalMessage(connector.serviceUrl, 'ny runda'));
    const response = await bot.post(cardAction(connector.serviceUrl, 'round.create', { from: 'template' }));

    expect(connector.sentActivities()[0]?.text).toMatch(
      /^Att starta och följa lärdomsrundor är förbehållet samordnare/,
    );
    expect(((await response.json()) as InvokeAnswer).value).toMatch(/förbehållet samordnare/);
    expect(await roundStores(bot.storage).rounds.list()).toEqual([]);
    await bot.close();
    await connector.close();
  });
});
