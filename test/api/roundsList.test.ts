import type { RoundSummary } from '../../bot/api/contract';
import { createRoundDraft } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';

const now = new Date('2026-12-04T12:00:00Z');
const day = 86_400_000;

describe('GET /api/rounds over many rounds', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({}, { now: () => now, startWorker: false });
  });

  afterAll(async () => {
    await bot.close();
  });

  it('lists drafts in progress to a coordinator, but not drafts untouched for 30 days', async () => {
    const stores = createRoundStores(bot.storage);
    const draft = (id: string, daysAgo: number) =>
      createRoundDraft(defaultRoundTemplate('sv'), {
        id,
        locale: 'sv',
        createdBy: { id: demo.karin, name: 'Karin Lindqvist' },
        now: new Date(now.getTime() - daysAgo * day),
      });
    await stores.rounds.create(draft('draft-fresh', 2));
    await stores.rounds.create(draft('draft-stale', 31));
    await stores.targets.replace('draft-fresh', [
      { roundId: 'draft-fresh', groupId: '19:a@thread.tacv2', mode: 'together', members: [] },
      { roundId: 'draft-fresh', groupId: '19:b@thread.tacv2', mode: 'together', members: [] },
    ]);

    const { status, body } = await apiClient(bot.url).get<{ rounds: RoundSummary[] }>(
      '/api/rounds',
      await devToken(bot.url, demo.karin),
    );

    expect(status).toBe(200);
    expect(body.rounds.map((round) => [round.id, round.progress])).toEqual([
      ['draft-fresh', { answered: 0, targeted: 2, unit: 'groups' }],
    ]);
  });
});
