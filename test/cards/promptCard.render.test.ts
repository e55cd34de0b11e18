import type { Browser } from 'playwright-core';
import {
  launchPreviewBrowser,
  openCard,
  overflowingElements,
  previewWidths,
  samplePromptCard,
} from '../support/cardPreview';
import { teamsThemes } from '../support/teamsHostConfigs';

/**
 * The prompt card drawn by the reference renderer in Chromium, on a phone-wide message, in each of
 * Teams' themes. Chromium is required: CI installs it, so a missing browser fails the test.
 */
describe('the prompt card in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchPreviewBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(teamsThemes)(
    'fits a phone and shows the out-of-scope notes on request (%s theme)',
    async (theme) => {
      const page = await openCard(browser, samplePromptCard('individual'), {
        theme,
        width: previewWidths.mobile,
      });
      try {
        const note = page.getByText('Sommarbemanningen – utvärderas separat.');
        await expect(note.isVisible()).resolves.toBe(false);
        await expect(page.getByText('Vad har varit mest avgörande?').isVisible()).resolves.toBe(true);
        expect(await overflowingElements(page)).toEqual([]);

        await page.getByRole('button', { name: 'Visa avgränsningar' }).click();

        await expect(note.isVisible()).resolves.toBe(true);
        expect(await overflowingElements(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('notices a card that is wider than a phone', async () => {
    const tooWide = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', width: '400px', items: [{ type: 'TextBlock', text: 'Bred', wrap: true }] },
          ],
        },
        { type: 'TextBlock', text: 'En rad som inte får bryta och därför sticker ut ur kortet åt höger' },
      ],
    };
    const page = await openCard(browser, tooWide, { theme: 'light', width: previewWidths.mobile });
    try {
      const overflow = await overflowingElements(page);

      expect(overflow.join('\n')).toMatch(/Bred/);
      expect(overflow.join('\n')).toMatch(/En rad som inte får bryta/);
    } finally {
      await page.close();
    }
  });
});
