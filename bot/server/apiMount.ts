import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { ApiRoute } from '../api/http';
import type { Locale } from '../domain/locale';
import { callerAddress } from './callerAddress';
import type { Caller, CallerLimits } from './callerLimits';
import { sendRefusal } from './refusal';

type MountOptions = {
  loggerFor: (request: Request) => Logger;
  localeOf: (request: Request) => Locale;
  limits: CallerLimits;
};

/**
 * Puts the tab API's routes on restify. The API knows nothing of restify: it gets the parts of a
 * request it needs and returns status and body, which are sent here. Each caller's share of the
 * API is checked first, before any token is.
 */
export function mountApiRoutes(server: Server, routes: readonly ApiRoute[], options: MountOptions): void {
  for (const route of routes) {
    const register = route.method === 'GET' ? server.get.bind(server) : server.post.bind(server);
    register(route.path, async (request: Request, response: Response) => {
      // Answers name people and their groups' progress: no cache may keep them.
      response.setHeader('cache-control', 'no-store');
      const authorization = request.headers.authorization;
      const caller: Caller = {
        address: callerAddress(request),
        path: request.getPath(),
        authorization: typeof authorization === 'string' ? authorization : undefined,
      };
      const admission = await options.limits.admit(caller);
      if (!admission.admitted) {
        const seconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
        sendRefusal(
          response,
          {
            status: 429,
            code: 'rate_limited',
            text: 'rateLimited',
            values: { seconds },
            headers: { 'retry-after': String(seconds) },
          },
          options.localeOf(request),
        );
        return;
      }
      const reply = await route.handle({
        params: (request.params ?? {}) as Record<string, string>,
        query: new URLSearchParams(request.getQuery() || ''),
        body: request.body,
        authorization: caller.authorization,
        locale: options.localeOf(request),
        logger: options.loggerFor(request),
      });
      if (reply.status === 401) await options.limits.tokenRefused(caller);
      else options.limits.tokenAccepted(caller);
      response.send(reply.status, reply.body);
    });
  }
}
