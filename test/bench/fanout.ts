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
import { azuriteConnectionString } from '../../bot/config/config';
import type { ConversationAddress } from '../../bot/domain/team';
import { DeliveryWorker } from '../../bot/jobs/deliveryWorker';
import { startAzurite } from '../../bot/local/azuriteProcess';
import type { RunningProcess } from '../../bot/local/childProcess';
import { findFreePort } from '../../bot/local/ports';
import { createLogger } from '../../bot/logging/createLogger';
import { createTableStorage, ensureTables, type TableStorage } from '../../bot/storage/tableStorage';
import { ThreadRepository } from '../../bot/storage/threadRepository';
import { createAdapter } from '../../bot/teams/adapter';
import { createProactiveSender } from '../../bot/teams/proactiveSender';
import { promptDelivery } from '../../bot/teams/promptDelivery';
import { singleAttemptConnectorOptions } from '../../bot/teams/singleAttemptTransport';
import { createDraft, saveDraft } from '../../bot/usecases/draftRound';
import { launchRound } from '../../bot/usecases/launchRound';
import type { RoundStores } from '../../bot/usecases/roundServices';
import { ConnectorService, type ConnectorStats } from '../support/connectorService';
import { roundStores } from '../support/deliveryHarness';
import { recordedEffects } from '../support/effects';

const appRateLimit = 50;

/** Sends one new thread to each target channel; calls `progress` after each target is settled. */
export type SendAll = ((targets: ConversationAddress[], progress: () => void) => Promise<void>) & {
  /** Untimed set-up before the clock starts (installing the teams, writing the draft). */
  prepare?: (targets: ConversationAddress[]) => Promise<void>;
  /** Untimed clean-up after. */
  dispose?: () => Promise<void>;
};

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

    await sendAll.prepare?.(targets);
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
    await sendAll.dispose?.();

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

/**
 * The whole path a launch takes: the ledger written to Table Storage (a local Azurite), then the
 * delivery worker claiming, sending through the sender and recording each prompt. The clock runs
 * from the launch (ledger written, round opened) until every prompt is settled.
 */
export function sendThroughLedger(options: { concurrency: number; rate: number }): SendAll {
  let azurite: RunningProcess | undefined;
  let stores: RoundStores | undefined;
  let storage: TableStorage | undefined;
  let roundId = '';
  const send: SendAll = async (_targets, progress) => {
    if (!stores || !storage) throw new Error('prepare() was not called');
    const launchStarted = performance.now();
    await launchRound(stores, recordedEffects(), roundId, new Date());
    process.stderr.write(
      `fanout: launch written (ledger and round) in ${((performance.now() - launchStarted) / 1000).toFixed(2)} s\n`,
    );
    const worker = new DeliveryWorker({
      workerId: 'bench-worker',
      rounds: stores.rounds,
      deliveries: stores.deliveries,
      teams: stores.teams,
      threads: new ThreadRepository(storage),
      prompts: promptDelivery(
        createProactiveSender({
          adapter: createAdapter({ kind: 'anonymous' }, singleAttemptConnectorOptions()),
          botAppId: '',
          limits: { tenantRatePerSecond: options.rate },
          logger: createLogger('warn', process.stderr),
        }),
      ),
      groupNames: async () => (groupId) => groupId,
      logger: createLogger('warn', process.stderr),
      now: () => new Date(),
      concurrency: options.concurrency,
      onProgress: progress,
    });
    // One pass settles every entry unless a prompt failed for now; then pass again until none is left.
    let settledInPass: number;
    do {
      settledInPass = await worker.runOnce();
    } while (settledInPass > 0 && (await stores.deliveries.unsettled(roundId)).length > 0);
  };
  send.prepare = async (targets) => {
    const port = await findFreePort();
    azurite = await startAzurite({ host: '127.0.0.1', port });
    storage = createTableStorage({
      kind: 'connectionString',
      connectionString: azuriteConnectionString('127.0.0.1', port),
      tablePrefix: 'bench',
    });
    await ensureTables(storage);
    stores = roundStores(storage);
    const now = new Date();
    for (const target of targets) {
      await stores.teams.save({
        id: target.conversationId,
        name: target.conversationId,
        tenantId: target.tenantId,
        address: target,
        channels: [{ id: target.conversationId, name: '', isGeneral: true }],
        installedAt: now,
        updatedAt: now,
        removedAt: null,
      });
    }
    const draft = await createDraft(stores, { template: 'sv' }, { id: 'bench', name: 'Bench' }, now);
    await saveDraft(
      stores,
      draft.id,
      {
        content: { ...draft, questions: draft.questions.map((question) => question.text) },
        deadline: new Date(now.getTime() + 14 * 24 * 3600 * 1000),
        targets: targets.map((target) => ({
          groupId: target.conversationId,
          mode: 'together' as const,
          members: [],
        })),
      },
      now,
    );
    roundId = draft.id;
  };
  send.dispose = async () => {
    await azurite?.stop();
  };
  return send;
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
      via: { type: 'string', default: 'ledger' },
    },
  });
  const targets = Number(values.targets);
  if (!Number.isInteger(targets) || targets < 1) throw new Error('--targets must be a positive whole number');

  const how = { concurrency: Number(values.concurrency), rate: Number(values.rate) };
  if (values.via !== 'ledger' && values.via !== 'sender') throw new Error('--via must be ledger or sender');
  process.stderr.write(
    `fanout: through the ${values.via === 'ledger' ? 'delivery ledger and worker' : 'sender alone'}\n`,
  );
  const result = await runFanout(values.via === 'ledger' ? sendThroughLedger(how) : sendThroughSender(how), {
    targets,
    seed: Number(values.seed),
  });
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
