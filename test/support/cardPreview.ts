import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { helpCard } from '../../bot/cards/helpCard';
import { promptCard } from '../../bot/cards/promptCard';
import type { AnswerMode } from '../../bot/domain/group';
import { roundContent } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { launchChromium } from './browser';
import {
  type TeamsTheme,
  teamsButtonCss,
  teamsHostConfig,
  teamsPalette,
  teamsThemes,
} from './teamsHostConfigs';

/**
 * Draws Adaptive Cards in headless Chromium with the reference renderer and Teams-like host
 * configs, to look at them (`npm run cards:preview`) and to test their layout.
 */

/**
 * What the callbacks given to `page.evaluate` use of the browser. They run in Chromium, but are
 * compiled with the rest of the project, which has no DOM library (the bot never runs in a page).
 */
type InPage = {
  AdaptiveCards: typeof import('adaptivecards');
  document: { getElementById(id: string): InPageElement | null };
};
type InPageElement = {
  tagName: string;
  className: string;
  textContent: string | null;
  offsetParent: unknown;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { right: number };
  querySelectorAll(selector: string): Iterable<InPageElement>;
  appendChild(child: unknown): void;
};

/** A Teams message on a desktop, and on a phone (a 360 px screen less the chat's margins). */
export const previewWidths = { desktop: 540, mobile: 320 } as const;

/** Around the card, so a screenshot shows its edge against the chat behind it. */
const margin = 12;

/** Debian's Chromium, never a downloaded one (CI installs it with apt), with the tab tests' flags. */
export const launchPreviewBrowser: () => Promise<Browser> = launchChromium;

/** A page that shows `card` as Teams would at `width`, in `theme`. Close it when done. */
export async function openCard(
  browser: Browser,
  card: object,
  options: { theme: TeamsTheme; width: number },
): Promise<Page> {
  const palette = teamsPalette(options.theme);
  const page = await browser.newPage({
    viewport: { width: options.width + 2 * margin, height: 600 },
    deviceScaleFactor: 1,
  });
  // Nothing leaves the machine: a card that needs the network would show as broken here.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
      body { margin: 0; padding: ${margin}px; background: ${palette.page}; }
      #card { width: ${options.width}px; box-sizing: border-box; border-radius: 4px;
              border: 1px solid ${palette.border}; overflow: hidden; }
      ${teamsButtonCss(options.theme)}
    </style></head><body><div id="card"></div></body></html>`,
  );
  await page.addScriptTag({ content: await rendererSource() });
  const problem = await page.evaluate(
    ({ json, hostConfig }) => {
      const { AdaptiveCards, document } = globalThis as unknown as InPage;
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
      adaptiveCard.parse(json);
      const element = adaptiveCard.render();
      if (!element) return 'the renderer drew nothing';
      document.getElementById('card')?.appendChild(element);
      return null;
    },
    { json: card, hostConfig: teamsHostConfig(options.theme) },
  );
  if (problem) throw new Error(problem);
  return page;
}

export async function screenshotCard(page: Page): Promise<Buffer> {
  // The body, not only #card, so the chat background frames the bubble.
  return page.locator('body').screenshot({ animations: 'disabled' });
}

/** Elements whose right edge sticks out past the card, described for a test failure message. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const card = (globalThis as unknown as InPage).document.getElementById('card');
    if (!card) return ['no card'];
    const limit = card.getBoundingClientRect().right;
    return (
      [...card.querySelectorAll('*')]
        // Hidden elements (the collapsed notes) have no box to overflow with.
        .filter((element) => element.offsetParent !== null)
        .filter(
          (element) =>
            element.getBoundingClientRect().right > limit + 0.5 ||
            element.scrollWidth > element.clientWidth + 1,
        )
        .map(
          (element) =>
            `${element.tagName}.${element.className} "${(element.textContent ?? '').slice(0, 40)}"`,
        )
    );
  });
}

let renderer: Promise<string> | undefined;

/** The renderer's browser bundle, read from node_modules rather than fetched from a CDN. */
function rendererSource(): Promise<string> {
  renderer ??= readFile(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
  return renderer;
}

/** The default round as Psykiatri Halland receives it, due Friday 16 October 2026 at 17.00. */
export function samplePromptCard(mode: AnswerMode): object {
  return promptCard(
    { ...roundContent(defaultRoundTemplate('sv')), deadline: new Date('2026-10-16T15:00:00Z') },
    { locale: 'sv', mode, groupName: 'Psykiatri Halland', now: new Date('2026-10-01T08:00:00Z') },
  );
}

/** Writes PNGs of the prompt and help cards in every theme and width to .data/card-previews/. */
async function writePreviews(): Promise<void> {
  const directory = join(__dirname, '..', '..', '.data', 'card-previews');
  await mkdir(directory, { recursive: true });
  const browser = await launchPreviewBrowser();
  const written: string[] = [];
  const save = async (name: string, page: Page): Promise<void> => {
    const overflow = await overflowingElements(page);
    if (overflow.length > 0)
      process.stderr.write(`${name}: overflows the card:\n  ${overflow.join('\n  ')}\n`);
    const path = join(directory, `${name}.png`);
    await writeFile(path, await screenshotCard(page));
    written.push(path);
  };
  try {
    for (const theme of teamsThemes) {
      for (const width of Object.values(previewWidths)) {
        for (const mode of ['together', 'individual'] as const) {
          const page = await openCard(browser, samplePromptCard(mode), { theme, width });
          await save(`prompt-${mode}-${theme}-${width}px-collapsed`, page);
          await page.getByRole('button', { name: 'Visa avgränsningar' }).click();
          await save(`prompt-${mode}-${theme}-${width}px-expanded`, page);
          await page.close();
        }
        const page = await openCard(browser, helpCard('sv'), { theme, width });
        await save(`help-${theme}-${width}px`, page);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`${written.join('\n')}\n`);
}

if (require.main === module) {
  writePreviews().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
