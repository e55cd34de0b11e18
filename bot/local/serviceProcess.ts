import { join } from 'node:path';
import pretty from 'pino-pretty';
import { loadConfig } from '../config/config';
import { ConfigError } from '../config/configError';
import { readEnvironment } from '../config/readEnvironment';
import { sampleRoundId } from '../domain/sampleRound';
import { createLogger } from '../logging/createLogger';
import { exitOnFatalError } from '../server/exitOnFatalError';
import { startService } from '../service';
import { createRoundStores } from '../usecases/roundServices';
import { loadLocalOptions } from './localOptions';
import { loadSampleRound } from './sampleRound';

/** What this process tells `npm start` (serviceSupervisor) over its IPC channel. */
export type ServiceProcessMessage = { kind: 'ready'; url: string; port: number };

/**
 * The service as `npm start` runs it: a process of its own, so that if it dies the launcher starts
 * it again while Azurite, holding the data, keeps running. Logs are pretty at a terminal and JSON
 * lines otherwise, so a test can read them.
 */
async function runService(): Promise<void> {
  const env = readEnvironment();
  const config = loadConfig(env);
  const options = loadLocalOptions(env);
  const logger = createLogger(
    config.logLevel,
    process.stdout.isTTY
      ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' })
      : undefined,
  );
  const service = await startService(config, logger);
  exitOnFatalError(logger, service.requests);

  if (options.sampleData) {
    const answers = join(__dirname, '..', '..', 'test', 'fixtures', 'themes', 'lessons-sv.jsonl');
    // Only into a store without rounds: a removed sample stays removed once there are others.
    if (await loadSampleRound(createRoundStores(service.storage), answers)) {
      await service.themeUpdater.recompute(sampleRoundId);
      logger.info('sample round loaded: Exempelrunda, the pandemic round of 2020 with its answers');
    }
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    void service.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Orphaned (the launcher was killed), the service has nobody to restart or stop it.
  process.on('disconnect', () => stop('launcher gone'));

  const ready: ServiceProcessMessage = { kind: 'ready', url: service.url, port: service.port };
  process.send?.(ready);
}

runService().catch((error: unknown) => {
  const reason =
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`The service could not start: ${reason}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
