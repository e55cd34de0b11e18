import type { AnswerPageView, CompilationView, ErrorBody } from '../../bot/api/contract';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { type RunningBot, startBot } from '../support/runningBot';
import { themedRound } from '../support/themedRound';
import { apiClient, demo, devToken } from './apiClient';

describe('compilers a coordinator names for one round', () => {
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;
  let karin: string;
  let lena: string;
  let erik: string;
  const named = 'round-named';
  const other = 'round-other';

  beforeAll(async () => {
    bot = await startBot();
    api = apiClient(bot.url);
    [karin, lena, erik] = await Promise.all([
      devToken(bot.url, demo.karin),
      devToken(bot.url, demo.lena),
      devToken(bot.url, demo.erik),
    ]);
    const stores = createRoundStores(bot.storage);
    await themedRound(stores, named);
    await themedRound(stores, other);
  });

  afterAll(async () => {
    await bot.close();
  });

  const draftOf = (roundId: string, token: string) =>
    api.get<CompilationView & ErrorBody>(`/api/rounds/${roundId}/compilation?scope=round`, token);

  it('lets a named person compile that round, and only that round', async () => {
    expect((await draftOf(named, lena)).status).toBe(403);

    const naming = await api.post<{ compilers: string[] }>(
      `/api/rounds/${named}/compilers`,
      { compilers: [' Lena.Berg@exempel.se ', 'lena.berg@exempel.se', 'analytiker@region.se'] },
      karin,
    );
    expect(naming.status).toBe(200);
    expect(naming.body.compilers).toEqual(['lena.berg@exempel.se', 'analytiker@region.se']);

    const draft = await draftOf(named, lena);
    expect(draft.status).toBe(200);
    expect(draft.body.compilers).toEqual(['lena.berg@exempel.se', 'analytiker@region.se']);
    const theme = draft.body.themes[0];
    if (!theme) throw new Error('no themes');
    const renamed = await api.post<CompilationView>(
      `/api/rounds/${named}/compilation/edit`,
      {
        scope: 'round',
        version: draft.body.version,
        edit: { kind: 'rename', themeId: theme.id, label: 'Analytikerns namn' },
      },
      lena,
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.themes.map((t) => t.label)).toContain('Analytikerns namn');
    const history = await api.get<{ changes: { by: string }[] }>(
      `/api/rounds/${named}/compilation/history`,
      lena,
    );
    expect(history.body.changes.at(-1)?.by).toBe('Lena Berg');

    // Her draft is what her answer list is grouped by; names stay the coordinators' alone.
    const answers = await api.get<AnswerPageView>(`/api/rounds/${named}/answers?limit=200`, lena);
    expect(
      answers.body.answers.some(
        (answer) => answer.theme === renamed.body.themes.find((t) => t.label === 'Analytikerns namn')?.id,
      ),
    ).toBe(true);
    expect(answers.body.answers.every((answer) => answer.author === null)).toBe(true);

    // Naming is the coordinator's; compiling one round gives nothing in another.
    expect((await draftOf(other, lena)).status).toBe(403);
    expect((await api.post(`/api/rounds/${named}/compilers`, { compilers: [] }, lena)).status).toBe(403);
    expect((await draftOf(named, erik)).status).toBe(403);
  });

  it('refuses an address that is none, or too many, in Swedish, and keeps the list', async () => {
    const before = (await draftOf(named, karin)).body.compilers;
    const wrong = await api.post<ErrorBody>(
      `/api/rounds/${named}/compilers`,
      { compilers: ['lena berg'] },
      karin,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe(
      '”lena berg” är ingen inloggningsadress. Skriv den som personen loggar in med, till exempel anna.ek@region.se.',
    );
    const many = Array.from({ length: 21 }, (_, i) => `person${i}@region.se`);
    const tooMany = await api.post<ErrorBody>(`/api/rounds/${named}/compilers`, { compilers: many }, karin);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toBe('Högst 20 personer kan sammanställa en runda.');
    const hostile = await api.post<ErrorBody>(`/api/rounds/${named}/compilers`, { compilers: 'all' }, karin);
    expect(hostile.status).toBe(400);
    expect((await draftOf(named, karin)).body.compilers).toEqual(before);
    const missing = await api.post<ErrorBody>(
      '/api/rounds/no-such-round/compilers',
      { compilers: [] },
      karin,
    );
    expect(missing.status).toBe(404);
  });
});
