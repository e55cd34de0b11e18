import type { Config } from '../../bot/config/config';
import { callerLimitRules } from '../../bot/server/callerLimits';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';
import { fakeEntra, productionSettings, tabAppIdUri, tenantA, tenantB } from './fakeEntra';

const coordinatorOid = 'c0000000-0000-4000-8000-000000000001';
const leadershipOid = 'c0000000-0000-4000-8000-000000000002';

function production(overrides: Partial<Config> = {}): Partial<Config> {
  return productionSettings([coordinatorOid], { leadership: [leadershipOid], ...overrides });
}

describe('the tab API checks Entra tokens (production mode, a test key set standing in for Entra)', () => {
  let entra: Awaited<ReturnType<typeof fakeEntra>>;
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    entra = await fakeEntra();
    bot = await startBot(production(), {
      startWorker: false,
      tabSigningKeys: entra.keys,
      // Every refusal here comes from one address; the limit on refusals has its own test
      // (test/server/callerLimits.test.ts) and would stop this matrix part-way.
      callerLimits: { ...callerLimitRules, refusedTokens: { points: 1000, duration: 60 } },
    });
    api = apiClient(bot.url);
  });

  afterAll(async () => {
    await bot.close();
  });

  const refusals: [string, () => Promise<string | undefined>, string][] = [
    ['no token', async () => undefined, 'missing bearer token'],
    ['a token that is no JWT', async () => 'not-a-token', 'malformed token'],
    ['alg: none', async () => entra.unsigned(), 'algorithm not allowed'],
    ['a signature by another key', async () => entra.token({ forged: true }), 'invalid signature'],
    ['an expired token', async () => entra.token({ expiresIn: -120 }), 'token expired'],
    ['a token not yet valid', async () => entra.token({ notBeforeIn: 600 }), 'token not yet valid'],
    ['a token for another app', async () => entra.token({ aud: 'some-other-app' }), 'wrong audience'],
    [
      'an issuer that is not Entra',
      async () => entra.token({ iss: `https://login.example.com/${tenantA}/v2.0` }),
      'issuer does not match the token tenant',
    ],
    [
      "another tenant's issuer",
      async () => entra.token({ tid: tenantA, iss: `https://login.microsoftonline.com/${tenantB}/v2.0` }),
      'issuer does not match the token tenant',
    ],
    ['a tenant not allowed', async () => entra.token({ tid: tenantB }), 'tenant not allowed'],
  ];

  it.each(refusals)('refuses %s with 401 and a short reason', async (_case, make, reason) => {
    const token = await make();
    for (const path of ['/api/me', '/api/rounds']) {
      const answer = await api.get(path, token);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: 'unauthorized', message: reason });
    }
    const action = await api.post('/api/rounds/any/close', {}, token);
    expect(action.status).toBe(401);
  });

  it('refuses an Authorization header that is not one bearer token', async () => {
    for (const header of ['Basic a2FyaW46aGVtbGln', `Bearer ${await entra.token()} extra`]) {
      const answer = await fetch(`${bot.url}/api/me`, { headers: { authorization: header } });
      expect(answer.status).toBe(401);
      expect(await answer.json()).toEqual({
        error: 'unauthorized',
        message: 'malformed authorization header',
      });
    }
  });

  it('takes a valid v2 token, and names the person by tenant and object id', async () => {
    const answer = await api.get(
      '/api/me',
      await entra.token({ oid: coordinatorOid, name: 'Karin Lindqvist' }),
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      id: coordinatorOid,
      tenantId: tenantA,
      name: 'Karin Lindqvist',
      roles: ['coordinator'],
      groups: [],
    });
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('takes a v1 token: the Application ID URI as audience, sts.windows.net as issuer', async () => {
    const token = await entra.token({
      oid: leadershipOid,
      aud: tabAppIdUri,
      iss: `https://sts.windows.net/${tenantA}/`,
    });

    const answer = await api.get('/api/me', token);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: leadershipOid, roles: ['leadership'] });
  });

  it('answers a valid token without a role: no roles on /api/me, 403 on rounds', async () => {
    const token = await entra.token({ oid: 'c0000000-0000-4000-8000-0000000000ff' });

    expect((await api.get('/api/me', token)).body).toMatchObject({ roles: [], groups: [] });
    const rounds = await api.get('/api/rounds', token);
    expect(rounds.status).toBe(403);
    expect(rounds.body).toEqual({ error: 'forbidden', message: expect.any(String) });
    expect((await api.get('/api/rounds/some-round/status', token)).status).toBe(403);
    expect((await api.get('/api/rounds/some-round/themes', token)).status).toBe(403);
    expect((await api.post('/api/rounds/some-round/remind', {}, token)).status).toBe(403);
  });

  it('has no dev routes in production', async () => {
    expect((await api.get('/api/dev/users')).status).toBe(404);
    expect((await api.get(`/api/dev/token?user=${demo.karin}`)).status).toBe(404);
  });

  it('never trusts a token signed by a local-mode key', async () => {
    const local = await startBot({}, { startWorker: false });
    try {
      const token = await devToken(local.url, demo.karin);
      expect((await apiClient(local.url).get('/api/me', token)).status).toBe(200);

      const answer = await api.get('/api/me', token);
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'unauthorized' });
    } finally {
      await local.close();
    }
  });
});

describe('the tab API without a tab app configured (production mode)', () => {
  it('answers 503 until TAB_CLIENT_ID is set', async () => {
    const entra = await fakeEntra();
    const bot = await startBot(production({ tab: {}, allowedTenants: [] }), {
      startWorker: false,
      tabSigningKeys: entra.keys,
    });
    try {
      const answer = await apiClient(bot.url).get('/api/me', await entra.token());
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({ error: 'internal', message: 'tab sign-in is not configured' });
    } finally {
      await bot.close();
    }
  });
});
