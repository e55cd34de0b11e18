import { loadConfig } from './config/config';
import { ConfigError } from './config/configError';
import { readEnvironment } from './config/readEnvironment';
import { createLogger } from './logging/createLogger';
import { exitOnFatalError } from './server/exitOnFatalError';
import { startService } from './service';

/** Entry point in Azure (and `npm run serve`): configuration from the environment, then the service. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(readEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const service = await startService(config, logger);
  // App Service starts the process again after it exits.
  exitOnFatalError(logger, service.requests);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Lärdomar could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
