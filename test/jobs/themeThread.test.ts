import { swedishLexicon } from '../../bot/jobs/swedishLexicon';
import { createThemeThread, type ThemeThread, ThemeThreadError } from '../../bot/jobs/themeThread';
import { findThemes } from '../../bot/themes/findThemes';
import type { ThemeInput } from '../../bot/themes/types';
import { syntheticAnswers } from '../bench/themes';
import { labelledSet } from '../support/labelledSets';

const devSet = labelledSet('lessons-sv.jsonl');

describe('the themes thread', () => {
  let thread: ThemeThread;
  beforeEach(() => {
    thread = createThemeThread();
  });
  afterEach(async () => {
    await thread.close();
  });

  it('gives the themes the engine gives in the main thread', async () => {
    expect(await thread.find(devSet)).toEqual(findThemes(devSet, { lexicon: swedishLexicon() }));
  });

  it('keeps the event loop free while a large round is computed', async () => {
    await thread.find(devSet.slice(0, 20)); // the thread and its word list are ready
    const inputs = syntheticAnswers(30_000, 3);
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const result = await thread.find(inputs);
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(result.themes.length).toBeGreaterThan(0);
    // The computation is long enough that running it here would have stopped the ticker for it all.
    expect(took).toBeGreaterThan(400);
    expect(longestGap).toBeLessThan(Math.min(250, took / 2));
  });

  it('refuses a request the engine cannot answer, and answers the next one', async () => {
    await expect(thread.find(null as unknown as ThemeInput[])).rejects.toBeInstanceOf(ThemeThreadError);
    expect((await thread.find(devSet.slice(0, 30))).themes.length).toBeGreaterThan(0);
  });

  it('refuses what it still holds when closed', async () => {
    const held = thread.find(syntheticAnswers(20_000, 4));
    await thread.close();
    await expect(held).rejects.toBeInstanceOf(ThemeThreadError);
  });
});
