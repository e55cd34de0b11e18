import { join } from 'node:path';
import type { RoundSummary } from '../../bot/api/contract';
import { sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { ThemeRepository } from '../../bot/storage/themeRepository';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { type RunningBot, startBot } from '../support/runningBot';
import { apiClient, demo, devToken } from './apiClient';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');

describe('removing the sample round through the tab API', () => {
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;

  beforeEach(async () => {
    bot = await startBot({}, { startWorker: false });
    api = apiClient(bot.url);
    await loadSampleRound(createRoundStores(bot.storage), answers);
    await bot.themeUpdater.recompute(sampleRoundId);
  }, 60_000);

  afterEach(async () => {
    await bot.close();
  });

  it('lets a coordinator remove it with its answers and themes, once', async () => {
    const karin = await devToken(bot.url, demo.karin);
    const listed = await api.get<{ rounds: RoundSummary[] }>('/api/rounds', karin);
    expect(listed.body.rounds.map((round) => [round.title.startsWith('Exempelrunda: '), round.demo])).toEqual(
      [[true, true]],
    );

    const removed = await api.post(`/api/rounds/${sampleRoundId}/remove`, {}, karin);

    expect(removed).toMatchObject({
      status: 200,
      body: { ok: true, message: 'Exempelrundan är borttagen.' },
    });
    expect((await api.get<{ rounds: RoundSummary[] }>('/api/rounds', karin)).body.rounds).toEqual([]);
    expect(await createRoundStores(bot.storage).responses.forRound(sampleRoundId)).toEqual([]);
    expect(await new ThemeRepository(bot.storage).forRound(sampleRoundId)).toEqual([]);
    expect((await api.post(`/api/rounds/${sampleRoundId}/remove`, {}, karin)).status).toBe(404);
  }, 60_000);

  it('refuses anyone but a coordinator, and any round but the sample', async () => {
    const lena = await devToken(bot.url, demo.lena);
    expect((await api.post(`/api/rounds/${sampleRoundId}/remove`, {}, lena)).status).toBe(403);
    const karin = await devToken(bot.url, demo.karin);
    expect((await api.post('/api/rounds/some-real-round/remove', {}, karin)).status).toBe(409);
    expect((await api.get<{ rounds: RoundSummary[] }>('/api/rounds', karin)).body.rounds).toHaveLength(1);
  }, 60_000);
});
