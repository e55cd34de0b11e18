/**
 * The tab, measured as a leader meets it: the built tab's first JavaScript (gzipped), the themes
 * view of a round with 5,000 answers until its first theme is on screen in headless Chromium, and
 * the themes API's p95 over repeated calls. Azurite runs in memory; nothing else is needed.
 *
 *   npm run bench:tab
 *   tab: initial JS 182 KB gz, themes view (5000 answers) 640 ms, api p95 35 ms
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The tab keeps a local sign-in in sessionStorage (tab/src/session/localToken.ts).
    await page.addInitScript(
      `window.sessionStorage.setItem('lardomar.localToken', ${JSON.stringify(token)})`,
    );
    const started = performance.now();
    await page.goto(`${service.url}/tab/?view=themes&round=${roundId}`);
    await page.getByRole('article').first().waitFor({ state: 'visible', timeout: 30_000 });
    const viewMs = performance.now() - started;

    const times: number[] = [];
    for (let call = 0; call < apiCalls; call++) {
      const begun = performance.now();
      const response = await fetch(`${service.url}/api/rounds/${roundId}/themes`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`themes API answered ${response.status}`);
      times.push(performance.now() - begun);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(times.length * 0.95) - 1] ?? 0;

    process.stdout.write(
      `tab: initial JS ${Math.round(initialKb)} KB gz, themes view (${answerCount} answers) ${Math.round(viewMs)} ms, api p95 ${Math.round(p95)} ms\n`,
    );
  } finally {
    await browser.close();
    await stop();
  }
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
