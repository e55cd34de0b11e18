import { type RunningBot, startBot } from '../support/runningBot';
import { demo, devToken } from './apiClient';

/** The tab sends the Teams client's language as Accept-Language; the API answers in it. */
describe('the tab API’s language', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({}, { startWorker: false });
  });

  afterAll(async () => {
    await bot.close();
  });

  async function ask(path: string, init: { token?: string; language?: string; body?: unknown } = {}) {
    const response = await fetch(`${bot.url}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.language ? { 'accept-language': init.language } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return { status: response.status, body: (await response.json()) as { error: string; message: string } };
  }

  it('answers a member who may not act in English when asked in English, and in Swedish by default', async () => {
    const erik = await devToken(bot.url, demo.erik);

    expect(await ask('/api/rounds/any/close', { token: erik, language: 'en-GB,en;q=0.9', body: {} })).toEqual(
      {
        status: 403,
        body: { error: 'forbidden', message: 'Only coordinators can do that.' },
      },
    );
    expect(await ask('/api/rounds/any/close', { token: erik, body: {} })).toEqual({
      status: 403,
      body: { error: 'forbidden', message: 'Bara samordnare kan göra det.' },
    });
  });

  it('says what was wrong with a request in the caller’s language', async () => {
    const karin = await devToken(bot.url, demo.karin);

    expect(await ask('/api/rounds/any/remove', { token: karin, language: 'en', body: {} })).toEqual({
      status: 409,
      body: { error: 'conflict', message: 'Only the sample round can be removed; other rounds are closed.' },
    });
    expect(
      (await ask('/api/rounds/any/extend', { token: karin, language: 'en', body: { deadline: 'soon' } })).body
        .message,
    ).toMatch(/^The request could not be read \(deadline: /);
    expect(await ask('/api/dev/token', { language: 'en' })).toEqual({
      status: 400,
      body: { error: 'invalid_request', message: 'Say who you want to sign in as: ?user=<id>.' },
    });
    expect((await ask('/api/dev/token', { language: 'fi' })).body.message).toBe(
      'Ange vem du vill logga in som: ?user=<id>.',
    );
  });
});
