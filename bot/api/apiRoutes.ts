import type { ApiDeps } from './apiDeps';
import { errorReply } from './errorReply';
import type { ApiRoute } from './http';
import { answersRoute } from './routes/answersRoute';
import { closeRoute } from './routes/closeRoute';
import { compilationRoutes } from './routes/compilationRoutes';
import { devRoutes } from './routes/devRoutes';
import { extendRoute } from './routes/extendRoute';
import { meRoute } from './routes/meRoute';
import { remindRoute } from './routes/remindRoute';
import { removeRoute } from './routes/removeRoute';
import { retryRoute } from './routes/retryRoute';
import { roundsRoute } from './routes/roundsRoute';
import { statusRoute } from './routes/statusRoute';
import { themesRoute } from './routes/themesRoute';

/** Every route of the tab API, each answering its errors through the one error reply. */
export function apiRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    ...devRoutes(deps),
    meRoute(deps),
    roundsRoute(deps),
    statusRoute(deps),
    themesRoute(deps),
    ...compilationRoutes(deps),
    answersRoute(deps),
    remindRoute(deps),
    extendRoute(deps),
    closeRoute(deps),
    retryRoute(deps),
    removeRoute(deps),
  ].map((route) => ({
    ...route,
    handle: async (request) => {
      try {
        return await route.handle(request);
      } catch (error) {
        return errorReply(error, request.logger, request.locale);
      }
    },
  }));
}
