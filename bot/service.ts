import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createTabApi } from './api/tabApi';
import type { SigningKeys } from './api/tokenVerifier';
import { type Config, isLoopbackHost } from './config/config';
import { createBackgroundTasks } from './jobs/backgroundTasks';
import { DeliveryWorker } from './jobs/deliveryWorker';
import { ReminderWorker } from './jobs/reminderWorker';
import { createThemeThread } from './jobs/themeThread';
import { ThemeUpdater } from './jobs/themeUpdater';
import { type CallerLimitRules, createCallerLimits } from './server/callerLimits';
import { createServer } from './server/createServer';
import { RequestsInFlight } from './server/requestsInFlight';
import { checkStorage } from './storage/storageHealth';
import { createTableStorage, ensureTables, type TableStorage } from './storage/tableStorage';
import { createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';
import { createCoordinatorByTeams } from './teams/coordinatorByTeams';
import { createCoordinatorGate } from './teams/coordinatorGate';
import { createLiveStatusUpdater } from './teams/liveStatus';
import { createMessagesEndpoint } from './teams/messagesEndpoint';
import { createProactiveSender } from './teams/proactiveSender';
import { cardUpdater, promptDelivery, reminderDelivery } from './teams/promptDelivery';
import { teamRoster } from './teams/roster';
import { singleAttemptConnectorOptions } from './teams/singleAttemptTransport';
import { themeEngineVersion } from './themes/findThemes';
import { createApplication } from './usecases/application';
import type { Effects } from './usecases/effects';
import { groupNameLookup } from './usecases/groupDirectory';
import { createRoundReads } from './usecases/roundReads';
import { createRoundStores } from './usecases/roundServices';

export type RunningService = {
  url: string;
  port: number;
  storage: TableStorage;
  worker: DeliveryWorker;
  reminderWorker: ReminderWorker;
  themeUpdater: ThemeUpdater;
  /** The requests being served, for the last words of a process that dies (exitOnFatalError). */
  requests: RequestsInFlight;
  close(): Promise<void>;
};

export type ServiceOptions = {
  now?: () => Date;
  /** Off in tests that drive the worker themselves. */
  startWorker?: boolean;
  workerPollMs?: number;
  reminderTickMs?: number;
  /** Quiet time after an answer before themes are recomputed. */
  themeDebounceMs?: number;
  /** How long the tab API shares a round's answers and themes between polls (0: not at all). */
  sharedReadsMs?: number;
  /** Keys standing in for Entra's in production mode, so tests check tokens without the network. */
  tabSigningKeys?: SigningKeys;
  /** Where the built tab is; `dist/tab` of the repository when not given. */
  tabDir?: string;
  /** Per-caller limits of the tab API; the standard ones (bot/server/callerLimits) when not given. */
  callerLimits?: CallerLimitRules;
  /** How long one storage call may take (storageCallTimeoutMs when not given). */
  storageCallTimeoutMs?: number;
};

/**
 * The composition root: builds storage, repositories, the Teams app, the delivery worker, the tab's
 * API and the HTTP server from one validated configuration, and starts listening. Nothing else creates
 * long-lived objects.
 */
export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const now = options.now ?? (() => new Date());
  const storage = createTableStorage(config.storage, options.storageCallTimeoutMs);
  await ensureTables(storage);

  const stores = createRoundStores(storage);
  const { teams, threads, themes } = stores;
  const background = createBackgroundTasks(logger.child({ component: 'background' }));
  const botAppId = config.bot.kind === 'anonymous' ? '' : config.bot.appId;

  const adapter = createAdapter(config.bot);
  // Proactive sends get an adapter of their own whose transport makes one attempt per call, so
  // the sender's own retries and rate limits are the only ones.
  const sender = createProactiveSender({
    adapter: createAdapter(config.bot, singleAttemptConnectorOptions()),
    botAppId,
    logger: logger.child({ component: 'sender' }),
  });
  const rosterOf = async (teamId: string) => {
    const team = await teams.get(teamId);
    return team ? teamRoster(adapter, botAppId, team) : [];
  };

  // Every after-effect of every use case, wired here once for chat and tab alike. The workers it
  // wakes are built below; an effect is only ever called once a request is served.
  const effects: Effects = {
    deliveryQueued: () => worker.kick(),
    remindersQueued: () => reminderWorker.kick(),
    answersChanged: (roundId) => {
      roundReads.forget(roundId);
      themeUpdater.answersChanged(roundId);
      // The status cards coordinators follow show answers too (redraws are gathered per round).
      liveStatus(roundId);
    },
    roundChanged: (roundId) => {
      roundReads.forget(roundId);
      liveStatus(roundId);
    },
    themesNeeded: async (roundId) => {
      await themeUpdater.recompute(roundId);
    },
    themesWanted: (roundId) => themeUpdater.wanted(roundId),
  };
  const roundReads = createRoundReads(
    {
      answers: (roundId) => stores.responses.forRoundWithoutText(roundId),
      themes: (roundId, part) => themes.forPart(roundId, part),
    },
    { lifetimeMs: options.sharedReadsMs ?? 3000, clock: Date.now },
  );

  const application = createApplication({
    stores,
    effects,
    rosterOf,
    rosterFailed: (teamId, error) => logger.warn({ err: error, teamId }, 'team roster not recorded'),
    reads: roundReads,
  });

  const liveStatus = createLiveStatusUpdater({
    app: application,
    update: cardUpdater(sender),
    logger,
    now,
  });
  const worker = new DeliveryWorker({
    workerId: `worker-${randomUUID()}`,
    rounds: stores.rounds,
    deliveries: stores.deliveries,
    teams,
    threads,
    prompts: promptDelivery(sender),
    groupNames: (locale) => groupNameLookup(stores, locale),
    logger: logger.child({ component: 'delivery' }),
    now,
    ...(options.workerPollMs ? { pollMs: options.workerPollMs } : {}),
    onProgress: liveStatus,
  });

  const reminderWorker = new ReminderWorker({
    workerId: `reminders-${randomUUID()}`,
    stores,
    reminders: stores.reminders,
    port: reminderDelivery(sender),
    groupNames: (locale) => groupNameLookup(stores, locale),
    logger: logger.child({ component: 'reminders' }),
    now,
    ...(options.reminderTickMs ? { tickMs: options.reminderTickMs } : {}),
  });

  const themeThread = createThemeThread();
  const themeUpdater = new ThemeUpdater({
    rounds: stores.rounds,
    targets: stores.targets,
    responses: stores.responses,
    themes,
    engine: { version: themeEngineVersion, find: (inputs) => themeThread.find(inputs) },
    logger: logger.child({ component: 'themes' }),
    now,
    ...(options.themeDebounceMs !== undefined ? { debounceMs: options.themeDebounceMs } : {}),
    onSaved: (roundId) => roundReads.forget(roundId),
  });

  const app = createTeamsApp(adapter, {
    app: application,
    logger,
    defaultLocale: config.defaultLocale,
    now,
    isCoordinator: createCoordinatorGate({
      policy: config.coordinators,
      adapter,
      botAppId,
      teams: application.teams,
      logger,
      now,
    }),
    inBackground: (name, work) => background.run(name, work),
    rosterOf,
    tellPrivately: async (person, text) => {
      const sent = await sender.sendToPerson(person, { type: 'message', text });
      if (!sent.ok) logger.warn({ reason: sent.reason }, 'private note not delivered');
    },
  });
  const tabApi = await createTabApi(
    {
      mode: config.mode,
      tab: config.tab,
      allowedTenants: config.allowedTenants,
      coordinators: config.coordinators,
      leadership: config.leadership,
      ...(options.tabSigningKeys ? { entraKeys: options.tabSigningKeys } : {}),
      coordinatorByTeams: createCoordinatorByTeams({
        policy: config.coordinators,
        adapter,
        botAppId,
        teams: application.teams,
        logger: logger.child({ component: 'tab-coordinators' }),
        now,
      }),
    },
    {
      app: application,
      now,
    },
  );
  const requests = new RequestsInFlight();
  const server = createServer({
    logger,
    mode: config.mode,
    defaultLocale: config.defaultLocale,
    requests,
    callerLimits: createCallerLimits(options.callerLimits),
    handleMessages: createMessagesEndpoint(adapter, app, { allowedTenants: config.allowedTenants }),
    checkStorage: () => checkStorage(storage),
    apiRoutes: tabApi,
    ...(options.tabDir ? { tabDir: options.tabDir } : {}),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  if (options.startWorker !== false) {
    worker.start();
    reminderWorker.start();
  }
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info({ port, mode: config.mode }, 'service listening');
  if (config.mode === 'local' && !isLoopbackHost(config.host)) {
    logger.warn(
      { host: config.host },
      `LOCAL MODE ON ${config.host}: anyone who can reach port ${port} can sign in as a coordinator and read every answer. ` +
        'Listen on 127.0.0.1 (leave HOST unset), or set MicrosoftAppId to run in production mode.',
    );
  }

  return {
    url: `http://${shownHost}:${port}`,
    port,
    storage,
    worker,
    reminderWorker,
    themeUpdater,
    requests,
    close: async () => {
      await worker.stop();
      await reminderWorker.stop();
      await themeUpdater.stop();
      await themeThread.close();
      await background.settled();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; nothing more is accepted at this point.
        server.server.closeAllConnections?.();
      });
    },
  };
}
