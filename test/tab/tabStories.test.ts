import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { responseSourceKey } from '../../bot/domain/response';
import { sampleGroupId, sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { threadReply } from '../support/activities';
import { launchChromium, screenshot, seriousAxeViolations, swedishPage } from '../support/browser';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');
const during = new Date('2026-10-05T10:00:00Z');

/**
 * The tab as its people use it, in Debian's Chromium against the real service on Azurite and the
 * local Bot Connector: signed in locally as the coordinator, a leader and a group member.
 */
describe('the tab in a browser', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let browser: Browser;
  let liveRound: string;
  let liveGroups: string[];

  beforeAll(async () => {
    connector = await ConnectorService.start();
    bot = await startBot({}, { now: () => during, startWorker: false });
    await loadSampleRound(createRoundStores(bot.storage), answers);
    await bot.themeUpdater.recompute(sampleRoundId);
    ({ roundId: liveRound, groupIds: liveGroups } = await launchedRound(roundStores(bot.storage), connector, {
      groups: 2,
    }));
    await bot.worker.runOnce();
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await connector?.close();
  });

  async function signedIn(person: string, query = '', theme = 'light'): Promise<Page> {
    const page = await swedishPage(browser);
    await page.goto(`${bot.url}/tab/?theme=${theme}${query ? `&${query}` : ''}`);
    await page.getByRole('heading', { name: 'Logga in lokalt' }).waitFor();
    await page.getByRole('button', { name: new RegExp(person) }).click();
    return page;
  }

  it('lets the coordinator follow a round and remind those who have not answered', async () => {
    const page = await signedIn('Karin Lindqvist');
    await page.getByRole('heading', { name: 'Rundor', level: 1 }).waitFor();
    await screenshot(page, 'coordinator-rounds');

    await page.goto(`${bot.url}/tab/?view=status&round=${liveRound}`);
    await page.getByRole('heading', { name: 'Svarsläge', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Påminn nu' }).click();
    await page
      .getByText(/påminnelse/i)
      .first()
      .waitFor();
    await screenshot(page, 'coordinator-reminded');
    await bot.reminderWorker.runOnce();

    const reminders = connector
      .deliveries()
      .filter((delivery) => delivery.operation === 'sendToConversation' && !delivery.activity.attachments);
    expect(reminders).toHaveLength(2);
    expect(reminders.every((delivery) => /^Påminnelse:/.test(String(delivery.activity.text)))).toBe(true);
    await page.close();
  }, 60_000);

  it('speaks English end to end with ?lang=en, the server’s own sentences too', async () => {
    const { roundId } = await launchedRound(roundStores(bot.storage), connector, { groups: 1 });
    const page = await swedishPage(browser);
    await page.goto(`${bot.url}/tab/?theme=light&lang=en&view=status&round=${roundId}`);
    await page.getByRole('heading', { name: 'Sign in locally' }).waitFor();
    await page.getByRole('button', { name: /Karin Lindqvist/ }).click();
    await page.getByRole('heading', { name: 'Response status', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Close the round' }).click();
    await page
      .getByRole('alertdialog', { name: 'Close the round?' })
      .getByRole('button', { name: 'Yes, close the round' })
      .click();
    await page.getByText('The round is closed.').first().waitFor();
    expect(await page.getByText('Rundan är stängd.').count()).toBe(0);
    await screenshot(page, 'coordinator-closed-en');
    await page.close();
  }, 60_000);

  it('lets the coordinator extend the deadline and close the round, each after asking', async () => {
    const { roundId } = await launchedRound(roundStores(bot.storage), connector, { groups: 1 });
    await bot.worker.runOnce();
    const page = await signedIn('Karin Lindqvist', `view=status&round=${roundId}`);
    await page.getByRole('heading', { name: 'Svarsläge', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Förläng svarstiden' }).click();
    const extend = page.getByRole('dialog', { name: 'Förläng svarstiden' });
    await extend.waitFor();
    await extend.getByLabel('Nytt datum').fill('');
    await extend.getByRole('button', { name: 'Förläng' }).click();
    // The browser's own check stops it: the fields are required, and nothing is sent.
    expect(
      await extend
        .getByLabel('Nytt datum')
        .evaluate(
          (input) => (input as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing,
        ),
    ).toBe(true);
    expect(await extend.isVisible()).toBe(true);
    await extend.getByLabel('Nytt datum').fill('2026-12-01');
    await extend.getByLabel('Ny tid').fill('15:00');
    await screenshot(page, 'coordinator-extend');
    await extend.getByRole('button', { name: 'Förläng' }).click();
    await page.getByText(/^Svarstiden är förlängd: svar senast tisdag 1\u00a0december/).waitFor();
    await extend.waitFor({ state: 'detached' });
    expect((await roundStores(bot.storage).rounds.get(roundId)).value.deadline?.toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );

    await page.getByRole('button', { name: 'Stäng rundan' }).click();
    const close = page.getByRole('alertdialog', { name: 'Stänga rundan?' });
    await close.getByRole('button', { name: 'Ja, stäng rundan' }).click();
    await page.getByText('Rundan är stängd.').first().waitFor();
    expect((await roundStores(bot.storage).rounds.get(roundId)).value.state).toBe('closed');
    await screenshot(page, 'coordinator-closed');
    await page.close();
  }, 60_000);

  it('updates the status by itself within 10 s of a new answer', async () => {
    const page = await signedIn('Karin Lindqvist', `view=status&round=${liveRound}`);
    await page.getByRole('heading', { name: 'Svarsläge', level: 1 }).waitFor();
    const waiting = page.getByText('Inga svar än');
    await waiting.first().waitFor();
    const before = await waiting.count();
    expect(before).toBeGreaterThan(0);

    const thread = connector.threadsIn(liveGroups[0] as string)[0]?.conversationId ?? '';
    const posted = await bot.post(
      threadReply(connector.serviceUrl, thread, '1. Vi fattade beslut snabbare.'),
    );
    expect(posted.status).toBe(200);

    const deadline = Date.now() + 10_000;
    while ((await waiting.count()) === before && Date.now() < deadline) await page.waitForTimeout(250);
    expect(await waiting.count()).toBe(before - 1);
    await page.close();
  }, 60_000);

  it('shows new answers in the themes within 10 s, without a reload', async () => {
    const page = await signedIn('Lena Berg', `view=themes&round=${liveRound}`);
    await page.getByRole('heading', { name: 'Teman', level: 1 }).waitFor();
    const basedOn = page.getByText(/^Bygger på \d+ svar/).first();
    const answers = async () => Number(/(\d+) svar/.exec((await basedOn.textContent()) ?? '')?.[1] ?? 0);
    await basedOn.waitFor();
    const before = await answers();

    const thread = connector.threadsIn(liveGroups[1] as string)[0]?.conversationId ?? '';
    const posted = await bot.post(
      threadReply(connector.serviceUrl, thread, '1. Vi borde ha övat krisledning med kommunerna oftare.'),
    );
    expect(posted.status).toBe(200);

    const deadline = Date.now() + 10_000;
    while ((await answers()) === before && Date.now() < deadline) await page.waitForTimeout(250);
    expect(await answers()).toBe(before + 1);
    await page.close();
  }, 60_000);

  it('says the themes are being worked out when none are stored yet, then shows them', async () => {
    const stores = roundStores(bot.storage);
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 1 });
    // Stored behind the service's back, so no recompute is under way: the view has to ask.
    for (const [index, text] of ['Tydligare beslutsvägar', 'Snabbare beslut', 'Mer samverkan'].entries()) {
      await stores.responses.record({
        roundId,
        groupId: groupIds[0] as string,
        questionNumber: 1,
        author: { id: `oid-${index}`, name: `Chef ${index}` },
        text,
        source: 'card',
        sourceKey: responseSourceKey({ kind: 'card', personId: `oid-${index}`, questionNumber: 1 }),
        createdAt: during,
        updatedAt: during,
        withdrawnAt: null,
      });
    }
    const page = await signedIn('Lena Berg', `view=themes&round=${roundId}`);
    await page.getByText('Temana tas fram just nu. Vyn uppdateras av sig själv.').waitFor();
    await screenshot(page, 'leadership-themes-computing');

    await page
      .getByText(/^Bygger på 3 svar/)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText('Temana tas fram just nu').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('lets leadership follow every group’s response status, read only', async () => {
    const page = await signedIn('Lena Berg');
    await page.getByRole('heading', { name: 'Rundor', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Svarsläge' }).first().waitFor();
    expect(await page.getByRole('button', { name: /Ta bort exempelrundan/ }).count()).toBe(0);

    await page.goto(`${bot.url}/tab/?view=status&round=${liveRound}`);
    await page.getByRole('heading', { name: 'Svarsläge', level: 1 }).waitFor();
    await page.getByText('Du ser svarsläget för alla grupper.', { exact: false }).waitFor();
    expect(await page.locator('[aria-labelledby="status-groups"] li').count()).toBe(liveGroups.length);
    for (const action of ['Påminn nu', 'Förläng svarstiden', 'Stäng rundan']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'leadership-status');
    await page.close();
  }, 60_000);

  it('shows leadership the themes and presents them with the arrow keys', async () => {
    const page = await signedIn('Lena Berg', `view=themes&round=${sampleRoundId}`);
    await page.getByRole('heading', { name: 'Teman', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Alla frågor' }).waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole('table').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'leadership-themes');

    await page.getByRole('link', { name: 'Presentera' }).click();
    await page.getByText(/^Bild 1 av \d+$/).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Bild 2 av \d+$/).waitFor();
    await screenshot(page, 'leadership-presentation');
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Bild 1 av \d+$/).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Teman', level: 1 }).waitFor();
    await page.close();
  }, 60_000);

  it('shows one group, two side by side, and opens at a channel tab’s group', async () => {
    const page = await signedIn('Lena Berg', `view=themes&round=${sampleRoundId}`);
    const picker = page.getByRole('combobox', { name: 'Visa' });
    await picker.waitFor();
    await picker.selectOption({ label: 'Psykiatri Halland' });
    await page.getByRole('heading', { name: 'Psykiatri Halland', level: 3 }).waitFor();
    await page.getByRole('article').first().waitFor();

    await picker.selectOption({ label: 'Jämför grupper' });
    await page.getByRole('combobox', { name: 'Andra gruppen' }).selectOption({ label: 'Regionservice' });
    await page.getByRole('heading', { name: 'Regionservice', level: 3 }).waitFor();
    await page.getByRole('region', { name: 'Regionservice' }).getByRole('article').first().waitFor();
    await screenshot(page, 'leadership-compare');

    // A channel tab's address names its team's group (ConfigView); a team the round did not ask shows all.
    await page.goto(
      `${bot.url}/tab/?view=themes&round=${sampleRoundId}&group=${encodeURIComponent(sampleGroupId(10))}`,
    );
    await page.getByRole('heading', { name: 'Regionservice', level: 3 }).waitFor();
    expect(await picker.inputValue()).toBe(sampleGroupId(10));
    await page.goto(`${bot.url}/tab/?view=themes&round=${sampleRoundId}&group=19%3Aelsewhere%40thread.tacv2`);
    await page.getByRole('heading', { name: 'Alla frågor', level: 2 }).waitFor();
    await page.getByRole('article').first().waitFor();
    expect(await picker.inputValue()).toBe('__all__');
    await page.close();
  }, 60_000);

  it('shows a group member only their own group', async () => {
    const page = await signedIn('Erik Johansson', `view=themes&round=${sampleRoundId}`);
    await page.getByRole('heading', { name: 'Teman', level: 1 }).waitFor();
    await page.getByRole('article').first().waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('Psykiatri Halland');
    expect(text).not.toContain('Regionservice');
    expect(text).not.toContain('Hallands sjukhus');
    await screenshot(page, 'member-themes');

    await page.goto(`${bot.url}/tab/?view=status&round=${sampleRoundId}`);
    await page.getByRole('heading', { name: 'Svarsläge', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Psykiatri Halland' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Regionservice');
    expect(await page.getByRole('button', { name: 'Påminn nu' }).count()).toBe(0);
    await page.close();
  }, 60_000);

  it('can be used by keyboard alone', async () => {
    const page = await swedishPage(browser);
    await page.goto(`${bot.url}/tab/`);
    await page.getByRole('button', { name: /Lena Berg/ }).waitFor();
    await tabTo(page, /Lena Berg/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Rundor', level: 1 }).waitFor();
    await tabTo(page, /^Teman/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Teman', level: 1 }).waitFor();
    await page.close();
  }, 60_000);

  describe.each(['light', 'dark', 'contrast'])('in the %s theme', (theme) => {
    it.each([
      ['rounds', ''],
      ['status', `view=status&round=${sampleRoundId}`],
      ['themes', `view=themes&round=${sampleRoundId}`],
    ])(
      'the %s view has no serious accessibility problem',
      async (view, query) => {
        const page = await signedIn('Karin Lindqvist', query, theme);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page
          .locator('[aria-busy="true"]')
          .first()
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        await screenshot(page, `axe-${theme}-${view}`);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.close();
      },
      60_000,
    );
  });
});

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    // The page itself (nothing focusable yet) holds every name on it: only a control counts.
    const focused = await page.evaluate(
      'document.activeElement === document.body ? "" : (document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.innerText ?? "").trim()',
    );
    if (typeof focused !== 'string') continue;
    if (name.test(focused)) return;
  }
  throw new Error(`Nothing matching ${name} could be reached with Tab`);
}
