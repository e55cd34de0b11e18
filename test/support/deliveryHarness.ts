import type { Logger } from 'pino';
import { DeliveryWorker } from '../../bot/jobs/deliveryWorker';
import { ReminderWorker } from '../../bot/jobs/reminderWorker';
import { createLogger } from '../../bot/logging/createLogger';
import type { TableStorage } from '../../bot/storage/tableStorage';
import { ThreadRepository } from '../../bot/storage/threadRepository';
import { createAdapter } from '../../bot/teams/adapter';
import { createProactiveSender, type ProactiveSender } from '../../bot/teams/proactiveSender';
import { promptDelivery, reminderDelivery } from '../../bot/teams/promptDelivery';
import { singleAttemptConnectorOptions } from '../../bot/teams/singleAttemptTransport';
import { createDraft, saveDraft } from '../../bot/usecases/draftRound';
import { groupNameLookup } from '../../bot/usecases/groupDirectory';
import { launchRound } from '../../bot/usecases/launchRound';
import { createRoundStores, type RoundStores } from '../../bot/usecases/roundServices';
import type { ConnectorService } from './connectorService';
import { recordedEffects } from './effects';
import { connectedTeam } from './sampleTeam';

export const launchTime = new Date('2026-10-01T08:00:00Z');
export const deadline = new Date('2026-10-16T15:00:00Z');

export function roundStores(storage: TableStorage): RoundStores {
  return createRoundStores(storage);
}

/**
 * `count` teams whose General channel is a group, installed with the connector as their service;
 * `individual` of them answer individually, with `membersEach` members.
 */
export async function launchedRound(
  stores: RoundStores,
  connector: ConnectorService,
  options: { groups: number; individual?: number; membersEach?: number },
): Promise<{ roundId: string; groupIds: string[] }> {
  const groupIds: string[] = [];
  const targets = [];
  for (let index = 0; index < options.groups; index++) {
    const id = `19:group-${String(index).padStart(4, '0')}@thread.tacv2`;
    groupIds.push(id);
    await stores.teams.save(
      connectedTeam(connector.serviceUrl, { id, name: `Grupp ${index}`, botId: '28:bot' }),
    );
    const individual = index < (options.individual ?? 0);
    targets.push({
      groupId: id,
      mode: individual ? ('individual' as const) : ('together' as const),
      members: individual
        ? Array.from({ length: options.membersEach ?? 2 }, (_, m) => ({
            id: `oid-${index}-${m}`,
            name: `Chef ${index}.${m}`,
            userId: `29:member-${index}-${m}`,
          }))
        : [],
    });
  }
  const draft = await createDraft(stores, { template: 'sv' }, { id: 'oid-karin', name: 'Karin' }, launchTime);
  const { value: round } = await stores.rounds.get(draft.id);
  await saveDraft(
    stores,
    draft.id,
    { content: { ...round, questions: round.questions.map((q) => q.text) }, deadline, targets },
    launchTime,
  );
  await launchRound(stores, recordedEffects(), draft.id, launchTime);
  return { roundId: draft.id, groupIds };
}

export function testSender(
  logger: Logger = quietLogger(),
  limits: { tenantRatePerSecond?: number } = {},
): ProactiveSender {
  return createProactiveSender({
    adapter: createAdapter({ kind: 'anonymous' }, singleAttemptConnectorOptions()),
    botAppId: '',
    logger,
    limits,
    backoff: { baseMs: 50, maxMs: 400 },
  });
}

export function deliveryWorker(
  stores: RoundStores,
  storage: TableStorage,
  sender: ProactiveSender,
  options: {
    workerId?: string;
    concurrency?: number;
    now?: () => Date;
    onProgress?: (roundId: string) => void;
  } = {},
): DeliveryWorker {
  return new DeliveryWorker({
    workerId: options.workerId ?? 'worker-test',
    rounds: stores.rounds,
    deliveries: stores.deliveries,
    teams: stores.teams,
    threads: new ThreadRepository(storage),
    prompts: promptDelivery(sender),
    groupNames: (locale) => groupNameLookup(stores, locale),
    logger: quietLogger(),
    now: options.now ?? (() => launchTime),
    concurrency: options.concurrency ?? 8,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

export function quietLogger(): Logger {
  return createLogger('silent');
}

export function reminderWorker(
  stores: RoundStores,
  sender: ProactiveSender,
  options: { workerId?: string; now: () => Date },
): ReminderWorker {
  return new ReminderWorker({
    workerId: options.workerId ?? 'reminders-test',
    stores,
    reminders: stores.reminders,
    port: reminderDelivery(sender),
    groupNames: (locale) => groupNameLookup(stores, locale),
    logger: quietLogger(),
    now: options.now,
  });
}
