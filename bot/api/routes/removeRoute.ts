import { z } from 'zod';
import { removeSampleRound, sampleRoundId } from '../../local/sampleRound';
import type { ApiDeps } from '../apiDeps';
import type { ActionResult, ErrorBody } from '../contract';
import { type ApiRoute, ok } from '../http';
import { requireCoordinator } from '../roundForCaller';

/**
 * POST /api/rounds/:id/remove: removes the sample round npm start loaded, with its answers and
 * themes. Real rounds are kept: they are the organisation's record and are only ever closed.
 */
export function removeRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'POST',
    path: '/api/rounds/:id/remove',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      requireCoordinator(deps, identity);
      z.object({})
        .strict()
        .parse(request.body ?? {});
      if (request.params.id !== sampleRoundId) {
        const body: ErrorBody = {
          error: 'conflict',
          message: 'Bara exempelrundan kan tas bort; andra rundor stängs.',
        };
        return { status: 409, body };
      }
      if (!(await removeSampleRound(deps.stores, deps.themes))) {
        const body: ErrorBody = { error: 'not_found', message: 'Exempelrundan är redan borttagen.' };
        return { status: 404, body };
      }
      return ok({ ok: true, message: 'Exempelrundan är borttagen.' } satisfies ActionResult);
    },
  };
}
