import type {
  CompilationChangeView,
  CompilationView,
  ErrorBody,
  RoundThemesView,
} from '../../bot/api/contract';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { type RunningBot, startBot } from '../support/runningBot';
import { themedRound } from '../support/themedRound';
import { apiClient, demo, devToken } from './apiClient';

describe('the compilation through the tab API', () => {
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;
  let karin: string;
  const roundId = 'round-api';
  const path = `/api/rounds/${roundId}/compilation`;

  beforeAll(async () => {
    bot = await startBot();
    api = apiClient(bot.url);
    karin = await devToken(bot.url, demo.karin);
    await themedRound(createRoundStores(bot.storage), roundId);
  });

  afterAll(async () => {
    await bot.close();
  });

  it('renames a theme, refuses a stale or oversized edit in Swedish with the current draft, and keeps the history', async () => {
    const start = await api.get<CompilationView>(`${path}?scope=round`, karin);
    expect(start.status).toBe(200);
    expect(start.body.version).toBeNull();
    expect(start.body.answerCount).toBe(120);
    const theme = start.body.themes[0];
    if (!theme) throw new Error('no themes');
    expect(theme.groups[0]?.name).toBeTruthy();

    const renamed = await api.post<CompilationView>(
      `${path}/edit`,
      {
        scope: 'round',
        version: null,
        edit: { kind: 'rename', themeId: theme.id, label: 'Ledarskap i kris' },
      },
      karin,
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toEqual(expect.any(String));
    const curated = renamed.body.themes.find((t) => t.label === 'Ledarskap i kris');
    expect(curated?.curated).toBe(true);

    const stale = await api.post<ErrorBody>(
      `${path}/edit`,
      { scope: 'round', version: null, edit: { kind: 'rename', themeId: theme.id, label: 'Gammal version' } },
      karin,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/Någon annan ändrade sammanställningen/);
    expect(stale.body.compilation?.themes.map((t) => t.label)).toContain('Ledarskap i kris');

    const tooLong = await api.post<ErrorBody>(
      `${path}/edit`,
      {
        scope: 'round',
        version: renamed.body.version,
        edit: { kind: 'rename', themeId: curated?.id, label: 'å'.repeat(81) },
      },
      karin,
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toBe('Ett temanamn får vara högst 80 tecken.');

    const after = await api.get<CompilationView>(`${path}?scope=round`, karin);
    expect(after.body.version).toBe(renamed.body.version);
    expect(after.body.themes.map((t) => t.label)).toContain('Ledarskap i kris');

    const history = await api.get<{ changes: CompilationChangeView[] }>(`${path}/history`, karin);
    expect(history.body.changes).toEqual([
      {
        scope: 'round',
        at: expect.any(String),
        by: 'Karin Lindqvist',
        kind: 'rename',
        text: 'Ledarskap i kris',
      },
    ]);
  });

  it('answers hostile and malformed input with a clear 400, and changes nothing', async () => {
    const before = await api.get<CompilationView>(`${path}?scope=round`, karin);
    const bodies: unknown[] = [
      { scope: 'round', version: before.body.version, edit: { kind: 'explode' } },
      { scope: 'round', version: before.body.version, edit: { kind: 'rename', themeId: 7, label: 'x' } },
      {
        scope: 'round',
        version: before.body.version,
        edit: { kind: 'rename', themeId: 'c1', label: 'x', extra: 1 },
      },
      { scope: 'round', version: 5, edit: { kind: 'markLesson', themeId: 'c1', lesson: true } },
      { scope: 'x'.repeat(41), version: null, edit: { kind: 'markLesson', themeId: 'c1', lesson: true } },
      {
        scope: 'round',
        version: before.body.version,
        edit: {
          kind: 'move',
          answerIds: Array.from({ length: 1001 }, (_, i) => `a${i}`),
          to: { kind: 'other' },
        },
      },
      'not json at all',
      [],
    ];
    for (const body of bodies) {
      const refused = await api.post<ErrorBody>(`${path}/edit`, body, karin);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('invalid_request');
    }
    const scope = await api.post<ErrorBody>(
      `${path}/edit`,
      {
        scope: 'group|19:x',
        version: before.body.version,
        edit: { kind: 'markLesson', themeId: 'c1', lesson: true },
      },
      karin,
    );
    expect(scope.status).toBe(400);
    expect(scope.body.message).toBe('Sammanställningar finns för hela rundan och för varje fråga.');
    const outsider = await api.post<ErrorBody>(
      `${path}/edit`,
      {
        scope: 'round',
        version: before.body.version,
        edit: { kind: 'move', answerIds: ['19:other-round|card:x:1'], to: { kind: 'other' } },
      },
      karin,
    );
    expect(outsider.status).toBe(404);
    expect(outsider.body.message).toBe('Svaret hör inte till det här temat eller den här frågan.');

    const after = await api.get<CompilationView>(`${path}?scope=round`, karin);
    expect(after.body).toEqual(before.body);
  });

  it('refuses leadership and members every read and write of the compilation', async () => {
    for (const person of [demo.lena, demo.erik]) {
      const token = await devToken(bot.url, person);
      const calls = [
        api.get(`${path}?scope=round`, token),
        api.get(`${path}/history`, token),
        api.post(
          `${path}/edit`,
          { scope: 'round', version: null, edit: { kind: 'markLesson', themeId: 'c1', lesson: true } },
          token,
        ),
        api.post(`${path}/publish`, { scope: 'round', version: null }, token),
      ];
      for (const answer of await Promise.all(calls)) expect(answer.status).toBe(403);
    }
    const history = await api.get<{ changes: CompilationChangeView[] }>(`${path}/history`, karin);
    expect(history.body.changes.map((c) => c.kind)).not.toContain('markLesson');
  });

  it('shows leadership the published compilation in the themes view, frozen until the next publish', async () => {
    const lena = await devToken(bot.url, demo.lena);
    const roundScope = async () => {
      const view = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, lena);
      const scope = view.body.scopes.find((s) => s.scope === 'round');
      if (!scope?.visible) throw new Error('round scope not shown');
      return scope;
    };
    const draft = await api.get<CompilationView>(`${path}?scope=round`, karin);
    const theme = draft.body.themes[0];
    if (!theme) throw new Error('no themes');
    const concluded = await api.post<CompilationView>(
      `${path}/edit`,
      {
        scope: 'round',
        version: draft.body.version,
        edit: {
          kind: 'conclude',
          themeId: theme.id,
          conclusion: 'Mandaten behöver vara tydliga från början.',
        },
      },
      karin,
    );
    // Not published yet: leadership sees the engine's themes, marked as being drafted.
    const beforePublish = await roundScope();
    expect(beforePublish.compilation).toEqual({ state: 'draft', publishedAt: null, publishedBy: null });
    expect(beforePublish.themes.some((t) => t.conclusion)).toBe(false);

    const published = await api.post<CompilationView>(
      `${path}/publish`,
      { scope: 'round', version: concluded.body.version },
      karin,
    );
    expect(published.status).toBe(200);
    const shown = await roundScope();
    expect(shown.compilation).toEqual({
      state: 'published',
      publishedAt: expect.any(String),
      publishedBy: 'Karin Lindqvist',
    });
    expect(shown.themes.map((t) => t.label)).toEqual(published.body.themes.map((t) => t.label));
    expect(shown.themes.find((t) => t.label === theme.label)?.conclusion).toBe(
      'Mandaten behöver vara tydliga från början.',
    );

    await api.post<CompilationView>(
      `${path}/edit`,
      {
        scope: 'round',
        version: published.body.version,
        edit: { kind: 'rename', themeId: theme.id, label: 'Ej publicerat' },
      },
      karin,
    );
    const afterDraftEdit = await roundScope();
    expect(afterDraftEdit.compilation?.state).toBe('draft');
    expect(afterDraftEdit.themes.map((t) => t.label)).not.toContain('Ej publicerat');
    expect(afterDraftEdit.themes.map((t) => t.label)).toEqual(shown.themes.map((t) => t.label));
  });
});
