import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config/config';
import { createServer } from './server/createServer';
import { checkStorage } from './storage/storageHealth';
import { createTableStorage, ensureTables, type TableStorage } from './storage/tableStorage';
import { TeamRepository } from './storage/teamRepository';
import { createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';
import { createMessagesEndpoint } from './teams/messagesEndpoint';

export type RunningService = {
  url: string;
  port: number;
  storage: TableStorage;
  close(): Promise<void>;
};

/**
 * The composition root: builds storage, repositories, the Teams app and the HTTP server from one
 * validated configuration, and starts listening. Nothing else creates long-lived objects.
 */
export async function startService(
  config: Config,
  logger: Logger,
  options: { now?: () => Date } = {},
): Promise<RunningService> {
  const now = options.now ?? (() => new Date());
  const storage = createTableStorage(config.storage);
  await ensureTables(storage);

  const adapter = createAdapter(config.bot);
  const app = createTeamsApp(adapter, {
    teams: new TeamRepository(storage),
    logger,
    defaultLocale: config.defaultLocale,
    now,
  });
  const server = createServer({
    logger,
    handleMessages: createMessagesEndpoint(adapter, app),
    checkStorage: () => checkStorage(storage),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info({ port, mode: config.mode }, 'service listening');

  return {
    url: `http://${shownHost}:${port}`,
    port,
    storage,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; nothing more is accepted at this point.
        server.server.closeAllConnections?.();
      }),
  };
}
