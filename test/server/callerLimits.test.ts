import { callerAddress } from '../../bot/server/callerAddress';
import { callerLimitRules } from '../../bot/server/callerLimits';
import { demo, devToken } from '../api/apiClient';
import { personalMessage } from '../support/activities';
import { type RunningBot, startBot } from '../support/runningBot';

function count(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('per-caller limits of the tab API', () => {
  let bot: RunningBot;

  beforeEach(async () => {
    bot = await startBot();
  });

  afterEach(async () => {
    await bot.close();
  });

  it('makes 600 guessed tokens in half a second cost nothing past the first refusals', async () => {
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: 600 }, (_, index) =>
        fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer guess-${index}` } }),
      ),
    );
    const statuses = replies.map((reply) => reply.status);
    const limited = replies.find((reply) => reply.status === 429);

    expect(Date.now() - started).toBeLessThan(5000);
    expect(count(statuses)[401]).toBeLessThanOrEqual(callerLimitRules.refusedTokens.points);
    expect(count(statuses)[429]).toBeGreaterThanOrEqual(600 - callerLimitRules.refusedTokens.points);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited?.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await limited?.json()).toEqual({
      error: 'rate_limited',
      message: expect.stringMatching(/^För många anrop på kort tid\. Vänta \d+ sekunder/),
    });
  });

  it('lets a person whose token was accepted carry on through a flood from the same address', async () => {
    const karin = await devToken(bot.url, demo.karin);
    const lena = await devToken(bot.url, demo.lena);
    expect((await fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer ${karin}` } })).status).toBe(
      200,
    );

    await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer guess-${index}` } }),
      ),
    );
    const known = await fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer ${karin}` } });
    const firstSeen = await fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer ${lena}` } });

    expect(known.status).toBe(200);
    expect(firstSeen.status).toBe(429);
  });

  it('limits one token to its share, and leaves another person at the same address alone', async () => {
    const karin = await devToken(bot.url, demo.karin);
    const erik = await devToken(bot.url, demo.erik);
    const statuses: number[] = [];
    for (let batch = 0; batch < 7; batch++) {
      const replies = await Promise.all(
        Array.from({ length: 50 }, () =>
          fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer ${karin}` } }),
        ),
      );
      statuses.push(...replies.map((reply) => reply.status));
    }
    const other = await fetch(`${bot.url}/api/me`, { headers: { authorization: `Bearer ${erik}` } });

    expect(count(statuses)).toEqual({
      200: callerLimitRules.callsPerToken.points,
      429: 350 - callerLimitRules.callsPerToken.points,
    });
    expect(other.status).toBe(200);
  });

  it('limits local sign-in, which mints tokens', async () => {
    const replies = await Promise.all(
      Array.from({ length: 80 }, () => fetch(`${bot.url}/api/dev/token?user=${demo.karin}`)),
    );

    expect(count(replies.map((reply) => reply.status))).toEqual({
      200: callerLimitRules.localSignIn.points,
      429: 80 - callerLimitRules.localSignIn.points,
    });
  });

  it('never limits the Bot Framework endpoint: Teams keeps its own limits and retries', async () => {
    const replies = await Promise.all(
      Array.from({ length: 400 }, () =>
        bot.post({ ...personalMessage('http://127.0.0.1:1/', 'hej'), type: undefined }),
      ),
    );

    expect(count(replies.map((reply) => reply.status))).toEqual({ 400: 400 });
  });
});

describe('the caller’s address', () => {
  const from = (remoteAddress: string, forwarded?: string) =>
    callerAddress({
      socket: { remoteAddress } as never,
      headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    });

  it('is the socket’s when the request came straight from the internet, whatever it claims', () => {
    expect(from('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
  });

  it('is what the proxy appended last (App Service writes ip:port), not what the caller sent before it', () => {
    expect(from('10.0.0.4', '198.51.100.1, 203.0.113.9:51234')).toBe('203.0.113.9');
    expect(from('::ffff:10.0.0.4', '[2001:db8::1]:443')).toBe('2001:db8::1');
  });

  it('falls back to the socket when the forwarded entry is no address', () => {
    expect(from('127.0.0.1', 'not-an-address')).toBe('127.0.0.1');
    expect(from('127.0.0.1')).toBe('127.0.0.1');
  });
});
