import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { iconProblems, iconRules } from '../icons';

/**
 * Renders icons/color.svg and icons/outline.svg to manifest/color.png and manifest/outline.png with
 * the system Chromium (`npx tsx manifest/icons/render.ts`). Run it after changing an SVG.
 */
async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const rendered = {
      color: await render(browser, 'color'),
      outline: await render(browser, 'outline'),
    };
    const problems = iconProblems(rendered);
    if (problems.length > 0)
      throw new Error(`The rendered icons break Teams' rules:\n${problems.join('\n')}`);
    for (const kind of ['color', 'outline'] as const) {
      const target = join(__dirname, '..', `${kind}.png`);
      await writeFile(target, rendered[kind]);
      process.stdout.write(`${target}\n`);
    }
  } finally {
    await browser.close();
  }
}

async function render(
  browser: import('playwright-core').Browser,
  kind: 'color' | 'outline',
): Promise<Buffer> {
  const { width, height } = iconRules[kind];
  const svg = await readFile(join(__dirname, `${kind}.svg`), 'utf8');
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    // omitBackground keeps the page transparent, which the outline icon needs around its shape.
    return await page.screenshot({ clip: { x: 0, y: 0, width, height }, omitBackground: true });
  } finally {
    await page.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
