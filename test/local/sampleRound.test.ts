import { join } from 'node:path';
import { roundSummary } from '../../bot/api/roundSummary';
import { statusCard } from '../../bot/cards/statusCard';
import { createRoundDraft, type Round } from '../../bot/domain/round';
import { roundProgress } from '../../bot/domain/roundProgress';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { sampleRoundId } from '../../bot/domain/sampleRound';
import { ThemeUpdater } from '../../bot/jobs/themeUpdater';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createLogger } from '../../bot/logging/createLogger';
import { ThemeRepository } from '../../bot/storage/themeRepository';
import { findThemes, themeEngineVersion } from '../../bot/themes/findThemes';
import type { ThemeResult } from '../../bot/themes/types';
import { groupNameLookup, listGroups } from '../../bot/usecases/groupDirectory';
import { listRounds } from '../../bot/usecases/listRounds';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { roundStatus } from '../../bot/usecases/roundStatus';
import { createTestStorage } from '../support/storage';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');

describe('the sample round npm start loads', () => {
  it('stores the closed pandemic round with every answer of the development set, once', async () => {
    const storage = await createTestStorage();
    const stores = createRoundStores(storage);

    expect(await loadSampleRound(stores, answers)).toBe(true);
    expect(await loadSampleRound(stores, answers)).toBe(false);

    const { value: round } = await stores.rounds.get(sampleRoundId);
    expect(round.state).toBe('closed');
    expect(round.title).toBe('Exempelrunda: Samlade lärdomar – hur arbetar vi/har arbetat under pandemin');
    expect(await stores.responses.forRound(sampleRoundId)).toHaveLength(333);
    const names = await groupNameLookup(stores, 'sv');
    const targets = await stores.targets.list(sampleRoundId);
    expect(targets.map((target) => names(target.groupId))).toContain('Psykiatri Halland');
    // The made-up teams cannot be asked again.
    expect(await listGroups(stores, 'sv')).toEqual([]);
  }, 60_000);

  it('reads as a round that was sent and closed, with the same progress in chat and tab', async () => {
    const storage = await createTestStorage();
    const stores = createRoundStores(storage);
    await loadSampleRound(stores, answers);

    const status = await roundStatus(stores, sampleRoundId);
    const card = JSON.stringify(
      statusCard([status], { locale: 'sv', now: new Date('2026-12-01T08:00:00Z') }),
    );
    expect(card).not.toContain('Utkast');
    expect(card).not.toContain('ännu');
    expect(card).toContain('Inga påminnelser skickades');
    expect(status.groups.every((group) => group.delivery.sent === 1 && group.delivery.total === 1)).toBe(
      true,
    );

    const progress = roundProgress(status.groups, false);
    expect(progress.targeted).toBe(status.groups.length);
    const [listed] = await listRounds(stores, {
      now: new Date('2026-12-01T08:00:00Z'),
      includeDrafts: false,
      answers: (roundId) => stores.responses.forRound(roundId),
    });
    expect(roundSummary(listed?.round as Round, listed?.progress ?? [], false).progress).toEqual(progress);
    expect(card).toContain(`${progress.answered} av ${progress.targeted} grupper har svarat på alla frågor`);
  }, 60_000);

  it('leaves a store that already has rounds alone', async () => {
    const storage = await createTestStorage();
    const stores = createRoundStores(storage);
    await stores.rounds.create(
      createRoundDraft(defaultRoundTemplate('sv'), {
        id: 'a-real-round',
        locale: 'sv',
        createdBy: { id: 'oid-karin', name: 'Karin' },
        now: new Date('2026-11-01T08:00:00Z'),
      }),
    );

    expect(await loadSampleRound(stores, answers)).toBe(false);
    expect((await stores.rounds.list()).map((round) => round.value.id)).toEqual(['a-real-round']);
  });

  it('gives themes for the tab right away', async () => {
    const storage = await createTestStorage();
    const stores = createRoundStores(storage);
    await loadSampleRound(stores, answers);
    const themes = new ThemeRepository(storage);
    const updater = new ThemeUpdater({
      ...stores,
      themes,
      engine: { version: themeEngineVersion, find: (inputs) => findThemes(inputs) },
      logger: createLogger('silent'),
      now: () => new Date('2026-11-25T10:00:00Z'),
    });

    // The round, 4 questions, 12 groups and each group's 4 questions.
    expect(await updater.recompute(sampleRoundId)).toBe(1 + 4 + 12 + 12 * 4);
    const round = JSON.parse((await themes.get(sampleRoundId, 'round'))?.result ?? '{}') as ThemeResult;
    expect(round.themes.length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
