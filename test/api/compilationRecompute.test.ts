import type { AnswerPageView, CompilationView, RoundThemesView } from '../../bot/api/contract';
import { responseSourceKey } from '../../bot/domain/response';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { labelledSet } from '../support/labelledSets';
import { type RunningBot, startBot } from '../support/runningBot';
import { themedRound } from '../support/themedRound';
import { apiClient, demo, devToken } from './apiClient';

const roundId = 'round-recompute';
const path = `/api/rounds/${roundId}`;

describe('a compilation through recomputation with 25 % more answers', () => {
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;
  let karin: string;

  beforeAll(async () => {
    bot = await startBot({}, { startWorker: false, themeDebounceMs: 600_000 });
    api = apiClient(bot.url);
    karin = await devToken(bot.url, demo.karin);
    await themedRound(createRoundStores(bot.storage), roundId, { count: 100 });
    // The service's own engine, as a real round's themes are computed.
    await bot.themeUpdater.recompute(roundId);
  });

  afterAll(async () => {
    await bot.close();
  });

  const draft = async () => (await api.get<CompilationView>(`${path}/compilation?scope=round`, karin)).body;
  const idsIn = async (theme: string) =>
    (
      await api.get<AnswerPageView>(`${path}/answers?theme=${encodeURIComponent(theme)}&limit=200`, karin)
    ).body.answers.map((a) => a.id);
  const themeHolding = async (answerId: string) =>
    (await api.get<AnswerPageView>(`${path}/answers?limit=200`, karin)).body.answers.find(
      (a) => a.id === answerId,
    )?.theme;
  async function edit(edit: unknown): Promise<CompilationView> {
    const version = (await draft()).version;
    const answer = await api.post<CompilationView>(
      `${path}/compilation/edit`,
      { scope: 'round', version, edit },
      karin,
    );
    expect(answer.status).toBe(200);
    return answer.body;
  }

  it('keeps every correction, marks the new answers, and leaves the published view alone', async () => {
    const start = await draft();
    expect(start.themes.length).toBeGreaterThanOrEqual(6);
    const [a, b, c, d, e] = start.themes.map((t) => t.id) as [string, string, string, string, string];
    const [aIds, bIds, cIds, dIds, eIds] = await Promise.all([a, b, c, d, e].map(idsIn));
    const otherIds = await idsIn('other');
    const moved =
      otherIds.length >= 2 ? otherIds.slice(0, 2) : (await idsIn(start.themes[5]?.id ?? '')).slice(0, 2);
    const splitOff = (dIds ?? []).slice(0, 3);
    const hidden = start.themes[1]?.quotes[0]?.id as string;

    await edit({ kind: 'rename', themeId: a, label: 'Ledarskap i kris' });
    const afterRename = await draft();
    const curated = (answerId: string) => afterRename.themes.find((t) => t.id === answerId);
    expect(curated(a)).toBeUndefined(); // the engine's ids became curated ones
    const idOf = async (answerId: string) => (await themeHolding(answerId)) as string;
    await edit({ kind: 'merge', themeIds: [await idOf(bIds?.[0] ?? ''), await idOf(cIds?.[0] ?? '')] });
    await edit({
      kind: 'split',
      themeId: await idOf(splitOff[0] ?? ''),
      answerIds: splitOff,
      label: 'Utbrutet',
    });
    await edit({
      kind: 'move',
      answerIds: moved,
      to: { kind: 'theme', themeId: await idOf(eIds?.[0] ?? '') },
    });
    await edit({
      kind: 'conclude',
      themeId: await idOf(aIds?.[0] ?? ''),
      conclusion: 'Tydliga mandat tidigt.',
    });
    await edit({ kind: 'markLesson', themeId: await idOf(aIds?.[0] ?? ''), lesson: true });
    await edit({ kind: 'pin', themeId: await idOf(eIds?.[0] ?? ''), position: 1 });
    await edit({ kind: 'hideQuote', themeId: await idOf(bIds?.[0] ?? ''), answerId: hidden, hidden: true });
    const before = await draft();
    const published = await api.post<CompilationView>(
      `${path}/compilation/publish`,
      { scope: 'round', version: before.version },
      karin,
    );
    expect(published.status).toBe(200);
    const lena = await devToken(bot.url, demo.lena);
    const readersBefore = (await api.get<RoundThemesView>(`${path}/themes`, lena)).body.scopes.find(
      (s) => s.scope === 'round',
    );

    // 25 more answers arrive and the themes are recomputed.
    const stores = createRoundStores(bot.storage);
    const more = labelledSet('lessons-sv.jsonl').slice(100, 125);
    for (const [i, answer] of more.entries()) {
      await stores.responses.record({
        roundId,
        groupId: answer.group ?? 'g',
        questionNumber: answer.question ?? 1,
        author: { id: `late${i}`, name: `Sen ${i}` },
        text: answer.text,
        source: 'card',
        sourceKey: responseSourceKey({
          kind: 'card',
          personId: `late${i}`,
          questionNumber: answer.question ?? 1,
        }),
        createdAt: new Date('2026-10-20T10:00:00Z'),
        updatedAt: new Date('2026-10-20T10:00:00Z'),
        withdrawnAt: null,
      });
    }
    expect(await bot.themeUpdater.recompute(roundId)).toBeGreaterThan(0);

    const after = await draft();
    expect(after.answerCount).toBe(125);
    expect(after.newAnswers).toBe(25);
    const renamed = after.themes.find((t) => t.label === 'Ledarskap i kris');
    expect(renamed?.conclusion).toBe('Tydliga mandat tidigt.');
    expect(renamed?.lesson).toBe(true);
    expect(new Set(await Promise.all((aIds ?? []).map(themeHolding)))).toEqual(new Set([renamed?.id]));
    const mergedTheme = await themeHolding(bIds?.[0] ?? '');
    expect(
      new Set(
        await Promise.all(
          [...(bIds ?? []), ...(cIds ?? [])].filter((id) => !splitOff.includes(id)).map(themeHolding),
        ),
      ),
    ).toEqual(new Set([mergedTheme]));
    expect(after.themes.find((t) => t.id === mergedTheme)?.quotes.map((q) => q.id)).not.toContain(hidden);
    const split = after.themes.find((t) => t.label === 'Utbrutet');
    expect(await idsIn(split?.id ?? '')).toEqual(expect.arrayContaining(splitOff));
    const pinned = await themeHolding(eIds?.[0] ?? '');
    expect(after.themes[0]?.id).toBe(pinned);
    expect(after.themes[0]?.pinned).toBe(1);
    for (const id of moved) expect(await themeHolding(id)).toBe(pinned);

    // Readers still see what was published, with the mark saying changes wait.
    const readersAfter = (await api.get<RoundThemesView>(`${path}/themes`, lena)).body.scopes.find(
      (s) => s.scope === 'round',
    );
    expect(readersAfter?.visible && readersAfter.themes.map((t) => t.label)).toEqual(
      readersBefore?.visible && readersBefore.themes.map((t) => t.label),
    );
  });
});
