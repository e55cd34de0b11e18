/**
 * Debian's Chromium, driven by playwright-core, for the tab's browser tests: nothing downloads a
 * browser. Screenshots go to .data/test-artifacts/tab/ and are kept as the run's artifacts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

export const artifactsDir = join(__dirname, '..', '..', '.data', 'test-artifacts', 'tab');

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Accessibility problems axe rates serious or critical, as "rule: target" lines. */
export async function seriousAxeViolations(page: Page, frame?: string): Promise<string[]> {
  // Fluent's focus management (tabster) inserts aria-hidden focus sentinels that hand focus on at
  // once; axe reads them as aria-hidden-focus. A known false positive (microsoft/tabster#288).
  // Inside a frame, the selector is given with the frame's (axe's frame path).
  let builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  if (frame) builder = builder.exclude([frame, '[data-tabster-dummy]']);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/**
 * A page as a Swedish leader's browser opens it: Swedish locale and Stockholm time. Its own
 * context: axe needs one, and each person gets their own session storage.
 */
export async function swedishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return context.newPage();
}
