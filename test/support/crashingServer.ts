import type { AddressInfo } from 'node:net';
import { createLogger } from '../../bot/logging/createLogger';
import { createServer } from '../../bot/server/createServer';
import { exitOnFatalError } from '../../bot/server/exitOnFatalError';
import { RequestsInFlight } from '../../bot/server/requestsInFlight';

/**
 * The real HTTP server with a bot handler that fails in a way nobody planned for: it throws from a
 * timer, outside any promise a caller could catch. Run as a process of its own by
 * test/server/fatalError.test.ts; prints its port once it listens.
 */
const logger = createLogger('info');
const requests = new RequestsInFlight();
const server = createServer({
  logger,
  mode: 'production',
  defaultLocale: 'sv',
  requests,
  handleMessages: async (request) => {
    const body = request.body as { fail?: string };
    setTimeout(() => {
      if (body.fail === 'throw') throw new Error('an unforeseen failure');
      void Promise.reject(new Error('an unforeseen rejection'));
    }, 10);
    await new Promise(() => undefined);
  },
  checkStorage: async () => ({ reachable: true, latencyMs: 0 }),
});
exitOnFatalError(logger, requests);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
