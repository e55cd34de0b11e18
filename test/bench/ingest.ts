/**
 * How fast answers are taken in: N threaded replies (default 5,000, 50 at a time) posted to the
 * real /api/messages of a running service, stored in Azurite. For comparison an echo bot (the same
 * adapter and server code, a handler that only echoes the text back through the connector) takes
 * the same load in the same process and run. Then answers at a steady 100 a second, for latency.
 *
 *   npm run bench:ingest -- [--answers 5000] [--concurrency 50] [--rate 100]
 *
 * The last line on stdout:
 *   ingest: 812 answers/s (p95 38 ms), echo 1040/s, ratio 0.78
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Application, type TurnState } from '@microsoft/teams-ai';
import { createLogger } from '../../bot/logging/createLogger';
import { createServer } from '../../bot/server/createServer';
import { createAdapter } from '../../bot/teams/adapter';
import { createMessagesEndpoint } from '../../bot/teams/messagesEndpoint';
import { threadReply } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { startBenchService } from './benchService';

type Run = {
  perSecond: number;
  p50: number;
  p95: number;
  count: number;
  seconds: number;
  latencies: number[];
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      answers: { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '50' },
      rate: { type: 'string', default: '100' },
    },
  });
  const total = Number(values.answers);
  const concurrency = Number(values.concurrency);
  const rate = Number(values.rate);

  const connector = await ConnectorService.start();
  const now = new Date('2026-10-05T10:00:00Z');
  const logger = createLogger('warn', process.stderr);
  const { service, stop } = await startBenchService('ingest', logger, { now: () => now, startWorker: false });
  const echo = await startEchoServer(logger);
  try {
    // A launched round with ten groups, so answers spread over threads as they would.
    const { groupIds } = await launchedRound(roundStores(service.storage), connector, { groups: 10 });
    await service.worker.runOnce();
    const threads = groupIds.map((groupId) => connector.threadsIn(groupId)[0]?.conversationId as string);
    const answer = (index: number) =>
      threadReply(
        connector.serviceUrl,
        threads[index % threads.length] as string,
        `1. Lärdom nummer ${index}\n2. Förändring ${index}`,
        {
          id: `bench-${index}`,
          from: {
            id: `29:user-${index % 200}`,
            name: `Chef ${index % 200}`,
            aadObjectId: `oid-${index % 200}`,
          },
        },
      );

    // Warm both paths (connections, caches, JIT) before measuring.
    await saturate(`${echo.url}/api/messages`, 200, concurrency, (i) => answer(total + i));
    await saturate(`${service.url}/api/messages`, 200, concurrency, (i) => answer(2 * total + i));

    // Echo and answers take turns in slices, so both meet the machine in the same state (the
    // tables grow, the other processes come and go) instead of one getting the quieter half.
    const slices = 10;
    const slice = Math.ceil(total / slices);
    const echoRuns: Run[] = [];
    const answerRuns: Run[] = [];
    for (let offset = 0; offset < total; offset += slice) {
      const count = Math.min(slice, total - offset);
      echoRuns.push(
        await saturate(`${echo.url}/api/messages`, count, concurrency, (i) => answer(3 * total + offset + i)),
      );
      answerRuns.push(
        await saturate(`${service.url}/api/messages`, count, concurrency, (i) => answer(offset + i)),
      );
      process.stderr.write(`ingest: ${offset + count}/${total} of each…\n`);
    }
    const echoRun = combine(echoRuns);
    const answerRun = combine(answerRuns);
    process.stderr.write(`ingest: answers at a steady ${rate}/s for 10 s…\n`);
    const steady = await atRate(`${service.url}/api/messages`, rate, 10, (i) => answer(4 * total + i));

    const stored = (
      await roundStores(service.storage).responses.forRound(
        (
          await roundStores(service.storage).rounds.list()
        )[0]?.value.id as string,
      )
    ).length;
    process.stderr.write(
      `ingest: echo ${echoRun.perSecond.toFixed(0)}/s (p50 ${echoRun.p50} ms, p95 ${echoRun.p95} ms); ` +
        `answers ${answerRun.perSecond.toFixed(0)}/s (p50 ${answerRun.p50} ms, p95 ${answerRun.p95} ms); ` +
        `${stored} contributions stored\n`,
    );
    process.stdout.write(`ingest: at ${rate} answers/s, p50 ${steady.p50} ms, p95 ${steady.p95} ms\n`);
    process.stdout.write(
      `ingest: ${answerRun.perSecond.toFixed(0)} answers/s (p95 ${answerRun.p95} ms), ` +
        `echo ${echoRun.perSecond.toFixed(0)}/s, ratio ${(answerRun.perSecond / echoRun.perSecond).toFixed(2)}\n`,
    );
  } finally {
    await echo.close();
    await stop();
    await connector.close();
  }
}

/** An echo bot on the same adapter and server code: it replies with the text it got. */
async function startEchoServer(logger: ReturnType<typeof createLogger>) {
  const adapter = createAdapter({ kind: 'anonymous' });
  const app = new Application<TurnState>({
    adapter,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  app.activity('message', async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });
  const server = createServer({
    logger,
    mode: 'local',
    defaultLocale: 'sv',
    handleMessages: createMessagesEndpoint(adapter, app, { allowedTenants: [] }),
    checkStorage: async () => ({ reachable: true, latencyMs: 0 }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections?.();
      }),
  };
}

async function post(url: string, body: unknown): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

/** `count` requests, `concurrency` in flight at all times. */
async function saturate(
  url: string,
  count: number,
  concurrency: number,
  body: (i: number) => unknown,
): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) {
      const index = next++;
      latencies.push(await post(url, body(index)));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return summarize(latencies, (performance.now() - started) / 1000);
}

/** Requests started at a fixed rate, whatever the answers take (an open load, as people write). */
async function atRate(
  url: string,
  perSecond: number,
  seconds: number,
  body: (i: number) => unknown,
): Promise<Run> {
  const latencies: Promise<number>[] = [];
  const started = performance.now();
  for (let index = 0; index < perSecond * seconds; index++) {
    const due = started + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    latencies.push(post(url, body(index)));
  }
  const done = await Promise.all(latencies);
  return summarize(done, (performance.now() - started) / 1000);
}

function summarize(latencies: number[], seconds: number): Run {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
  return {
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    count: latencies.length,
    seconds,
    latencies,
  };
}

function combine(runs: readonly Run[]): Run {
  return summarize(
    runs.flatMap((run) => run.latencies),
    runs.reduce((sum, run) => sum + run.seconds, 0),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ingest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
