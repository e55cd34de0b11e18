/**
 * How fast a round's prompts reach N groups under Teams' per-app limit, and whether any is lost or
 * doubled. A local Bot Connector plays Teams under load (50 requests/s for the app, 10 % random 429s
 * with Retry-After 1 s, seeded); every target is a channel that should get exactly one new thread.
 *
 *   npm run bench:fanout -- --targets 2000 [--concurrency 100] [--rate 50] [--seed 7]
 *
 * The last line on stdout is the result:
 *   fanout: 2000 targets, 44.1 s, floor 40.0 s, ratio 1.10, lost 0, duplicated 0
 * floor = targets / 50 (no request can beat the limit); lost = targets without a thread;
 * duplicated = threads beyond one per target. The exit code is 1 when anything was lost or doubled.
 *
 * `runFanout(sendAll)` takes the "send to every target" part as a function, so the same measure can
 * be taken through the delivery ledger and worker instead of the sender alone.
 */
import { parseArgs } from 'node:util';
import type { ConversationAddress } from '../../bot/domain/team';
import { createLogger } from '../../bot/logging/createLogger';
import { createAdapter } from '../../bot/teams/adapter';
import { createProactiveSender } from '../../bot/teams/proactiveSender';
import { singleAttemptConnectorOptions } from '../../bot/teams/singleAttemptTransport';
import { ConnectorService, type ConnectorStats } from '../support/connectorService';

const appRateLimit = 50;

/** Sends one new thread to each target channel; calls `progress` after each target is settled. */
export type SendAll = (targets: ConversationAddress[], progress: () => void) => Promise<void>;

export type FanoutOptions = { targets: number; seed: number };

export type FanoutResult = {
  targets: number;
  seconds: number;
  floorSeconds: number;
  ratio: number;
  lost: number;
  duplicated: number;
  stats: ConnectorStats;
};

export async function runFanout(sendAll: SendAll, options: FanoutOptions): Promise<FanoutResult> {
  const connector = await ConnectorService.start({
    appRateLimit: { perSecond: appRateLimit, retryAfterSeconds: 1 },
    random429: { share: 0.1, retryAfterSeconds: 1 },
    seed: options.seed,
  });
  try {
    const targets = Array.from({ length: options.targets }, (_, i) => ({
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      tenantId: 'bench-tenant',
      conversationId: `19:bench-group-${i}@thread.tacv2`,
      botId: '28:lardomar-bench',
      botName: 'Lärdomar',
    }));

    let settled = 0;
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    const report = setInterval(() => {
      const { rateLimited, random429 } = connector.stats;
      process.stderr.write(
        `fanout: ${settled}/${targets.length} settled, ${connector.deliveries().length} threads, ` +
          `429s ${rateLimited} over the limit + ${random429} random, ${elapsed().toFixed(1)} s\n`,
      );
    }, 1000);
    try {
      await sendAll(targets, () => {
        settled += 1;
      });
    } finally {
      clearInterval(report);
    }
    const seconds = elapsed();

    let lost = 0;
    let duplicated = 0;
    for (const target of targets) {
      const threads = connector.threadsIn(target.conversationId).length;
      if (threads === 0) lost += 1;
      else duplicated += threads - 1;
    }
    const floorSeconds = options.targets / appRateLimit;
    return {
      targets: options.targets,
      seconds,
      floorSeconds,
      ratio: seconds / floorSeconds,
      lost,
      duplicated,
      stats: { ...connector.stats },
    };
  } finally {
    await connector.close();
  }
}

/** The sender on its own: `concurrency` sends in flight, paced by its buckets at `rate` a second. */
export function sendThroughSender(options: { concurrency: number; rate: number }): SendAll {
  const sender = createProactiveSender({
    adapter: createAdapter({ kind: 'anonymous' }, singleAttemptConnectorOptions()),
    botAppId: '',
    limits: { tenantRatePerSecond: options.rate },
    logger: createLogger('warn', process.stderr),
  });
  return async (targets, progress) => {
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const target = targets[next++] as ConversationAddress;
        await sender.startThread(target, { text: `Samlade lärdomar – ${target.conversationId}` });
        progress();
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  };
}

export function formatResult(result: FanoutResult): string {
  return (
    `fanout: ${result.targets} targets, ${result.seconds.toFixed(1)} s, floor ${result.floorSeconds.toFixed(1)} s, ` +
    `ratio ${result.ratio.toFixed(2)}, lost ${result.lost}, duplicated ${result.duplicated}`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      targets: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '100' },
      rate: { type: 'string', default: String(appRateLimit) },
      seed: { type: 'string', default: '7' },
    },
  });
  const targets = Number(values.targets);
  if (!Number.isInteger(targets) || targets < 1) throw new Error('--targets must be a positive whole number');

  const result = await runFanout(
    sendThroughSender({ concurrency: Number(values.concurrency), rate: Number(values.rate) }),
    { targets, seed: Number(values.seed) },
  );
  const { requests, rateLimited, random429 } = result.stats;
  // Random 429s count against the app's limit like any request Teams saw, so the attempts alone
  // need requests / 50 seconds; the floor above counts only the targets.
  process.stderr.write(
    `fanout: ${requests} requests (${(requests / appRateLimit).toFixed(1)} s at the limit), ` +
      `${rateLimited} refused over the rate limit, ${random429} random 429s\n`,
  );
  process.stdout.write(`${formatResult(result)}\n`);
  process.exitCode = result.lost > 0 || result.duplicated > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`fanout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
