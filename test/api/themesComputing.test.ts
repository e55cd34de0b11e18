import { randomUUID } from 'node:crypto';
import type { RoundThemesView } from '../../bot/api/contract';
import { responseSourceKey } from '../../bot/domain/response';
import { ThemeRepository } from '../../bot/storage/themeRepository';
import { themeEngineVersion } from '../../bot/themes/findThemes';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';

const during = new Date('2026-10-05T10:00:00Z');

/**
 * A themes GET answers from what is stored. Themes not computed yet are asked for, and the answer
 * says they are on their way, so a large round's first look never waits for the engine.
 */
describe('themes not computed yet', () => {
  let bot: RunningBot;
  let connector: ConnectorService;

  beforeAll(async () => {
    connector = await ConnectorService.start();
    // Answers stored behind the service's back start no recompute: only the GET can ask.
    bot = await startBot({}, { now: () => during, startWorker: false, themeDebounceMs: 600_000 });
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  /** Stored behind the service's back, one person each, so nothing starts a recompute. */
  async function recordAnswers(answers: { text: string; groupId: string }[], roundId: string) {
    const stores = roundStores(bot.storage);
    for (const { text, groupId } of answers) {
      const person = `oid-${randomUUID()}`;
      await stores.responses.record({
        roundId,
        groupId,
        questionNumber: 1,
        author: { id: person, name: person },
        text,
        source: 'card',
        sourceKey: responseSourceKey({ kind: 'card', personId: person, questionNumber: 1 }),
        createdAt: during,
        updatedAt: during,
        withdrawnAt: null,
      });
    }
  }

  it('says they are being computed, computes them apart from the request, and then shows them', async () => {
    const stores = roundStores(bot.storage);
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 2 });
    const texts = [
      'Tydligare beslutsvägar',
      'Snabbare beslut i krisen',
      'Mer samverkan mellan förvaltningar',
    ];
    await recordAnswers(
      [...texts, ...texts, ...texts].map((text, index) => ({ text, groupId: groupIds[index % 2] as string })),
      roundId,
    );
    const api = apiClient(bot.url);
    const token = await devToken(bot.url, demo.karin);

    const first = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    expect(first.status).toBe(200);
    expect(first.body.computing).toBe(true);
    expect(first.body.scopes).toEqual([]);

    const themes = new ThemeRepository(bot.storage);
    const deadline = Date.now() + 10_000;
    while (!(await themes.get(roundId, 'round')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await bot.themeUpdater.stop();
    const later = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    expect(later.body.computing).toBe(false);
    expect(later.body.scopes.find((scope) => scope.scope === 'round')).toMatchObject({
      visible: true,
      answerCount: 9,
    });
  });

  it('asks again for themes an earlier engine computed, and shows those until then', async () => {
    const stores = roundStores(bot.storage);
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 1 });
    await recordAnswers(
      ['Tydligare beslutsvägar', 'Snabbare beslut', 'Beslut i krisen'].map((text) => ({
        text,
        groupId: groupIds[0] as string,
      })),
      roundId,
    );
    const themes = new ThemeRepository(bot.storage);
    const old = { themes: [], assignments: {} };
    for (const scope of ['round', 'question|1', `group|${groupIds[0]}`, `group|${groupIds[0]}|question|1`]) {
      await themes.save({
        roundId,
        scope,
        engineVersion: 'lsa-kmeans-2',
        inputHash: 'from-the-earlier-engine',
        answerCount: 3,
        computedAt: during,
        result: JSON.stringify(old),
      });
    }
    const api = apiClient(bot.url);
    const token = await devToken(bot.url, demo.karin);

    const first = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    expect(first.body.computing).toBe(true);
    expect(first.body.scopes.find((scope) => scope.scope === 'round')).toBeDefined();

    // Every scope of the round is computed again; until the last one lands the answer says so.
    const deadline = Date.now() + 15_000;
    let later = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    while (later.body.computing && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      later = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    }
    expect(later.body.computing).toBe(false);
    expect((await themes.get(roundId, 'round'))?.engineVersion).toBe(themeEngineVersion);
  });
});
