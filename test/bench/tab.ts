/**
 * The tab, measured as a leader and a compiler meet it, on one round of 5,000 answers: the built
 * tab's first JavaScript (gzipped); in headless Chromium, the themes view until its first theme is
 * on screen and the Sammanställning view until its first answer is; and over the API, the p95 of
 * the themes, of answer searches and of compilation edits. Each view opens in a browser context of
 * its own, so neither warms the other's cache. Azurite runs in memory; nothing else is needed.
 *
 *   npm run bench:tab
 *   tab: initial JS 170 KB gz, themes view (5000 answers) 450 ms, api p95 30 ms, answers page 300 ms, search p95 60 ms, edit p95 40 ms
 *
 * The last line is the result; progress goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CompilationView } from '../../bot/api/contract';
import type { CompilationEdit } from '../../bot/domain/compilation';
import { defaultReminderPolicy } from '../../bot/domain/reminderPolicy';
import { responseSourceKey } from '../../bot/domain/response';
import { createRoundDraft } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { buildTab, tabBuildDir, tabBuildIsStale } from '../../bot/local/tabBuild';
import { createLogger } from '../../bot/logging/createLogger';
import { createRoundStores, type RoundStores } from '../../bot/usecases/roundServices';
import { launchChromium } from '../support/browser';
import { startBenchService } from './benchService';
import { syntheticAnswers } from './themes';

const answerCount = 5000;
const groupCount = 40;
const apiCalls = 60;
const viewTimeoutMs = 30_000;
const roundId = 'bench-5000';
/** The demo coordinator of local mode (bot/api/demoPeople.ts). */
const coordinator = '00000000-0000-0000-0000-0000000000020';

async function main(): Promise<void> {
  if (tabBuildIsStale()) {
    process.stderr.write('bench:tab: building the tab…\n');
    await buildTab();
  }
  const initialKb = initialJsGzipBytes() / 1024;

  const { service, stop } = await startBenchService('bench', createLogger('warn'), { startWorker: false });
  const browser = await launchChromium();
  try {
    process.stderr.write(`bench:tab: storing ${answerCount} answers…\n`);
    await storeRound(createRoundStores(service.storage));
    await service.themeUpdater.recompute(roundId);

    const token = (
      (await (await fetch(`${service.url}/api/dev/token?user=${coordinator}`)).json()) as { token: string }
    ).token;
    const api = apiClient(service.url, token);

    // The themes view first, as before the answers page existed, so its figure stays comparable.
    const viewMs = await timeView(
      browser,
      token,
      `${service.url}/tab/?view=themes&round=${roundId}`,
      (page) => page.getByRole('article').first(),
    );
    const themesP95 = await p95Of(apiCalls, () => api.get(`/api/rounds/${roundId}/themes`));
    const answersMs = await timeView(
      browser,
      token,
      `${service.url}/tab/?view=compilation&round=${roundId}`,
      (page) => page.locator('[data-answer-id]').first(),
    );
    const searchP95 = await p95Of(apiCalls, (call) => api.get(searchPath(call)));
    const editP95 = await timeEdits(api);

    process.stdout.write(
      `tab: initial JS ${Math.round(initialKb)} KB gz, themes view (${answerCount} answers) ${Math.round(viewMs)} ms, api p95 ${Math.round(themesP95)} ms, answers page ${Math.round(answersMs)} ms, search p95 ${Math.round(searchP95)} ms, edit p95 ${Math.round(editP95)} ms\n`,
    );
  } finally {
    await browser.close();
    await stop();
  }
}

/**
 * Milliseconds from navigation until `first` is visible, in a browser context of its own: cold
 * caches, as a leader opening the tab meets it.
 */
async function timeView(
  browser: Browser,
  token: string,
  url: string,
  first: (page: Page) => Locator,
): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    // The tab keeps a local sign-in in sessionStorage (tab/src/session/localToken.ts).
    await page.addInitScript(
      `window.sessionStorage.setItem('lardomar.localToken', ${JSON.stringify(token)})`,
    );
    const started = performance.now();
    await page.goto(url);
    try {
      await first(page).waitFor({ state: 'visible', timeout: viewTimeoutMs });
    } catch (error) {
      // Playwright's message names the locator it waited for.
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${url} showed nothing within ${viewTimeoutMs / 1000} s: ${reason}`, { cause: error });
    }
    return performance.now() - started;
  } finally {
    await page.close();
  }
}

/** Both give the reply's body as text: reading it is part of the call, parsing it is the caller's. */
type ApiClient = {
  get(path: string): Promise<string>;
  post(path: string, body: unknown): Promise<string>;
};

/** The tab API as the tab calls it, with the coordinator's token; anything but 200 ends the bench. */
function apiClient(baseUrl: string, token: string): ApiClient {
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...init.headers },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${text}`);
    return text;
  };
  return {
    get: (path) => call(path),
    post: (path, body) =>
      call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}

/**
 * Searches as coordinators type them: whole and partial words, with and without å/ä/ö, any case,
 * two words, and one that finds nothing (which still reads every answer).
 */
const searchQueries = [
  'bemanning',
  'sjukfranvaro',
  'sjukfrånvaro',
  'Kommunikation',
  'beslut',
  'övertid',
  'BUDGET',
  'tydligare mål',
  'arbetsmiljon chefer',
  'rekrytera sjukskoterskor',
  'krisberedskap',
  'samverkan kommunerna',
  'digitala verktyg',
  'stuprör',
  'kvantdator pingvin',
];

/** Every third search narrows to one question, as the view's question filter does. */
function searchPath(call: number): string {
  const params = new URLSearchParams({ q: searchQueries[call % searchQueries.length] as string });
  if (call % 3 === 2) params.set('question', String(1 + (call % 4)));
  return `/api/rounds/${roundId}/answers?${params}`;
}

/**
 * The p95 of compilation edits, each a round trip on the version the previous reply gave. The
 * edits cycle as a compiler makes them; theme ids are re-read from every reply, as a theme's id
 * changes from "e:…" to "c<n>" once it is curated.
 */
async function timeEdits(api: ApiClient): Promise<number> {
  const path = `/api/rounds/${roundId}/compilation`;
  let view = JSON.parse(await api.get(`${path}?scope=round`)) as CompilationView;
  if (view.themes.length === 0) throw new Error('the compilation has no themes to edit');
  return p95Of(apiCalls, async (call) => {
    const theme = view.themes[call % view.themes.length] as CompilationView['themes'][number];
    const edit = realisticEdit(call, theme.id);
    // Parsing the reply is part of the round trip: the tab needs the new version to edit again.
    const reply = await api.post(`${path}/edit`, { scope: 'round', version: view.version, edit });
    view = JSON.parse(reply) as CompilationView;
  });
}

function realisticEdit(call: number, themeId: string): CompilationEdit {
  const round = Math.floor(call / 4);
  switch (call % 4) {
    case 0:
      return { kind: 'rename', themeId, label: `Tydligare ansvar och mandat ${round + 1}` };
    case 1:
      return {
        kind: 'conclude',
        themeId,
        conclusion:
          'Ledningsgruppen tar fram en beslutsordning före årsskiftet och följer upp den på varje månadsmöte.',
      };
    case 2:
      return { kind: 'markLesson', themeId, lesson: round % 2 === 0 };
    default:
      return { kind: 'pin', themeId, position: round % 3 === 2 ? null : 1 + (round % 5) };
  }
}

/** Runs `act` `calls` times one after another and gives the 95th percentile of its durations. */
async function p95Of(calls: number, act: (call: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let call = 0; call < calls; call++) {
    const begun = performance.now();
    await act(call);
    times.push(performance.now() - begun);
  }
  times.sort((a, b) => a - b);
  return times[Math.ceil(times.length * 0.95) - 1] ?? 0;
}

/** The JavaScript index.html loads before anything else: its module script and preloads. */
function initialJsGzipBytes(): number {
  const html = readFileSync(join(tabBuildDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/tab\/(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] as string,
  );
  if (files.length === 0) throw new Error('index.html loads no script: is the tab built?');
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(tabBuildDir, file))).length, 0);
}

/** A closed round of `groupCount` groups answering together, with synthetic answers spread over them. */
async function storeRound(stores: RoundStores): Promise<void> {
  const opened = new Date('2026-10-01T07:00:00Z');
  const deadline = new Date('2026-10-16T15:00:00Z');
  const groups = Array.from({ length: groupCount }, (_, i) => `19:bench-${i + 1}@thread.tacv2`);
  for (const [index, id] of groups.entries()) {
    await stores.teams.save({
      id,
      name: `Ledningsgrupp ${index + 1}`,
      tenantId: 'bench',
      address: {
        channelId: 'msteams',
        serviceUrl: 'https://bench.invalid/',
        tenantId: 'bench',
        conversationId: id,
        botId: '28:bench',
      },
      channels: [{ id, name: '', isGeneral: true }],
      installedAt: opened,
      updatedAt: opened,
      removedAt: null,
    });
  }
  await stores.targets.replace(
    roundId,
    groups.map((groupId) => ({ roundId, groupId, mode: 'together' as const, members: [] })),
  );
  const answers = syntheticAnswers(answerCount, 11);
  let next = 0;
  const lane = async () => {
    while (next < answers.length) {
      const index = next++;
      const answer = answers[index];
      if (!answer) continue;
      const person = `bench-${index}`;
      const question = 1 + (index % 4);
      await stores.responses.record({
        roundId,
        groupId: groups[index % groupCount] as string,
        questionNumber: question,
        author: { id: person, name: person },
        text: answer.text,
        source: 'card',
        sourceKey: responseSourceKey({ kind: 'card', personId: person, questionNumber: question }),
        createdAt: opened,
        updatedAt: opened,
        withdrawnAt: null,
      });
    }
  };
  await Promise.all(Array.from({ length: 24 }, lane));
  const draft = createRoundDraft(defaultRoundTemplate('sv'), {
    id: roundId,
    locale: 'sv',
    createdBy: { id: coordinator, name: 'Karin Lindqvist' },
    now: opened,
  });
  await stores.rounds.create({
    ...draft,
    state: 'closed',
    deadline,
    openedAt: opened,
    closedAt: deadline,
    updatedAt: deadline,
    reminders: defaultReminderPolicy,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:tab failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
