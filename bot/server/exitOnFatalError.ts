import type { Logger } from 'pino';
import type { RequestsInFlight } from './requestsInFlight';

/**
 * An error nobody caught leaves the process in a state no one planned for, so it stops (App
 * Service, or `npm start`, starts it again), but first it says why and while serving which request:
 * the correlation id ties the fatal line to that request's other log lines. pino writes
 * synchronously, so the line is out before the process exits.
 */
export function exitOnFatalError(
  logger: Logger,
  requests: RequestsInFlight,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  const stop = (kind: string, error: unknown) => {
    const now = Date.now();
    logger.fatal(
      {
        err: error,
        correlationId: requests.current()?.correlationId,
        inFlight: requests.all().map(({ correlationId, method, path, startedAt }) => ({
          correlationId,
          method,
          path,
          ms: now - startedAt,
        })),
      },
      `stopping after ${kind}`,
    );
    exit(1);
  };
  process.on('uncaughtException', (error) => stop('an uncaught exception', error));
  process.on('unhandledRejection', (reason) => stop('an unhandled rejection', reason));
}
