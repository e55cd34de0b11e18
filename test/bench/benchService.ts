import type { Logger } from 'pino';
import { azuriteConnectionString, type Config } from '../../bot/config/config';
import { startAzurite } from '../../bot/local/azuriteProcess';
import { findFreePort } from '../../bot/local/ports';
import { type RunningService, type ServiceOptions, startService } from '../../bot/service';

/**
 * The service in local mode on an in-memory Azurite of its own, as the benchmarks run it: logs at
 * warn, everyone a coordinator, nothing else configured. `stop` ends both.
 */
export async function startBenchService(
  tablePrefix: string,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<{ service: RunningService; stop(): Promise<void> }> {
  const port = await findFreePort();
  const azurite = await startAzurite({ host: '127.0.0.1', port });
  const config: Config = {
    mode: 'local',
    host: '127.0.0.1',
    port: 0,
    logLevel: 'warn',
    defaultLocale: 'sv',
    bot: { kind: 'anonymous' },
    storage: {
      kind: 'connectionString',
      connectionString: azuriteConnectionString('127.0.0.1', port),
      tablePrefix,
    },
    coordinators: { objectIds: [], userPrincipalNames: [], teamIds: [], everyone: true },
    tab: {},
    allowedTenants: [],
    leadership: [],
  };
  const service = await startService(config, logger, options);
  return {
    service,
    stop: async () => {
      await service.close();
      await azurite.stop();
    },
  };
}
