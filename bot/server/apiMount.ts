import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { ApiRoute } from '../api/http';

/**
 * Puts the tab API's routes on restify. The API knows nothing of restify: it gets the parts of a
 * request it needs and returns status and body, which are sent here.
 */
export function mountApiRoutes(
  server: Server,
  routes: readonly ApiRoute[],
  loggerFor: (request: Request) => Logger,
): void {
  for (const route of routes) {
    const register = route.method === 'GET' ? server.get.bind(server) : server.post.bind(server);
    register(route.path, async (request: Request, response: Response) => {
      const authorization = request.headers.authorization;
      const reply = await route.handle({
        params: (request.params ?? {}) as Record<string, string>,
        query: new URLSearchParams(request.getQuery() || ''),
        body: request.body,
        authorization: typeof authorization === 'string' ? authorization : undefined,
        logger: loggerFor(request),
      });
      // Answers name people and their groups' progress: no cache may keep them.
      response.setHeader('cache-control', 'no-store');
      response.send(reply.status, reply.body);
    });
  }
}
