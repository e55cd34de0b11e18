import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoundStatusView, RoundThemesView, ScopeThemes } from '../../bot/api/contract';
import { responseSourceKey } from '../../bot/domain/response';
import { createRoundStores, type RoundStores } from '../../bot/usecases/roundServices';
import { ConnectorService } from '../support/connectorService';
import { launchedRound } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient } from './apiClient';
import { fakeEntra, productionSettings } from './fakeEntra';

const texts = readFileSync(join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const coordinator = 'c0000000-0000-4000-8000-000000000001';

describe('anonymity in groups answering individually (production mode)', () => {
  let connector: ConnectorService;
  let entra: Awaited<ReturnType<typeof fakeEntra>>;
  let bot: RunningBot;
  let stores: RoundStores;
  let api: ReturnType<typeof apiClient>;
  let roundId: string;
  let individual: string;
  let together: string;
  let textIndex: number;

  beforeEach(async () => {
    connector = await ConnectorService.start();
    entra = await fakeEntra();
    bot = await startBot(productionSettings([coordinator]), {
      startWorker: false,
      tabSigningKeys: entra.keys,
      themeDebounceMs: 60_000,
    });
    stores = createRoundStores(bot.storage);
    api = apiClient(bot.url);
    // Group 0 answers individually (members oid-0-0 … oid-0-3, "Chef 0.0" …), group 1 together.
    ({
      roundId,
      groupIds: [individual = '', together = ''],
    } = await launchedRound(stores, connector, { groups: 2, individual: 1, membersEach: 4 }));
    textIndex = 0;
    await answer(together, 'oid-1-x', [1, 2, 3, 4]);
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  async function answer(groupId: string, authorId: string, questions: number[]): Promise<void> {
    for (const question of questions) {
      await stores.responses.record({
        roundId,
        groupId,
        questionNumber: question,
        author: { id: authorId, name: `Namn ${authorId}` },
        text: texts[textIndex++] ?? 'svar',
        source: 'card',
        sourceKey: responseSourceKey({ kind: 'card', personId: authorId, questionNumber: question }),
        createdAt: new Date('2026-10-05T10:00:00Z'),
        updatedAt: new Date('2026-10-05T10:00:00Z'),
        withdrawnAt: null,
      });
    }
  }

  /** The coordinator's view of both groups, beside the round-wide themes. */
  const bothGroups = () => `?group=${encodeURIComponent(individual)}&group=${encodeURIComponent(together)}`;

  async function themes(
    oid = coordinator,
    query = bothGroups(),
  ): Promise<{ status: number; body: RoundThemesView }> {
    return api.get<RoundThemesView>(`/api/rounds/${roundId}/themes${query}`, await entra.token({ oid }));
  }

  function scope(view: RoundThemesView, name: string): ScopeThemes | undefined {
    return view.scopes.find((entry) => entry.scope === name);
  }

  it('hides a group’s themes while fewer than 3 people have answered, and shows them at 3', async () => {
    await answer(individual, 'oid-0-0', [1, 2]);
    await answer(individual, 'oid-0-1', [1, 2]);
    await bot.themeUpdater.recompute(roundId);

    const two = (await themes()).body;
    expect(scope(two, `group|${individual}`)).toEqual({
      scope: `group|${individual}`,
      visible: false,
      people: 2,
      threshold: 3,
    });
    expect(scope(two, `group|${individual}|question|1`)).toMatchObject({ visible: false, people: 2 });
    // Scopes mixing groups, and a group answering together, always show.
    expect(scope(two, 'round')).toMatchObject({ visible: true });
    expect(scope(two, 'question|1')).toMatchObject({ visible: true });
    expect(scope(two, `group|${together}`)).toMatchObject({ visible: true });

    await answer(individual, 'oid-0-2', [1]);
    await bot.themeUpdater.recompute(roundId);

    const three = (await themes()).body;
    expect(scope(three, `group|${individual}`)).toMatchObject({ visible: true, answerCount: 5 });
    expect(scope(three, `group|${individual}|question|1`)).toMatchObject({ visible: true, answerCount: 3 });
    // Only two people answered question 2.
    expect(scope(three, `group|${individual}|question|2`)).toMatchObject({ visible: false, people: 2 });
    const shown = JSON.stringify(three);
    expect(shown).not.toMatch(/Namn oid|oid-0-|oid-1-x|card:/);
  });

  it('hides them again when an answer is withdrawn, before the themes are recomputed', async () => {
    for (const person of ['oid-0-0', 'oid-0-1', 'oid-0-2']) await answer(individual, person, [1]);
    await bot.themeUpdater.recompute(roundId);
    expect(scope((await themes()).body, `group|${individual}`)).toMatchObject({ visible: true });

    const [withdrawn] = (await stores.responses.forRound(roundId)).filter(
      (stored) => stored.value.author.id === 'oid-0-2',
    );
    if (!withdrawn) throw new Error('no answer to withdraw');
    await stores.responses.replace(
      { ...withdrawn.value, withdrawnAt: new Date('2026-10-06T10:00:00Z') },
      withdrawn.etag,
    );

    expect(scope((await themes()).body, `group|${individual}`)).toMatchObject({ visible: false, people: 2 });
  });

  it('follows the round’s own threshold', async () => {
    const stored = await stores.rounds.get(roundId);
    await stores.rounds.update({ ...stored.value, anonymityThreshold: 2 }, stored.etag);
    await answer(individual, 'oid-0-0', [1]);
    await answer(individual, 'oid-0-1', [1]);
    await bot.themeUpdater.recompute(roundId);

    expect(scope((await themes()).body, `group|${individual}`)).toMatchObject({ visible: true });
  });

  it('lets a member of the group see its status and themes, themselves among its people, and nothing else', async () => {
    await answer(individual, 'oid-0-0', [1, 2]);
    await answer(individual, 'oid-0-1', [1]);
    await bot.themeUpdater.recompute(roundId);
    const member = await entra.token({ oid: 'oid-0-0', name: 'Chef 0.0' });

    const me = await api.get(`/api/me`, member);
    expect(me.body).toMatchObject({ roles: ['member'], groups: [individual] });
    const status = await api.get<RoundStatusView>(`/api/rounds/${roundId}/status`, member);
    expect(status.status).toBe(200);
    expect(status.body.round.progress).toEqual({ answered: 0, targeted: 4, unit: 'people' });
    expect(status.body.groups).toEqual([
      expect.objectContaining({
        groupId: individual,
        mode: 'individual',
        answeredPerQuestion: [2, 1, 0, 0],
        people: [{ id: 'oid-0-0', name: 'Chef 0.0', answeredQuestions: [1, 2] }],
      }),
    ]);
    const own = await themes('oid-0-0', '');
    expect(own.body.scopes.map((entry) => entry.scope)).toEqual([
      `group|${individual}`,
      ...[1, 2, 3, 4].map((n) => `group|${individual}|question|${n}`),
    ]);
    expect(own.body.scopes.every((entry) => !entry.visible)).toBe(true);

    const other = `?group=${encodeURIComponent(together)}`;
    expect((await api.get(`/api/rounds/${roundId}/status${other}`, member)).status).toBe(403);
    expect((await themes('oid-0-0', other)).status).toBe(403);

    const coordinatorView = await api.get<RoundStatusView>(
      `/api/rounds/${roundId}/status`,
      await entra.token({ oid: coordinator }),
    );
    expect(coordinatorView.body.groups[0]?.people).toHaveLength(4);
  });
});
