import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { launchChromium, screenshot, swedishPage } from '../support/browser';
import { type RunningBot, startBot } from '../support/runningBot';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');

describe('removing the sample round in the tab', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({}, { startWorker: false });
    await loadSampleRound(createRoundStores(bot.storage), answers);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('is offered to a coordinator, asks first, and leaves the helpful empty state', async () => {
    const page = await swedishPage(browser);
    await page.goto(`${bot.url}/tab/`);
    await page.getByRole('button', { name: /Karin Lindqvist/ }).click();
    await page.getByRole('heading', { name: /^Exempelrunda: / }).waitFor();

    await page.getByRole('button', { name: 'Ta bort exempelrundan' }).click();
    await page.getByRole('alertdialog', { name: 'Ta bort exempelrundan?' }).waitFor();
    await screenshot(page, 'coordinator-remove-sample');
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();

    await page.getByRole('heading', { name: 'Inga rundor än' }).waitFor();
    expect(await createRoundStores(bot.storage).responses.forRound(sampleRoundId)).toEqual([]);
    await page.close();
  }, 60_000);
});
