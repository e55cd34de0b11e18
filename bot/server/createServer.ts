import type { Logger } from 'pino';
import restify, { type Request, type Response } from 'restify';
import type { ApiRoute } from '../api/http';
import type { Locale } from '../domain/locale';
import type { StorageHealth } from '../storage/storageHealth';
import { mountApiRoutes } from './apiMount';
import { type CallerLimits, createCallerLimits } from './callerLimits';
import { correlationHeader, correlationIdOf } from './correlation';
import { healthStatus } from './healthRoute';
import { jsonBodyReader } from './jsonBody';
import { sendRefusal } from './refusal';
import { requestLocale } from './requestLocale';
import { RequestsInFlight } from './requestsInFlight';
import { securityHeaders } from './securityHeaders';
import { defaultTabDir, tabFile } from './tabFiles';

/** A handler for the Bot Framework endpoint; it writes the response itself. */
export type MessagesHandler = (request: Request, response: Response, logger: Logger) => Promise<void>;

export type ServerDeps = {
  logger: Logger;
  /** Production adds HSTS (it is reached over HTTPS only) and trusts no anonymous caller. */
  mode: 'local' | 'production';
  /** The language of refusals to callers who ask for none of ours. */
  defaultLocale: Locale;
  handleMessages: MessagesHandler;
  checkStorage: () => Promise<StorageHealth>;
  /** The tab's API (bot/api), registered under /api. */
  apiRoutes?: readonly ApiRoute[];
  /** The built tab, served at /tab/; `dist/tab` of the repository when not given. */
  tabDir?: string;
  /** Where the requests being served are tracked, for the last words of a dying process. */
  requests?: RequestsInFlight;
  /** Per-caller limits of the tab's API; the standard ones when not given. */
  callerLimits?: CallerLimits;
};

/** Largest request body accepted. Teams activities are a few KiB; cards with answers stay far below. */
export const maxBodyBytes = 256 * 1024;

const loggerOf = new WeakMap<Request, Logger>();

/**
 * The HTTP server: specific routes first. `/api/messages` is the bot; `/healthz` liveness with
 * storage reachability; the tab's API under `/api/`; the tab's files under `/tab/`, last, since
 * every path below it answers.
 */
export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'lardomar', handleUncaughtExceptions: false });
  const requests = deps.requests ?? new RequestsInFlight();
  const localeOf = (request: Request) => requestLocale(request.headers, deps.defaultLocale);

  server.pre((request, response, next) => {
    const correlationId = correlationIdOf(request.headers);
    const path = request.getPath();
    response.setHeader(correlationHeader, correlationId);
    for (const [name, value] of Object.entries(securityHeaders(path, deps.mode))) {
      response.setHeader(name, value);
    }
    loggerOf.set(request, deps.logger.child({ correlationId }));
    requests.track(
      { correlationId, method: request.method ?? '', path, startedAt: Date.now() },
      (done) => response.once('close', done),
      () => next(),
    );
  });
  // Every route's body is read here, after routing: an unknown path never has its body read.
  server.use(
    jsonBodyReader(maxBodyBytes, (request, response, refusal) =>
      sendRefusal(response, refusal, localeOf(request)),
    ),
  );

  server.on('after', (request: Request, response: Response) => {
    requestLogger(request, deps.logger).info(
      {
        method: request.method,
        path: request.getPath(),
        status: response.statusCode,
        ms: elapsedMs(request),
      },
      'request',
    );
  });

  // restify's own errors (bad JSON, body too large, unknown route) answer with a short JSON reason.
  server.on(
    'restifyError',
    (_request: Request, _response: Response, error: RestifyError, callback: () => void) => {
      error.toJSON = () => ({ error: errorCode(error), message: shortMessage(error) });
      callback();
    },
  );

  server.post('/api/messages', async (request: Request, response: Response) => {
    await deps.handleMessages(request, response, requestLogger(request, deps.logger));
  });

  server.get('/healthz', async (_request: Request, response: Response) => {
    const { status, body } = await healthStatus(deps.checkStorage);
    response.send(status, body);
  });

  mountApiRoutes(server, deps.apiRoutes ?? [], {
    loggerFor: (request) => requestLogger(request, deps.logger),
    localeOf,
    limits: deps.callerLimits ?? createCallerLimits(),
  });

  const tabDir = deps.tabDir ?? defaultTabDir();
  // The tab's files are addressed relative to /tab/, so /tab itself would load them from /.
  server.get('/tab', async (request: Request, response: Response) => {
    const query = request.getQuery();
    response.sendRaw(301, '', { location: query ? `/tab/?${query}` : '/tab/' });
  });
  server.get('/tab/*', async (request: Request, response: Response) => {
    const file = await tabFile(tabDir, request.getPath().slice('/tab/'.length));
    response.sendRaw(file.status, file.body, file.headers);
  });

  return server;
}

export function requestLogger(request: Request, fallback: Logger): Logger {
  return loggerOf.get(request) ?? fallback;
}

type RestifyError = Error & { statusCode?: number; body?: { code?: string }; toJSON?: () => unknown };

function elapsedMs(request: Request): number {
  const started = (request as Request & { _time?: number })._time ?? Date.now();
  return Date.now() - started;
}

function errorCode(error: RestifyError): string {
  const code = error.body?.code ?? error.name;
  return code
    .replace(/Error$/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

function shortMessage(error: RestifyError): string {
  if (error.statusCode === 413) return `The body is larger than ${maxBodyBytes} bytes.`;
  if (/JSON/i.test(error.message)) return 'The body is not valid JSON.';
  if (error.statusCode === 404) return 'No such route.';
  if (error.statusCode === 405) return 'This method is not allowed here.';
  return error.statusCode && error.statusCode < 500 ? error.message : 'Internal error.';
}
