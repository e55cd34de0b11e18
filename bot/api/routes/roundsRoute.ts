import type { ApiDeps } from '../apiDeps';
import { callerOf } from '../callerOf';
import { type ApiRoute, ok } from '../http';
import { roundSummary } from '../roundSummary';

/**
 * GET /api/rounds: the rounds the caller may see, newest first (the use case decides which, and
 * whose progress): coordinators see drafts too, leadership every round sent, a member the rounds
 * that asked one of their groups.
 */
export function roundsRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/rounds',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const listed = await deps.app.rounds.forCaller(callerOf(deps, identity), deps.now());
      return ok({
        rounds: listed.map(({ round, progress, ownGroupsOnly }) =>
          roundSummary(round, progress, ownGroupsOnly),
        ),
      });
    },
  };
}
