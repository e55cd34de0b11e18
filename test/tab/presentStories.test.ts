import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CompilationView } from '../../bot/api/contract';
import { sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { launchChromium, screenshot, seriousAxeViolations } from '../support/browser';
import { type RunningBot, startBot } from '../support/runningBot';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');
const during = new Date('2026-10-05T10:00:00Z');
/** The demo coordinator of local mode (bot/api/demoPeople.ts). */
const coordinator = '00000000-0000-0000-0000-0000000000020';
/** Long compounds, as in the issue: "Skyddsutrustni ng", "ledningsgrupp en". */
const questionTheme = {
  label: 'Skyddsutrustning och kompetensförsörjning i regionledningsgruppen',
  conclusion:
    'Skyddsutrustningen måste finnas i beredskapslager, och ledningsgruppen behöver en plan för kompetensförsörjningen.',
};
const roundTheme = {
  label: 'Sjukfrånvaron i krisledningsstaben',
  conclusion:
    'Krisledningsstaben behöver en bemanningsplan med ersättare, så att sjukfrånvaron inte stoppar beslutsfattandet.',
};

/**
 * The presentation as a leader shows it in a meeting, in Debian's Chromium against the real
 * service: on a 1280×720 stage and in a 320 px side panel. Large type must break a Swedish
 * compound only where a reader would, and a question's slide must say what each theme holds.
 */
describe('the presentation in a browser', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({}, { now: () => during, startWorker: false });
    await loadSampleRound(createRoundStores(bot.storage), answers);
    await bot.themeUpdater.recompute(sampleRoundId);
    await publishConcluded('question|1', questionTheme);
    await publishMerged('question|2', 6);
    await publishMerged('question|3', 5);
    await publishConcluded('round', roundTheme);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  /** A round-wide scope's compilation, corrected by the demo coordinator through the API. */
  async function compiling(scope: string) {
    const { token } = (await (await fetch(`${bot.url}/api/dev/token?user=${coordinator}`)).json()) as {
      token: string;
    };
    const call = async (path: string, body?: unknown): Promise<CompilationView> => {
      const response = await fetch(`${bot.url}/api/rounds/${sampleRoundId}/compilation${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(response.status).toBe(200);
      return (await response.json()) as CompilationView;
    };
    let draft = await call(`?scope=${encodeURIComponent(scope)}`);
    return {
      themes: () => draft.themes,
      edit: async (edit: Record<string, unknown>) => {
        draft = await call('/edit', { scope, version: draft.version, edit });
      },
      publish: () => call('/publish', { scope, version: draft.version }),
    };
  }

  /** Renames the scope's first theme, concludes it, marks it a lesson and publishes. */
  async function publishConcluded(scope: string, theme: { label: string; conclusion: string }) {
    const compilation = await compiling(scope);
    await compilation.edit({ kind: 'rename', themeId: compilation.themes()[0]?.id, label: theme.label });
    // A renamed theme is the compilation's own from then on, under an id of its own.
    const themeId = compilation.themes().find((compiled) => compiled.label === theme.label)?.id;
    await compilation.edit({ kind: 'conclude', themeId, conclusion: theme.conclusion });
    await compilation.edit({ kind: 'markLesson', themeId, lesson: true });
    await compilation.publish();
  }

  /** Merges the scope's smallest themes, so that it has as many as a question typically has. */
  async function publishMerged(scope: string, themes: number) {
    const compilation = await compiling(scope);
    const smallest = compilation.themes().slice(themes - 1);
    await compilation.edit({ kind: 'merge', themeIds: smallest.map((theme) => theme.id) });
    expect(compilation.themes()).toHaveLength(themes);
    await compilation.publish();
  }

  async function presenting(width: number, height: number): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    });
    const page = await context.newPage();
    await page.goto(`${bot.url}/tab/?theme=light&view=present&round=${sampleRoundId}`);
    await page.getByRole('heading', { name: 'Logga in lokalt' }).waitFor();
    await page.getByRole('button', { name: /Lena Berg/ }).click();
    await page.getByRole('region', { name: /^Bild 1 av/ }).waitFor();
    return page;
  }

  async function slideCount(page: Page): Promise<number> {
    const label = await page.getByRole('region', { name: /^Bild 1 av/ }).getAttribute('aria-label');
    return Number(/av (\d+)/.exec(label ?? '')?.[1] ?? 0);
  }

  for (const [width, height, place] of [
    [1280, 720, 'stage'],
    [320, 600, 'side panel'],
  ] as const) {
    it(`breaks words only at compound boundaries and lets none out of its box, in a ${place} (${width}×${height})`, async () => {
      const page = await presenting(width, height);
      const total = await slideCount(page);
      expect(total).toBeGreaterThan(4);
      const seen = new Set<string>();
      for (let number = 1; number <= total; number++) {
        const slide = page.getByRole('region', { name: new RegExp(`^Bild ${number} av`) });
        await slide.waitFor();
        // Fonts, fitting and line clamps settle within a frame or two.
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))');
        const problems = await layoutProblems(slide);
        expect({ slide: number, problems }).toEqual({ slide: number, problems: [] });
        const tiles = await slide.getByRole('listitem').count();
        const kind =
          tiles > 0
            ? `question-${tiles}-themes`
            : (await slide.getByText('Slutsats:').count()) > 0
              ? 'theme-concluded'
              : 'theme';
        if (!seen.has(kind)) {
          seen.add(kind);
          await screenshot(page, `present-${kind}-${width}x${height}`);
        }
        // A stage shows each slide whole; a side panel scrolls, as a phone's page does.
        if (width === 1280) {
          const fits = await slide.evaluate((element) => element.scrollHeight <= element.clientHeight);
          expect({ slide: number, fits }).toEqual({ slide: number, fits: true });
        }
        await page.keyboard.press('ArrowRight');
      }
      expect([...seen].sort()).toEqual([
        'question-5-themes',
        'question-6-themes',
        'question-8-themes',
        'theme',
        'theme-concluded',
      ]);
      await page.close();
    }, 120_000);
  }

  it('shows each theme of a question with its conclusion or its top quote, and a stage needs no scrolling', async () => {
    const page = await presenting(1280, 720);
    const slide = page.getByRole('region', { name: /^Bild 1 av/ });
    const tiles = slide.getByRole('listitem');
    await tiles.first().waitFor();
    const count = await tiles.count();
    expect(count).toBeGreaterThanOrEqual(5);

    // Soft hyphens are in the page's text, invisible until a line breaks at one.
    const texts = (await tiles.allTextContents()).map((text) => text.replaceAll('\u00ad', ''));
    const compiled = texts.findIndex((text) => text.startsWith(questionTheme.label));
    expect(texts[compiled]).toContain(`Slutsats: ${questionTheme.conclusion}`);
    expect(texts[compiled]).toContain('Lärdom');
    for (const [i, tile] of (await tiles.all()).entries()) {
      if (i !== compiled) await expect(tile.locator('blockquote').isVisible()).resolves.toBe(true);
    }
    const fits = await slide.evaluate((element) => element.scrollHeight <= element.clientHeight);
    expect(fits).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'present-question-compiled-1280x720');
    await page.close();
  }, 60_000);
});

/**
 * What a reader would call a layout fault on a slide: an element whose text runs out of its box,
 * or a word broken across lines anywhere but at a soft hyphen or a hyphen of its own.
 */
function layoutProblems(slide: Locator): Promise<string[]> {
  return slide.evaluate((element) => {
    const problems: string[] = [];
    for (const box of element.querySelectorAll('h2, h3, p, blockquote')) {
      if (box.scrollWidth > box.clientWidth + 1)
        problems.push(`overflows (${box.scrollWidth} > ${box.clientWidth}): ${box.textContent}`);
    }
    const document = element.ownerDocument;
    const showText = 4;
    const walker = document.createTreeWalker(element, showText);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text: string = node.textContent ?? '';
      let lineTop: number | null = null;
      let mayBreak = false;
      for (let i = 0; i < text.length; i++) {
        const char = text[i] ?? '';
        if (/\s/.test(char)) {
          lineTop = null;
          continue;
        }
        if (char === '\u00ad' || char === '-') mayBreak = true;
        if (char === '\u00ad') continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A range just after a line break also holds an empty box at the end of the line before.
        const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
        if (!rect) continue;
        if (lineTop !== null && rect.top > lineTop + rect.height / 2 && !mayBreak) {
          const start = text.lastIndexOf(' ', i) + 1;
          const end = text.indexOf(' ', i);
          problems.push(
            `breaks "${text.slice(start, end === -1 ? undefined : end).replaceAll('\u00ad', '|')}"`,
          );
        }
        lineTop = rect.top;
        if (char !== '-') mayBreak = false;
      }
    }
    return problems;
  });
}
