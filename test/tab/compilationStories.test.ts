import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { AnswerPageView, CompilationView, RoundThemesView } from '../../bot/api/contract';
import { responseSourceKey } from '../../bot/domain/response';
import { sampleGroupId, sampleRoundId } from '../../bot/domain/sampleRound';
import { loadSampleRound } from '../../bot/local/sampleRound';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { launchChromium, screenshot, seriousAxeViolations, swedishPage } from '../support/browser';
import { labelledSet } from '../support/labelledSets';
import { type RunningBot, startBot } from '../support/runningBot';

const answers = join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl');
const during = new Date('2026-10-05T10:00:00Z');
/** The demo people of local mode (bot/api/demoPeople.ts). */
const people = {
  coordinator: '00000000-0000-0000-0000-0000000000020',
  leadership: '00000000-0000-0000-0000-0000000000024',
};

/**
 * The Sammanställning as a coordinator uses it, in Debian's Chromium against the real service on
 * Azurite: correct the machine's themes, publish, and see leadership get exactly that.
 */
describe('the compilation in a browser', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({}, { now: () => during, startWorker: false });
    await loadSampleRound(createRoundStores(bot.storage), answers);
    await bot.themeUpdater.recompute(sampleRoundId);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function signedIn(person: string, query: string, theme = 'light'): Promise<Page> {
    const page = await swedishPage(browser);
    await page.goto(`${bot.url}/tab/?theme=${theme}&${query}`);
    await page.getByRole('heading', { name: 'Logga in lokalt' }).waitFor();
    await page.getByRole('button', { name: new RegExp(person) }).click();
    return page;
  }

  async function api<T>(person: string, path: string): Promise<T> {
    const { token } = (await (await fetch(`${bot.url}/api/dev/token?user=${person}`)).json()) as {
      token: string;
    };
    const response = await fetch(`${bot.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  const compilationView = `view=compilation&round=${sampleRoundId}`;
  const themeEntry = (page: Page, label: string | RegExp) =>
    page.getByRole('navigation', { name: 'Teman' }).getByRole('button', { name: label });
  const answerRows = (page: Page): Locator => page.locator('[data-answer-id]');
  const done = (page: Page, text: string) => page.getByRole('status').getByText(text).waitFor();

  it('lets a coordinator move answers out of Övrigt, merge, rename, conclude and publish; leadership sees exactly that', async () => {
    const page = await signedIn('Karin Lindqvist', compilationView);
    await page.getByRole('heading', { name: 'Sammanställning', level: 1 }).waitFor();
    await answerRows(page).first().waitFor();
    const before = await api<CompilationView>(
      people.coordinator,
      `/api/rounds/${sampleRoundId}/compilation?scope=round`,
    );
    const [first, second, third] = before.themes;
    if (!first || !second || !third) throw new Error('the sample round has fewer than three themes');

    // Övrigt opens as a list; two of its answers go to the first theme.
    await themeEntry(page, /^Övrigt/).click();
    await page.getByRole('heading', { name: 'Svar i Övrigt' }).waitFor();
    await answerRows(page).first().waitFor();
    const moved = await answerRows(page).evaluateAll((rows) =>
      rows.slice(0, 2).map((row) => row.getAttribute('data-answer-id') ?? ''),
    );
    for (const row of (await answerRows(page).all()).slice(0, 2)) await row.getByRole('checkbox').check();
    await page.getByLabel('Flytta till').selectOption({ label: first.label });
    await page.getByRole('button', { name: 'Flytta', exact: true }).click();
    await done(page, '2 svar flyttade.');

    // The second and third themes are one.
    await page.getByRole('button', { name: 'Slå ihop teman' }).click();
    const merge = page.getByRole('dialog', { name: 'Slå ihop teman' });
    await merge.getByRole('checkbox', { name: new RegExp(`^${escaped(second.label)} `) }).check();
    await merge.getByRole('checkbox', { name: new RegExp(`^${escaped(third.label)} `) }).check();
    await merge.getByRole('button', { name: 'Slå ihop' }).click();
    await done(page, 'Temana är ihopslagna.');
    // The merged theme opens, named after the one chosen first.
    await page.getByRole('heading', { name: second.label, level: 2, exact: true }).waitFor();

    await themeEntry(page, new RegExp(`^${escaped(first.label)}`)).click();
    await page.getByRole('button', { name: 'Byt namn' }).click();
    await page
      .getByRole('dialog', { name: 'Byt namn på temat' })
      .getByRole('textbox')
      .fill('Stöd till chefer');
    await page.getByRole('button', { name: 'Spara' }).click();
    await done(page, 'Namnet är ändrat.');
    await page.getByRole('heading', { name: 'Stöd till chefer', level: 2, exact: true }).waitFor();

    const conclusion = 'Cheferna bar mycket. Nästa gång behövs avlastning och kollegialt stöd från start.';
    await page.getByRole('button', { name: 'Skriv slutsats' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Slutsats' }).fill(conclusion);
    await page.getByRole('button', { name: 'Spara' }).click();
    await done(page, 'Slutsatsen är sparad.');
    await screenshot(page, 'compilation-corrected');

    // Nothing reaches leadership before it is published.
    const unpublished = await api<RoundThemesView>(people.leadership, `/api/rounds/${sampleRoundId}/themes`);
    const roundScope = (view: RoundThemesView) => view.scopes.find((scope) => scope.scope === 'round');
    const draftShown = roundScope(unpublished);
    expect(draftShown?.visible === true && draftShown.themes.map((theme) => theme.label)).not.toContain(
      'Stöd till chefer',
    );

    await page.getByRole('button', { name: 'Publicera' }).click();
    await page
      .getByRole('dialog', { name: 'Publicera sammanställningen?' })
      .getByRole('button', { name: 'Publicera' })
      .click();
    await done(page, 'Sammanställningen är publicerad. Ledningen ser den nu.');
    await page.getByText('Publicerad av Karin Lindqvist').waitFor();
    await screenshot(page, 'compilation-published');
    await page.close();

    const published = roundScope(
      await api<RoundThemesView>(people.leadership, `/api/rounds/${sampleRoundId}/themes`),
    );
    if (published?.visible !== true) throw new Error('the round scope is hidden');
    expect(published.compilation).toMatchObject({ state: 'published', publishedBy: 'Karin Lindqvist' });
    const labels = published.themes.map((theme) => theme.label);
    expect(labels).toContain('Stöd till chefer');
    expect(labels).toContain(second.label);
    expect(labels).not.toContain(third.label);
    expect(labels).not.toContain(first.label);
    expect(published.themes).toHaveLength(before.themes.length - 1);
    expect(published.other).toBe(before.other - 2);
    const support = published.themes.find((theme) => theme.label === 'Stöd till chefer');
    expect(support).toMatchObject({ conclusion, size: first.size + 2 });
    const inSupport = await api<AnswerPageView>(
      people.leadership,
      `/api/rounds/${sampleRoundId}/answers?theme=${encodeURIComponent(support?.id ?? '')}&limit=200`,
    );
    expect(inSupport.answers.map((answer) => answer.id)).toEqual(expect.arrayContaining(moved));

    // Leadership's themes view and presentation show the compilation.
    const leader = await signedIn('Lena Berg', `view=themes&round=${sampleRoundId}`);
    const card = leader.getByRole('article', { name: 'Stöd till chefer' });
    await card.waitFor();
    expect(await card.textContent()).toContain(conclusion);
    await leader
      .getByText(/^Sammanställt av Karin Lindqvist, publicerat/)
      .first()
      .waitFor();
    expect(await leader.getByRole('article', { name: third.label, exact: true }).count()).toBe(0);
    await screenshot(leader, 'compilation-leadership-themes');
    await leader.goto(`${bot.url}/tab/?theme=light&view=present&round=${sampleRoundId}`);
    await leader.getByRole('region', { name: /Bild 1 av/ }).waitFor();
    const slides = await leader.getByRole('region', { name: /Bild 1 av/ }).getAttribute('aria-label');
    const total = Number(/av (\d+)/.exec(slides ?? '')?.[1] ?? 0);
    let seen = false;
    for (let i = 0; i < total && !seen; i++) {
      seen = (await leader.getByRole('heading', { name: 'Stöd till chefer' }).count()) > 0;
      if (!seen) await leader.keyboard.press('ArrowRight');
    }
    expect(seen).toBe(true);
    await screenshot(leader, 'compilation-leadership-slide');
    await leader.close();

    // A fifth more answers arrive and the themes are recomputed: every correction holds.
    const stores = createRoundStores(bot.storage);
    const extra = labelledSet('outage-sv.jsonl').slice(0, Math.ceil(before.answerCount / 5));
    await Promise.all(
      extra.map((answer, i) =>
        stores.responses.record({
          roundId: sampleRoundId,
          groupId: sampleGroupId((i % 10) + 1),
          questionNumber: (i % 4) + 1,
          author: { id: `late-${i}`, name: `Sen ${i}` },
          text: answer.text,
          source: 'card',
          sourceKey: responseSourceKey({ kind: 'card', personId: `late-${i}`, questionNumber: (i % 4) + 1 }),
          createdAt: during,
          updatedAt: during,
          withdrawnAt: null,
        }),
      ),
    );
    await bot.themeUpdater.recompute(sampleRoundId);
    const after = await api<CompilationView>(
      people.coordinator,
      `/api/rounds/${sampleRoundId}/compilation?scope=round`,
    );
    expect(after.answerCount).toBeGreaterThanOrEqual(before.answerCount + extra.length);
    expect(after.newAnswers).toBeGreaterThan(0);
    const kept = after.themes.find((theme) => theme.label === 'Stöd till chefer');
    expect(kept).toMatchObject({ conclusion });
    expect(after.themes.map((theme) => theme.label)).not.toContain(third.label);
    const stillIn = await api<AnswerPageView>(
      people.coordinator,
      `/api/rounds/${sampleRoundId}/answers?theme=${encodeURIComponent(kept?.id ?? '')}&limit=200`,
    );
    expect(stillIn.answers.map((answer) => answer.id)).toEqual(expect.arrayContaining(moved));

    const again = await signedIn('Karin Lindqvist', compilationView);
    await again.getByText(/nya svar sedan senaste ändringen/).waitFor();
    await themeEntry(again, /^Stöd till chefer/).waitFor();
    await screenshot(again, 'compilation-after-recompute');
    await again.close();
  }, 180_000);

  it('lets a member read only their own group’s answers, without names and without editing', async () => {
    const page = await signedIn('Erik Johansson', compilationView);
    await page.getByRole('heading', { name: 'Svar', level: 1 }).waitFor();
    await answerRows(page).first().waitFor();
    const metas = await answerRows(page).allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((text) => text.includes('Psykiatri Halland'))).toBe(true);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    const page1 = await api<AnswerPageView>(
      '00000000-0000-0000-0000-0000000000021',
      `/api/rounds/${sampleRoundId}/answers?limit=200`,
    );
    expect(new Set(page1.answers.map((answer) => answer.groupId))).toEqual(new Set([sampleGroupId(4)]));
    expect(page1.answers.every((answer) => answer.author === null)).toBe(true);
    await screenshot(page, 'compilation-member');
    await page.close();
  }, 60_000);

  it('lets a coordinator name someone to compile the round, who then compiles it', async () => {
    const leaderBefore = await signedIn('Lena Berg', compilationView);
    await leaderBefore.getByRole('heading', { name: 'Svar', level: 1, exact: true }).waitFor();
    expect(await leaderBefore.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    await leaderBefore.close();

    const page = await signedIn('Karin Lindqvist', compilationView);
    await page.getByRole('button', { name: /^Sammanställare/ }).click();
    await page.getByRole('textbox', { name: 'Inloggningsadress' }).fill('lena berg');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('”lena berg” är ingen inloggningsadress.', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: 'Inloggningsadress' }).fill('Lena.Berg@exempel.se');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('lena.berg@exempel.se kan nu sammanställa rundan.').waitFor();
    await page.getByRole('button', { name: 'Ta bort lena.berg@exempel.se som sammanställare' }).waitFor();
    await screenshot(page, 'compilation-compilers');
    await page.close();

    const leader = await signedIn('Lena Berg', compilationView);
    await leader.getByRole('heading', { name: 'Sammanställning', level: 1 }).waitFor();
    await leader.getByRole('button', { name: 'Publicera' }).waitFor();
    expect(await leader.getByRole('button', { name: /^Sammanställare/ }).count()).toBe(0);
    await leader.close();
  }, 60_000);

  it('can do every correction by keyboard alone', async () => {
    const page = await signedIn('Karin Lindqvist', compilationView);
    await answerRows(page).first().waitFor();
    const button = (name: string | RegExp) =>
      page.getByRole('button', { name, exact: typeof name === 'string' });
    const answerBox = () => answerRows(page).first().getByRole('checkbox');
    // Question 1: a scope of its own, so this story does not meet the one above.
    await tabTo(page, page.getByRole('tab', { name: 'Hela rundan' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Fråga 1', selected: true }).waitFor();
    const draft = await api<CompilationView>(
      people.coordinator,
      `/api/rounds/${sampleRoundId}/compilation?scope=question%7C1`,
    );
    const [a, b, c] = draft.themes;
    if (!a || !b || !c) throw new Error('question 1 has fewer than three themes');

    // Open a theme, rename it.
    await tabTo(page, themeEntry(page, new RegExp(`^${escaped(a.label)}`)));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: a.label, level: 2, exact: true }).waitFor();
    await tabTo(page, button('Byt namn'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Tangentbordstemat');
    await page.keyboard.press('Enter');
    await done(page, 'Namnet är ändrat.');

    // A conclusion, the lesson mark and a place of its own.
    await tabTo(page, button('Skriv slutsats'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Skrivet med tangentbordet.');
    await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Spara' }));
    await page.keyboard.press('Enter');
    await done(page, 'Slutsatsen är sparad.');
    await tabTo(page, page.getByRole('switch', { name: 'Identifierad lärdom' }));
    await page.keyboard.press('Space');
    await done(page, 'Temat är markerat som lärdom.');
    await tabTo(page, page.getByLabel('Ordning'));
    await page.keyboard.press('ArrowDown');
    await done(page, 'Ordningen är ändrad.');

    // Hide a quote, then quote another answer.
    await tabTo(page, button(/^Dölj citatet/).first());
    await page.keyboard.press('Enter');
    await done(page, 'Citatet är dolt.');
    await tabTo(page, button(/^Citera svaret/).first());
    await page.keyboard.press('Enter');
    await done(page, 'Svaret citeras nu.');

    // Tick an answer and make a theme of it; tick another and move it to Övrigt.
    await tabTo(page, answerBox());
    await page.keyboard.press('Space');
    await tabTo(page, button('Gör nytt tema'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Avknoppat tema');
    await page.keyboard.press('Enter');
    await done(page, 'Det nya temat är skapat.');
    await tabTo(page, answerBox());
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Flytta till'));
    await page.keyboard.press('End');
    expect(await page.getByLabel('Flytta till').inputValue()).toBe('other');
    await tabTo(page, button('Flytta'));
    await page.keyboard.press('Enter');
    await done(page, '1 svar flyttade.');

    // Merge two themes.
    await tabTo(page, button('Slå ihop teman'));
    await page.keyboard.press('Enter');
    const merge = page.getByRole('dialog', { name: 'Slå ihop teman' });
    await merge.waitFor();
    await tabTo(page, merge.getByRole('checkbox', { name: new RegExp(`^${escaped(b.label)} `) }));
    await page.keyboard.press('Space');
    await tabTo(page, merge.getByRole('checkbox', { name: new RegExp(`^${escaped(c.label)} `) }));
    await page.keyboard.press('Space');
    await tabTo(page, merge.getByRole('button', { name: 'Slå ihop', exact: true }));
    await page.keyboard.press('Enter');
    await done(page, 'Temana är ihopslagna.');
    await screenshot(page, 'compilation-keyboard');

    const result = await api<CompilationView>(
      people.coordinator,
      `/api/rounds/${sampleRoundId}/compilation?scope=question%7C1`,
    );
    const renamed = result.themes.find((theme) => theme.label === 'Tangentbordstemat');
    expect(renamed).toMatchObject({ conclusion: 'Skrivet med tangentbordet.', lesson: true, pinned: 1 });
    expect(result.themes.map((theme) => theme.label)).toContain('Avknoppat tema');
    expect(result.themes).toHaveLength(draft.themes.length);
    expect(result.other).toBe(draft.other + 1);
    await page.close();
  }, 120_000);

  describe.each(['light', 'dark', 'contrast'])('in the %s theme', (theme) => {
    it('has no serious accessibility problems', async () => {
      const page = await signedIn('Karin Lindqvist', compilationView, theme);
      await answerRows(page).first().waitFor();
      await themeEntry(page, /^Övrigt/).click();
      await page.getByRole('heading', { name: 'Svar i Övrigt' }).waitFor();
      await answerRows(page).first().getByRole('checkbox').check();
      await page.getByRole('region', { name: 'Markerade svar' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `compilation-${theme}`);
      await page.close();
    }, 60_000);
  });
});

/**
 * Presses Tab until `target` has the focus, as a keyboard user would; fails if it is not reached
 * within a page's worth of stops.
 */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let stop = 0; stop < 300; stop++) {
    const focused = await target
      .evaluate(
        (element) => {
          const owner = element as unknown as { ownerDocument: { activeElement: unknown } };
          return owner.ownerDocument.activeElement === element;
        },
        undefined,
        { timeout: 2000 },
      )
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by Tab: ${target.toString()}`);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
