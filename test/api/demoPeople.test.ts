import { join } from 'node:path';
import type { DevUser, Me, RoundStatusView, RoundSummary, RoundThemesView } from '../../bot/api/contract';
import { sampleGroupId, sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');
const psykiatri = sampleGroupId(4);
const regionservice = sampleGroupId(10);

describe('the tab API in local mode, with the sample round and the demo people', () => {
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;
  const tokens: Record<keyof typeof demo, string> = { karin: '', lena: '', erik: '', maria: '' };

  beforeAll(async () => {
    bot = await startBot({}, { startWorker: false });
    api = apiClient(bot.url);
    await loadSampleRound(createRoundStores(bot.storage), answers);
    await bot.themeUpdater.recompute(sampleRoundId);
    for (const person of Object.keys(demo) as (keyof typeof demo)[]) {
      tokens[person] = await devToken(bot.url, demo[person]);
    }
  }, 60_000);

  afterAll(async () => {
    await bot.close();
  });

  it('lists the demo people, one for each role', async () => {
    const { status, body } = await api.get<DevUser[]>('/api/dev/users');

    expect(status).toBe(200);
    expect(body).toEqual([
      { id: demo.karin, name: 'Karin Lindqvist', roles: ['coordinator'], groups: [], groupNames: [] },
      { id: demo.lena, name: 'Lena Berg', roles: ['leadership'], groups: [], groupNames: [] },
      {
        id: demo.erik,
        name: 'Erik Johansson',
        roles: ['member'],
        groups: [psykiatri],
        groupNames: ['Psykiatri Halland'],
      },
      {
        id: demo.maria,
        name: 'Maria Svensson',
        roles: ['member'],
        groups: [regionservice],
        groupNames: ['Regionservice'],
      },
    ]);
  });

  it('signs in only the demo people', async () => {
    expect((await api.get('/api/dev/token?user=someone-else')).status).toBe(404);
    expect((await api.get('/api/dev/token')).status).toBe(400);
  });

  it.each([
    ['karin', 'Karin Lindqvist', ['coordinator'], []],
    ['lena', 'Lena Berg', ['leadership'], []],
    ['erik', 'Erik Johansson', ['member'], [psykiatri]],
    ['maria', 'Maria Svensson', ['member'], [regionservice]],
  ] as const)('tells %s who they are', async (person, name, roles, groups) => {
    const { status, body } = await api.get<Me>('/api/me', tokens[person]);

    expect(status).toBe(200);
    expect(body).toEqual({
      id: demo[person],
      tenantId: '00000000-0000-0000-0000-0000000000001',
      name,
      roles,
      groups,
    });
  });

  it('lists the sample round, marked as the demo, to everyone with a role', async () => {
    for (const person of ['karin', 'lena'] as const) {
      const { status, body } = await api.get<{ rounds: RoundSummary[] }>('/api/rounds', tokens[person]);
      expect(status).toBe(200);
      expect(body.rounds).toEqual([
        expect.objectContaining({
          id: sampleRoundId,
          title: 'Exempelrunda: Samlade lärdomar – hur arbetar vi/har arbetat under pandemin',
          state: 'closed',
          demo: true,
          deadline: '2020-10-16T15:00:00.000Z',
          // One group of the development set answered only some of the questions.
          progress: { answered: 11, targeted: 12, unit: 'groups' },
        }),
      ]);
      expect(body.rounds[0]?.questions).toHaveLength(4);
    }
    const erik = await api.get<{ rounds: RoundSummary[] }>('/api/rounds', tokens.erik);
    expect(erik.body.rounds.map((round) => [round.id, round.progress])).toEqual([
      [sampleRoundId, { answered: 1, targeted: 1, unit: 'groups' }],
    ]);
  });

  it('shows leadership every group, and a member only their own', async () => {
    const all = await api.get<RoundStatusView>(`/api/rounds/${sampleRoundId}/status`, tokens.lena);
    expect(all.status).toBe(200);
    expect(all.body.groups).toHaveLength(12);
    expect(all.body.groups.find((group) => group.groupId === psykiatri)).toMatchObject({
      name: 'Psykiatri Halland',
      mode: 'together',
      // The sample round was sent, as every closed round was: its prompts read as sent.
      delivery: { state: 'sent', reason: null },
      people: null,
    });

    const own = await api.get<RoundStatusView>(`/api/rounds/${sampleRoundId}/status`, tokens.erik);
    expect(own.status).toBe(200);
    expect(own.body.groups.map((group) => group.name)).toEqual(['Psykiatri Halland']);
    const answered = own.body.groups[0]?.answeredPerQuestion ?? [];
    expect(answered).toHaveLength(4);
    expect(answered.every((count) => count > 0)).toBe(true);
    expect(own.body.version).toEqual(expect.any(String));
    const again = await api.get<RoundStatusView>(`/api/rounds/${sampleRoundId}/status`, tokens.erik);
    expect(again.body.version).toBe(own.body.version);
  });

  it("refuses a member another group's status and themes, and gives their own", async () => {
    const path = (what: string, group: string) =>
      `/api/rounds/${sampleRoundId}/${what}?group=${encodeURIComponent(group)}`;

    for (const what of ['status', 'themes']) {
      const other = await api.get(path(what, regionservice), tokens.erik);
      expect(other.status).toBe(403);
      expect(other.body).toEqual({ error: 'forbidden', message: expect.any(String) });
      expect(JSON.stringify(other.body)).not.toContain('Regionservice');
      expect((await api.get(path(what, psykiatri), tokens.erik)).status).toBe(200);
      expect((await api.get(path(what, regionservice), tokens.maria)).status).toBe(200);
    }
  });

  it("gives a member their own group's themes only, and leadership the round's and the groups asked for", async () => {
    const own = await api.get<RoundThemesView>(`/api/rounds/${sampleRoundId}/themes`, tokens.erik);

    expect(own.status).toBe(200);
    expect(own.body.groups).toEqual([{ groupId: psykiatri, name: 'Psykiatri Halland', mode: 'together' }]);
    expect(own.body.scopes.map((scope) => scope.scope)).toEqual([
      `group|${psykiatri}`,
      ...[1, 2, 3, 4].map((n) => `group|${psykiatri}|question|${n}`),
    ]);

    const all = await api.get<RoundThemesView>(`/api/rounds/${sampleRoundId}/themes`, tokens.lena);
    expect(all.body.groups).toHaveLength(12);
    expect(all.body.scopes.map((scope) => scope.scope).sort()).toEqual(
      ['round', ...[1, 2, 3, 4].map((n) => `question|${n}`)].sort(),
    );
    const pair = await api.get<RoundThemesView>(
      `/api/rounds/${sampleRoundId}/themes?group=${encodeURIComponent(psykiatri)}&group=${encodeURIComponent(regionservice)}`,
      tokens.lena,
    );
    expect(pair.body.scopes).toHaveLength(5 + 2 * 5);
    expect(pair.body.scopes.filter((scope) => scope.scope.startsWith(`group|${regionservice}`))).toHaveLength(
      5,
    );
    const three = await api.get(
      `/api/rounds/${sampleRoundId}/themes?group=${encodeURIComponent(psykiatri)}&group=${encodeURIComponent(regionservice)}&group=x`,
      tokens.lena,
    );
    expect(three.status).toBe(400);
    expect(three.body).toEqual({ error: 'invalid_request', message: 'Högst 2 grupper åt gången.' });
    const unknown = await api.get(`/api/rounds/${sampleRoundId}/themes?group=19%3Anone`, tokens.lena);
    expect(unknown.status).toBe(404);

    const round = all.body.scopes.find((scope) => scope.scope === 'round');
    if (!round?.visible) throw new Error('the round-wide themes are hidden');
    expect(round).toMatchObject({ scope: 'round', answerCount: 333 });
    expect(round.themes.length).toBeGreaterThanOrEqual(5);
    const theme = round.themes[0];
    expect(theme?.groups[0]).toEqual({
      groupId: expect.any(String),
      name: expect.any(String),
      count: expect.any(Number),
    });
    expect(Object.keys(theme?.quotes[0] ?? {})).toEqual(['text']);
    expect(round.other).toEqual(expect.any(Number));
  }, 60_000);

  it('lets leadership read but not act', async () => {
    for (const action of ['remind', 'extend', 'close', 'retry']) {
      const body = action === 'extend' ? { deadline: '2030-01-01T10:00:00Z' } : {};
      const answer = await api.post(`/api/rounds/${sampleRoundId}/${action}`, body, tokens.lena);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: 'forbidden' });
      expect((await api.post(`/api/rounds/${sampleRoundId}/${action}`, body, tokens.erik)).status).toBe(403);
    }
  });

  it('answers a coordinator acting on the closed sample round with the reason', async () => {
    const answer = await api.post(`/api/rounds/${sampleRoundId}/close`, {}, tokens.karin);

    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({ error: 'conflict', message: 'Det går inte längre: rundan är stängd.' });
  });

  it('answers 404 for a round that does not exist, to those who may see every round', async () => {
    expect((await api.get('/api/rounds/no-such-round/status', tokens.lena)).status).toBe(404);
    expect((await api.get('/api/rounds/no-such-round/status', tokens.erik)).status).toBe(403);
  });
});
