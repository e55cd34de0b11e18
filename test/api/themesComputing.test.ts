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

  it('says they are being computed, computes them apart from the request, and then shows them', async () => {
    const stores = roundStores(bot.storage);
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 2 });
    const texts = [
      'Tydligare beslutsvägar',
      'Snabbare beslut i krisen',
      'Mer samverkan mellan förvaltningar',
    ];
    for (const [index, text] of [...texts, ...texts, ...texts].entries()) {
      const person = `oid-${index}`;
      await stores.responses.record({
        roundId,
        groupId: groupIds[index % 2] as string,
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
    for (const [index, text] of ['Tydligare beslutsvägar', 'Snabbare beslut', 'Beslut i krisen'].entries()) {
      const person = `oid-old-${index}`;
      await stores.responses.record({
        roundId,
        groupId: groupIds[0] as string,
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

    const deadline = Date.now() + 10_000;
    while (
      (await themes.get(roundId, 'round'))?.engineVersion !== themeEngineVersion &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const later = await api.get<RoundThemesView>(`/api/rounds/${roundId}/themes`, token);
    expect(later.body.computing).toBe(false);
    expect((await themes.get(roundId, 'round'))?.engineVersion).toBe(themeEngineVersion);
  });
});
