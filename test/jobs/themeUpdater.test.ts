import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { responseSourceKey } from '../../bot/domain/response';
import { ThemeUpdater } from '../../bot/jobs/themeUpdater';
import { createLogger } from '../../bot/logging/createLogger';
import { ThemeRepository } from '../../bot/storage/themeRepository';
import { findThemes, themeEngineVersion } from '../../bot/themes/findThemes';
import type { ThemeResult } from '../../bot/themes/types';
import type { RoundStores } from '../../bot/usecases/roundServices';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { createTestStorage } from '../support/storage';

const answers = readFileSync(join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 90)
  .map((line) => JSON.parse(line) as { id: string; text: string; question: number });

describe('keeping themes current, on Azurite', () => {
  let connector: ConnectorService;
  let stores: RoundStores;
  let themes: ThemeRepository;
  let roundId: string;
  let groupIds: string[];
  let runs: number;

  const updater = (version = themeEngineVersion, debounceMs = 5000) =>
    new ThemeUpdater({
      rounds: stores.rounds,
      targets: stores.targets,
      responses: stores.responses,
      themes,
      engine: {
        version,
        find: (inputs) => {
          runs += 1;
          return findThemes(inputs);
        },
      },
      logger: createLogger('silent'),
      now: () => new Date('2026-10-10T10:00:00Z'),
      debounceMs,
    });

  beforeEach(async () => {
    connector = await ConnectorService.start();
    const storage = await createTestStorage();
    stores = roundStores(storage);
    themes = new ThemeRepository(storage);
    ({ roundId, groupIds } = await launchedRound(stores, connector, { groups: 3 }));
    runs = 0;
    for (const [index, answer] of answers.entries()) {
      await stores.responses.record({
        roundId,
        groupId: groupIds[index % 3] as string,
        questionNumber: answer.question,
        author: { id: `oid-${index}`, name: `Chef ${index}` },
        text: answer.text,
        source: 'card',
        sourceKey: responseSourceKey({
          kind: 'card',
          personId: `oid-${index}`,
          questionNumber: answer.question,
        }),
        createdAt: new Date('2026-10-05T10:00:00Z'),
        updatedAt: new Date('2026-10-05T10:00:00Z'),
        withdrawnAt: null,
      });
    }
  });

  afterEach(async () => {
    await connector.close();
  });

  it('stores themes for the round, each question, each group and each question within a group', async () => {
    // The round, its 4 questions, 3 groups, and 3 × 4 group questions.
    expect(await updater().recompute(roundId)).toBe(1 + 4 + 3 + 3 * 4);

    const stored = await themes.forRound(roundId);
    expect(stored.map((entry) => entry.scope).sort()).toEqual(
      [
        'round',
        'question|1',
        'question|2',
        'question|3',
        'question|4',
        ...groupIds.flatMap((id) => [`group|${id}`, ...[1, 2, 3, 4].map((n) => `group|${id}|question|${n}`)]),
      ].sort(),
    );
    const round = stored.find((entry) => entry.scope === 'round');
    expect(round?.answerCount).toBe(90);
    expect(round?.engineVersion).toBe(themeEngineVersion);
    const result = JSON.parse(round?.result ?? '{}') as ThemeResult;
    expect(result.themes.length).toBeGreaterThan(1);
    expect(Object.keys(result.assignments)).toHaveLength(90);
    const questionOne = stored.find((entry) => entry.scope === 'question|1');
    expect(questionOne?.answerCount).toBe(answers.filter((answer) => answer.question === 1).length);
    const firstGroupQuestionOne = stored.find((entry) => entry.scope === `group|${groupIds[0]}|question|1`);
    expect(firstGroupQuestionOne?.answerCount).toBe(
      answers.filter((answer, index) => index % 3 === 0 && answer.question === 1).length,
    );
  });

  it('recomputes only the scopes whose answers changed', async () => {
    await updater().recompute(roundId);
    runs = 0;
    expect(await updater().recompute(roundId)).toBe(0);
    expect(runs).toBe(0);

    const [withdrawn] = await stores.responses.forRound(roundId);
    if (!withdrawn) throw new Error('no answers stored');
    await stores.responses.replace(
      { ...withdrawn.value, withdrawnAt: new Date('2026-10-06T10:00:00Z') },
      withdrawn.etag,
    );

    // The round, the answer's question, its group and that question within the group.
    expect(await updater().recompute(roundId)).toBe(4);
    const round = await themes.get(roundId, 'round');
    expect(round?.answerCount).toBe(89);
  });

  it('recomputes everything for a new engine version', async () => {
    await updater().recompute(roundId);
    expect(await updater('next-version').recompute(roundId)).toBe(20);
  });

  it('recomputes once after a burst of answers has settled', async () => {
    const debounced = updater(themeEngineVersion, 100);
    for (let i = 0; i < 5; i++) debounced.answersChanged(roundId);
    expect(await themes.get(roundId, 'round')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await debounced.stop();
    expect((await themes.get(roundId, 'round'))?.answerCount).toBe(90);
    expect(runs).toBe(20);
  });

  it('keeps a result larger than one table property whole', async () => {
    // Random Swedish text does not compress, so the stored form spans several properties.
    let seed = 7;
    const letters = 'abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ';
    const noise = Array.from({ length: 200_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return letters[seed % letters.length];
    }).join('');
    const big = JSON.stringify({ themes: [], assignments: {}, padding: noise });
    await themes.save({
      roundId,
      scope: 'round',
      engineVersion: 'x',
      inputHash: 'h',
      answerCount: 1,
      computedAt: new Date('2026-10-10T10:00:00Z'),
      result: big,
    });
    const stored = await themes.get(roundId, 'round');
    expect(stored?.result.length).toBe(big.length);
    expect(stored?.result === big).toBe(true);
  });
});
