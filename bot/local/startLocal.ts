import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pretty from 'pino-pretty';
import { type Config, isLoopbackHost, loadConfig } from '../config/config';
import { ConfigError } from '../config/configError';
import { readEnvironment } from '../config/readEnvironment';
import { createLogger } from '../logging/createLogger';
import { startAzurite } from './azuriteProcess';
import type { RunningProcess } from './childProcess';
import { type LocalOptions, loadLocalOptions } from './localOptions';
import { startPlayground } from './playgroundProcess';
import { startPlaygroundRelay } from './playgroundRelay';
import { isPortFree } from './ports';
import { superviseService } from './serviceSupervisor';
import { unsupportedNodeReason } from './supportedNode';
import { buildTab, tabBuildIsStale } from './tabBuild';

/**
 * `npm start`: the whole app on one machine. An embedded Azurite persisting under `.data/`, the
 * service (in a process of its own, started again if it dies), and the Agents Playground to chat
 * with the bot in a browser. Ctrl-C stops them all.
 */
async function startLocal(): Promise<void> {
  const unsupported = unsupportedNodeReason();
  if (unsupported) fail(unsupported);
  const env = readEnvironment();
  const config = loadConfig(env);
  const options = loadLocalOptions(env);
  if (config.mode !== 'local') {
    fail(
      'npm start runs Lärdomar locally and needs local mode, but MicrosoftAppId is set.\n' +
        'Remove MicrosoftAppId from the environment or .env, or run the built service with npm run serve.',
    );
  }
  await requireFreePorts(config, options);

  const logger = createLogger(
    config.logLevel,
    pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' }),
  );
  const stack: { name: string; stop: () => Promise<void> }[] = [];
  const stopAll = async () => {
    for (const part of stack.reverse()) {
      await part
        .stop()
        .catch((error: unknown) => logger.warn({ err: error }, `${part.name} did not stop cleanly`));
    }
  };
  let stoppingSince: number | undefined;
  const onSignal = (signal: string) => {
    // Ctrl-C reaches this process both from the terminal and relayed by npm/tsx; only a second
    // press a moment later means "stop now, without waiting".
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < 1500) return;
      process.stdout.write('\nStopping at once.\n');
      process.exit(130);
    }
    stoppingSince = Date.now();
    process.stdout.write(`\n${signal}: stopping Lärdomar…\n`);
    void stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  // Should the launcher itself fail, Azurite is still stopped the way that keeps its data (one
  // SIGINT), not killed with the launcher.
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'the launcher failed; stopping Lärdomar');
    void stopAll().then(() => process.exit(1));
  });

  try {
    const azuritePort = config.storage.emulatorPort;
    if (azuritePort !== undefined) {
      const location = join(options.dataDir, 'azurite');
      mkdirSync(location, { recursive: true });
      const azurite: RunningProcess = await startAzurite({ host: '127.0.0.1', port: azuritePort, location });
      // Azurite writes its data to disk as it stops; with the sample round that takes seconds, and
      // killing it early loses what was stored since its last periodic save (see startAzurite).
      stack.push({ name: 'Azurite', stop: () => azurite.stop(60_000) });
    }

    if (tabBuildIsStale()) {
      process.stdout.write('Building the tab (Vite)…\n');
      await buildTab();
    }

    // The service loads the sample round itself (only into empty storage) before it says it is ready.
    const service = await superviseService({
      script: join(__dirname, 'serviceProcess.ts'),
      say: (line) => process.stdout.write(`${line}\n`),
      onGiveUp: (reason) => {
        process.stderr.write(`${reason}\nStopping Lärdomar; see the log lines above for why.\n`);
        void stopAll().then(() => process.exit(1));
      },
    });
    stack.push({ name: 'service', stop: () => service.stop() });

    let playgroundUrl: string | undefined;
    if (options.playground) {
      mkdirSync(options.dataDir, { recursive: true });
      const relay = await startPlaygroundRelay({
        botEndpoint: `http://localhost:${service.port}/api/messages`,
        locale: options.playgroundLocale,
      });
      stack.push({ name: 'Playground relay', stop: () => relay.close() });
      const playground = await startPlayground({
        port: options.playgroundPort,
        botEndpoint: relay.url,
        locale: options.playgroundLocale,
        configPath: '.m365agentsplayground.yml',
        logFile: join(options.dataDir, 'playground.log'),
      });
      stack.push({ name: 'Agents Playground', stop: () => playground.stop() });
      playgroundUrl = `http://localhost:${options.playgroundPort}`;
    }

    printBanner(service.url, service.pid(), playgroundUrl, azuritePort, options, config.host);
  } catch (error) {
    logger.error({ err: error }, 'Lärdomar could not start');
    await stopAll();
    process.exit(1);
  }
}

async function requireFreePorts(config: Config, options: LocalOptions): Promise<void> {
  const wanted: [number, string, string][] = [[config.port, 'PORT', 'the bot service']];
  if (config.storage.emulatorPort !== undefined) {
    wanted.push([config.storage.emulatorPort, 'AZURITE_PORT', 'the local table storage (Azurite)']);
  }
  if (options.playground) wanted.push([options.playgroundPort, 'PLAYGROUND_PORT', 'the Agents Playground']);
  const taken: string[] = [];
  for (const [port, variable, what] of wanted) {
    if (!(await isPortFree(port, config.host === '0.0.0.0' ? '0.0.0.0' : '127.0.0.1'))) {
      taken.push(`Port ${port} (${variable}, for ${what}) is already in use.`);
    }
  }
  if (taken.length > 0) {
    fail(
      `${taken.join('\n')}\nIs Lärdomar already running? Stop the other program, or choose other ports, for example:\n` +
        '  PORT=3979 AZURITE_PORT=10012 PLAYGROUND_PORT=56151 npm start',
    );
  }
}

function printBanner(
  serviceUrl: string,
  servicePid: number | undefined,
  playgroundUrl: string | undefined,
  azuritePort: number | undefined,
  options: LocalOptions,
  host: string,
) {
  const exposed = isLoopbackHost(host)
    ? []
    : [
        '',
        `  !!! WARNING: listening on ${host}, not on loopback. In local mode there is no sign-in:`,
        '  !!! anyone who can reach this machine can act as a coordinator and read every answer.',
        '  !!! Leave HOST unset (127.0.0.1) unless this machine is on a network you trust alone.',
      ];
  const lines = [
    '',
    'Lärdomar is running locally.',
    '',
    ...(playgroundUrl
      ? [
          `  Chat with the bot:  ${playgroundUrl}   (Agents Playground as ${options.playgroundLocale}; write "${options.playgroundLocale.startsWith('en') ? 'help' : 'hjälp'}")`,
        ]
      : []),
    `  Tab:                ${serviceUrl}/tab/   (sign in locally as a coordinator, leadership or a group member)`,
    `  Bot endpoint:       ${serviceUrl}/api/messages`,
    `  Health:             ${serviceUrl}/healthz`,
    `  Service process:    pid ${servicePid ?? '?'} (started again at once if it stops)`,
    azuritePort !== undefined
      ? `  Storage:            Azurite on 127.0.0.1:${azuritePort}, data kept in ${join(options.dataDir, 'azurite')}`
      : '  Storage:            as configured (STORAGE_CONNECTION_STRING / STORAGE_ACCOUNT_URL)',
    ...(playgroundUrl ? [] : ['  Playground:         off (PLAYGROUND=off)']),
    ...exposed,
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

startLocal().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(`${error.message}\nSee .env.example for every setting.`);
  process.stderr.write(
    `Lärdomar could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
