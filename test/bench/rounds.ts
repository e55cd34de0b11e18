/**
 * `npm run bench:rounds`: the coordinator's rounds list (GET /api/rounds) over 500 stored rounds
 * as a region's would pile up: 420 drafts (300 of them untouched for over 30 days) and 80 sent
 * rounds of 6 groups with 24 answers each. Answers are read afresh on every call (no sharing
 * between polls), so each call pays for the whole list. Last line:
 *   rounds: 500 stored, 200 listed in 120 ms (mean ± sd 110 ± 8 ms, p95 125 ms, 20 calls)
 */

import { defaultReminderPolicy } from '../../bot/domain/reminderPolicy';
import { responseSourceKey } from '../../bot/domain/response';
import { createRoundDraft } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { createLogger } from '../../bot/logging/createLogger';
import { createRoundStores, type RoundStores } from '../../bot/usecases/roundServices';
import { startBenchService } from './benchService';

const drafts = 420;
const staleDrafts = 300;
const sent = 80;
const groupsPerRound = 6;
const answersPerRound = 24;
const calls = 20;
const coordinator = '00000000-0000-0000-0000-0000000000020';
const day = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  const { service, stop } = await startBenchService('rounds', createLogger('warn'), {
    startWorker: false,
    sharedReadsMs: 0,
  });
  try {
    process.stderr.write(`bench:rounds: storing ${drafts + sent} rounds…\n`);
    await storeRounds(createRoundStores(service.storage), new Date());
    const token = (
      (await (await fetch(`${service.url}/api/dev/token?user=${coordinator}`)).json()) as { token: string }
    ).token;
    const times: number[] = [];
    let listed = 0;
    for (let call = 0; call < calls; call++) {
      const started = performance.now();
      const response = await fetch(`${service.url}/api/rounds`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { rounds: unknown[] };
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`GET /api/rounds answered ${response.status}`);
      listed = body.rounds.length;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
    const sd = Math.sqrt(times.reduce((sum, time) => sum + (time - mean) ** 2, 0) / (times.length - 1));
    const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1] as number;
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    process.stdout.write(
      `rounds: ${drafts + sent} stored, ${listed} listed in ${Math.round(median)} ms ` +
        `(mean ± sd ${Math.round(mean)} ± ${Math.round(sd)} ms, p95 ${Math.round(p95)} ms, ${calls} calls)\n`,
    );
  } finally {
    await stop();
  }
}

async function storeRounds(stores: RoundStores, now: Date): Promise<void> {
  const jobs: (() => Promise<unknown>)[] = [];
  for (let index = 0; index < drafts + sent; index++) {
    const id = `bench-${String(index).padStart(4, '0')}`;
    const touched = new Date(now.getTime() - (index < staleDrafts ? 40 : 2) * day);
    const draft = createRoundDraft(defaultRoundTemplate('sv'), {
      id,
      locale: 'sv',
      createdBy: { id: coordinator, name: 'Karin Lindqvist' },
      now: touched,
    });
    const groups = Array.from({ length: groupsPerRound }, (_, g) => `19:bench-${g}@thread.tacv2`);
    jobs.push(() =>
      stores.targets.replace(
        id,
        groups.map((groupId) => ({ roundId: id, groupId, mode: 'together' as const, members: [] })),
      ),
    );
    if (index < drafts) {
      jobs.push(() => stores.rounds.create(draft));
      continue;
    }
    jobs.push(() =>
      stores.rounds.create({
        ...draft,
        state: 'closed',
        deadline: touched,
        openedAt: touched,
        closedAt: touched,
        reminders: defaultReminderPolicy,
      }),
    );
    for (let a = 0; a < answersPerRound; a++) {
      const question = 1 + (a % 4);
      const person = `person-${a}`;
      jobs.push(() =>
        stores.responses.record({
          roundId: id,
          groupId: groups[a % groupsPerRound] as string,
          questionNumber: question,
          author: { id: person, name: person },
          text: 'Tydligare beslutsvägar och bättre samverkan.',
          source: 'card',
          sourceKey: responseSourceKey({ kind: 'card', personId: person, questionNumber: question }),
          createdAt: touched,
          updatedAt: touched,
          withdrawnAt: null,
        }),
      );
    }
  }
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await jobs[next++]?.();
  };
  await Promise.all(Array.from({ length: 24 }, lane));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:rounds failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
