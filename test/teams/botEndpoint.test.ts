import { TeamRepository } from '../../bot/storage/teamRepository';
import {
  botAddedToTeam,
  botRemovedFromTeam,
  channelEvent,
  channelMessage,
  personalMessage,
} from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { type RunningBot, startBot } from '../support/runningBot';

const team = {
  id: '19:psykiatri-general@thread.tacv2',
  name: 'Psykiatri Halland',
  aadGroupId: 'aad-group-1',
};
const ledning = { id: '19:psykiatri-ledning@thread.tacv2', name: 'Ledningsgrupp' };

type CardAttachment = { contentType: string; content: { body: { text?: string; facts?: unknown[] }[] } };

function cardOf(activity: Record<string, unknown>): CardAttachment['content'] {
  const [attachment] = activity.attachments as CardAttachment[];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return (attachment as CardAttachment).content;
}

function textsOf(card: CardAttachment['content']): string {
  return JSON.stringify(card);
}

describe('the bot endpoint, with real activities and a local Bot Connector', () => {
  let connector: ConnectorService;
  let bot: RunningBot;

  beforeEach(async () => {
    connector = await ConnectorService.start();
    connector.addTeam({
      id: team.id,
      name: team.name,
      aadGroupId: team.aadGroupId,
      channels: [{ id: team.id }, ledning],
    });
    bot = await startBot();
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  it('answers "hjälp" with the help card in Swedish', async () => {
    const response = await bot.post(personalMessage(connector.serviceUrl, 'hjälp'));

    expect(response.status).toBe(200);
    const [reply] = connector.sentActivities();
    expect(reply?.conversationId).toBe('a:personal-anna');
    const card = textsOf(cardOf(reply as Record<string, unknown>));
    expect(card).toContain('Det här kan du skriva till mig');
    expect(card).toContain('grupper');
  });

  it('answers "help" from an English client in English', async () => {
    await bot.post(personalMessage(connector.serviceUrl, 'Help!', { locale: 'en-GB' }));

    const card = textsOf(cardOf(connector.sentActivities()[0] as Record<string, unknown>));
    expect(card).toContain('What you can write to me');
    expect(card).not.toContain('Det här kan du skriva till mig');
  });

  it('remembers a team and its channels when added to it, and says hello once', async () => {
    const response = await bot.post(botAddedToTeam(connector.serviceUrl, team));

    expect(response.status).toBe(200);
    const stored = await new TeamRepository(bot.storage).get(team.id);
    expect(stored?.name).toBe('Psykiatri Halland');
    expect(stored?.address).toMatchObject({ serviceUrl: connector.serviceUrl, conversationId: team.id });
    expect(stored?.channels.map((channel) => [channel.id, channel.isGeneral])).toEqual([
      [team.id, true],
      [ledning.id, false],
    ]);
    const greetings = connector.sentActivities();
    expect(greetings).toHaveLength(1);
    expect(greetings[0]?.text).toContain('Allmänt och Ledningsgrupp');
  });

  it('greets a team in the organisation’s language even when the installer’s client is English', async () => {
    await bot.post(botAddedToTeam(connector.serviceUrl, team, { locale: 'en-US' }));

    expect(connector.sentActivities()[0]?.text).toMatch(/^Hej alla i Psykiatri Halland!/);
  });

  it('greets a person who adds the bot in English Teams in English, from the client info', async () => {
    const { locale: _none, ...message } = personalMessage(connector.serviceUrl, '');
    await bot.post({
      ...message,
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: message.recipient.id }],
      entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
    });

    expect(textsOf(cardOf(connector.sentActivities()[0] as Record<string, unknown>))).toContain(
      'What you can write to me',
    );
  });

  it('answers the "Grupper" button on the help card like the written command', async () => {
    await bot.post({
      ...personalMessage(connector.serviceUrl, ''),
      text: undefined,
      value: { command: 'groups' },
    });

    expect(textsOf(cardOf(connector.sentActivities()[0] as Record<string, unknown>))).toContain(
      'Team och kanaler jag känner till',
    );
  });

  it('lists the remembered teams for "grupper", with a name field per group for a coordinator', async () => {
    await bot.post(botAddedToTeam(connector.serviceUrl, team));

    await bot.post(personalMessage(connector.serviceUrl, 'grupper'));

    const card = textsOf(cardOf(connector.sentActivities().at(-1) as Record<string, unknown>));
    expect(card).toContain('Psykiatri Halland');
    expect(card).toContain('Namn på gruppen i Allmänt');
    expect(card).toContain('Namn på gruppen i Ledningsgrupp');
  });

  it('tells a new user how to add it to a team when it knows none', async () => {
    await bot.post(personalMessage(connector.serviceUrl, 'grupper'));

    const card = textsOf(cardOf(connector.sentActivities()[0] as Record<string, unknown>));
    expect(card).toContain('Jag är inte tillagd i något team ännu');
  });

  it('follows channel changes and forgets nothing when removed from the team', async () => {
    await bot.post(botAddedToTeam(connector.serviceUrl, team));
    connector.addTeam({
      id: team.id,
      name: team.name,
      channels: [{ id: team.id }, ledning, { id: '19:nykanal@thread.tacv2', name: 'Lärdomar' }],
    });

    await bot.post(
      channelEvent(connector.serviceUrl, team, 'channelCreated', {
        id: '19:nykanal@thread.tacv2',
        name: 'Lärdomar',
      }),
    );
    const teams = new TeamRepository(bot.storage);
    expect((await teams.get(team.id))?.channels.map((channel) => channel.name)).toEqual([
      '',
      'Ledningsgrupp',
      'Lärdomar',
    ]);

    await bot.post(botRemovedFromTeam(connector.serviceUrl, team));
    expect((await teams.get(team.id))?.removedAt).not.toBeNull();
    expect(await teams.list()).toEqual([]);
  });

  it('points to help in 1:1 chat, and stays quiet in a channel unless mentioned', async () => {
    await bot.post(personalMessage(connector.serviceUrl, 'vad är klockan'));
    await bot.post(channelMessage(connector.serviceUrl, team, ledning.id, 'Vi ses på mötet'));
    await bot.post(
      channelMessage(connector.serviceUrl, team, ledning.id, 'vad gör du', { mentionBot: true }),
    );

    const replies = connector.sentActivities();
    expect(replies.map((reply) => reply.conversationId)).toEqual(['a:personal-anna', ledning.id]);
    expect(replies[0]?.text).toContain('hjälp');
  });

  it('responds to a mention of "hjälp" in a channel with the help card', async () => {
    await bot.post(channelMessage(connector.serviceUrl, team, ledning.id, 'hjälp', { mentionBot: true }));

    const [reply] = connector.sentActivities();
    expect(textsOf(cardOf(reply as Record<string, unknown>))).toContain('Det här kan du skriva till mig');
  });

  it.each([
    ['a body that is not JSON', undefined, '{"type": "message", '],
    ['an array', [], undefined],
    ['an activity without a type', { channelId: 'msteams' }, undefined],
    [
      'an activity without a conversation',
      { ...personalMessage('http://127.0.0.1:1/', 'hej'), conversation: undefined },
      undefined,
    ],
    [
      'an activity with a service URL that is no URL',
      { ...personalMessage('http://127.0.0.1:1/', 'hej'), serviceUrl: 'nope' },
      undefined,
    ],
    [
      'a sender whose object id is no string',
      { ...personalMessage('http://127.0.0.1:1/', 'hej'), from: { id: '29:x', aadObjectId: 42 } },
      undefined,
    ],
    [
      'members added that are not accounts',
      { ...personalMessage('http://127.0.0.1:1/', ''), type: 'conversationUpdate', membersAdded: [null] },
      undefined,
    ],
    [
      'a mention that names nobody',
      {
        ...personalMessage('http://127.0.0.1:1/', 'hej'),
        entities: [{ type: 'mention', text: '<at>x</at>' }],
      },
      undefined,
    ],
    [
      'a conversation id that cannot travel in a header',
      { ...personalMessage('http://127.0.0.1:1/', 'hej'), conversation: { id: 'a:x\r\nX-Evil: 1' } },
      undefined,
    ],
    [
      'card data holding half a character',
      undefined,
      JSON.stringify({
        ...personalMessage('http://127.0.0.1:1/', ''),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'answer.refresh', data: { roundId: 'RSURR' } } },
      }).replace('RSURR', '\\ud800'),
    ],
  ])('answers %s with 400 and a short reason', async (_name, body, rawBody) => {
    const response = await bot.post(body, rawBody ? { rawBody } : {});

    expect(response.status).toBe(400);
    const reason = (await response.json()) as { error: string; message: string };
    expect(reason.message.length).toBeGreaterThan(0);
    expect(reason.message.length).toBeLessThan(200);
    expect(JSON.stringify(reason)).not.toMatch(/at \w+ \(/);
    expect(connector.calls).toEqual([]);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await bot.post(undefined, { rawBody: JSON.stringify({ text: 'x'.repeat(300 * 1024) }) });

    expect(response.status).toBe(413);
  });

  it('logs every activity with a correlation id, and never the text of a message', async () => {
    const response = await bot.post(personalMessage(connector.serviceUrl, 'hjälp med hemligt innehåll'), {
      headers: { 'x-correlation-id': 'trace-123' },
    });

    expect(response.headers.get('x-correlation-id')).toBe('trace-123');
    const received = bot.logs.find((line) => line.msg === 'activity received');
    expect(received).toMatchObject({ correlationId: 'trace-123', activityType: 'message' });
    expect(JSON.stringify(bot.logs)).not.toContain('hemligt');
  });
});
