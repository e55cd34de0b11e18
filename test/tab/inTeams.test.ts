import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sampleGroupId, sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { demo, devToken } from '../api/apiClient';
import { launchChromium, screenshot, seriousAxeViolations, swedishPage } from '../support/browser';
import { type RunningBot, startBot } from '../support/runningBot';
import { openInTeamsHost } from '../support/teamsHost';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');

/**
 * The tab inside a pretend Teams client that speaks teams-js's own messages: the settings page of
 * the configurable tab, the meeting side panel's "Dela till mötet", and the theme following Teams.
 * Signed in by Teams SSO (getAuthToken), with a token the service checks as any other.
 */
describe('the tab in Teams', () => {
  let bot: RunningBot;
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    bot = await startBot({}, { startWorker: false });
    await loadSampleRound(createRoundStores(bot.storage), answers);
    await bot.themeUpdater.recompute(sampleRoundId);
    token = await devToken(bot.url, demo.karin);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('loads under its Content-Security-Policy with nothing refused, and passes axe', async () => {
    const teams = await openInTeamsHost(browser, bot.url, {
      frameContext: 'content',
      path: `/tab/rounds/${sampleRoundId}/themes?host=teams`,
      token,
    });
    await teams.app.getByRole('heading', { level: 1 }).first().waitFor();
    const frame = teams.page.frames().find((candidate) => candidate.url().includes('/tab/'));
    const policy = (await frame?.evaluate(
      'fetch(location.href).then((r) => r.headers.get("content-security-policy"))',
    )) as string;

    expect(policy).toContain('frame-ancestors');
    expect(teams.console().filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
    expect(await seriousAxeViolations(teams.page, '#app')).toEqual([]);
    await teams.page.close();
  }, 60_000);

  it('cannot be framed by a page of another origin', async () => {
    const page = await swedishPage(browser);
    // The same service under another host name is another origin, as a stranger's site would be.
    const tabUrl = `${bot.url.replace('localhost', '127.0.0.1')}/tab/`;
    const strangerUrl = `${bot.url.replace('127.0.0.1', 'localhost')}/__stranger`;
    await page.route(strangerUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Elsewhere</title><iframe title="tab" src="${tabUrl}"></iframe></html>`,
      }),
    );
    await page.goto(strangerUrl);
    const framed = () => page.frames().find((frame) => frame !== page.mainFrame());
    const until = Date.now() + 5000;
    while (!framed()?.url().startsWith('chrome-error:') && Date.now() < until) await page.waitForTimeout(100);

    // Chromium puts its error page where a frame-ancestors refusal stops the tab.
    expect(framed()?.url()).toBe('chrome-error://chromewebdata/');
    await page.close();
  }, 60_000);

  it('lets a channel tab be set up: Save waits for a round, then points the tab at that channel’s group', async () => {
    const channel = sampleGroupId(10);
    const teams = await openInTeamsHost(browser, bot.url, {
      frameContext: 'settings',
      path: '/tab/config/?host=teams',
      token,
      teamId: channel,
      channelId: channel,
    });
    const round = teams.app.getByRole('combobox', { name: 'Runda' });
    await round.waitFor();
    const validity = async () =>
      (await teams.calls())
        .filter((call) => call.func === 'settings.setValidityState')
        .map((call) => call.args[0]);
    expect(await validity()).toEqual([false]);

    await round.click();
    await teams.app.getByRole('option', { name: /^Exempelrunda/ }).click();
    await teams.page.waitForFunction(
      "window.hostCalls.some((c) => c.func === 'settings.setValidityState' && c.args[0] === true)",
    );
    await screenshot(teams.page, 'teams-settings');

    await teams.send('settings.save', [{}]);
    await teams.page.waitForFunction("window.hostCalls.some((c) => c.func === 'settings.save.success')");
    const [config] = (await teams.calls()).find((call) => call.func === 'settings.setSettings')?.args ?? [];
    const saved = config as {
      contentUrl: string;
      websiteUrl: string;
      entityId: string;
      suggestedDisplayName: string;
    };
    const content = new URL(saved.contentUrl);
    expect(content.pathname).toBe('/tab/');
    expect(Object.fromEntries(content.searchParams)).toEqual({
      host: 'teams',
      view: 'themes',
      round: sampleRoundId,
      group: channel,
    });
    expect(new URL(saved.websiteUrl).searchParams.has('host')).toBe(false);
    expect(saved.entityId).toBe(`lardomar-round-${sampleRoundId}`);
    expect(saved.suggestedDisplayName).toMatch(/^Lärdomar: /);
    await teams.page.close();
  }, 60_000);

  it('shares the presentation from the meeting side panel to the stage', async () => {
    const teams = await openInTeamsHost(browser, bot.url, {
      frameContext: 'sidePanel',
      path: `/tab/?host=teams&view=themes&round=${sampleRoundId}`,
      token,
      meetingId: 'meeting-1',
      width: 320,
      height: 900,
    });
    await teams.app.getByRole('article').first().waitFor();
    await teams.app.getByRole('button', { name: 'Dela till mötet' }).click();
    await teams.app.getByText('Presentationen visas nu i mötet.').waitFor();
    await screenshot(teams.page, 'teams-side-panel');

    const [url] =
      (await teams.calls()).find((call) => call.func === 'meeting.shareAppContentToStage')?.args ?? [];
    expect(Object.fromEntries(new URL(String(url)).searchParams)).toEqual({
      host: 'teams',
      view: 'present',
      round: sampleRoundId,
    });
    await teams.page.close();
  }, 60_000);

  it('presents on the meeting stage: a tab opened there starts with the slides, moved by the arrow keys', async () => {
    const teams = await openInTeamsHost(browser, bot.url, {
      frameContext: 'meetingStage',
      path: `/tab/?host=teams&view=themes&round=${sampleRoundId}`,
      token,
      meetingId: 'meeting-1',
      width: 1280,
      height: 720,
    });
    await teams.app.getByText(/^Bild 1 av \d+$/).waitFor();
    // The presenter clicks into the stage before using the keyboard, as keys go to the focused frame.
    await teams.page.mouse.click(640, 360);
    await teams.page.keyboard.press('ArrowRight');
    await teams.app.getByText(/^Bild 2 av \d+$/).waitFor();
    await screenshot(teams.page, 'teams-stage');
    await teams.page.close();
  }, 60_000);

  it('follows the Teams theme as it changes', async () => {
    const teams = await openInTeamsHost(browser, bot.url, {
      frameContext: 'content',
      path: '/tab/?host=teams',
      token,
    });
    const heading = teams.app.getByRole('heading', { name: 'Rundor', level: 1 });
    await heading.waitFor();
    const frame = teams.page.frames().find((candidate) => candidate.url().includes('/tab/'));
    if (!frame) throw new Error('the tab has no frame');
    // The app's root element carries the Fluent theme's background.
    const background = () =>
      frame.evaluate('getComputedStyle(document.getElementById("root").firstElementChild).backgroundColor');
    const light = await background();

    await teams.send('themeChange', ['dark']);
    const until = Date.now() + 5000;
    while ((await background()) === light && Date.now() < until) await teams.page.waitForTimeout(100);
    expect(await background()).not.toBe(light);
    await screenshot(teams.page, 'teams-dark');
    await teams.page.close();
  }, 60_000);
});
