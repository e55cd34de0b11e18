import type { ApiDeps } from '../apiDeps';
import { forbidden } from '../apiError';
import type { RoundSummary } from '../contract';
import { type ApiRoute, ok } from '../http';
import { memberGroups, rosterGroupsOf } from '../memberGroups';
import { roundSummary } from '../roundSummary';

/**
 * GET /api/rounds: the rounds the caller may see, newest first. Coordinators see drafts too (not
 * those untouched for 30 days); leadership every round sent; a member the rounds that asked one
 * of their groups.
 */
export function roundsRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/rounds',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const roles = deps.access.standingRoles(identity);
      const seesAll = roles.length > 0;
      if (!seesAll && (await memberGroups(deps, identity)).size === 0) throw forbidden();
      const rosterGroups = await rosterGroupsOf(deps, identity);

      const listed = await deps.app.rounds.list({
        now: deps.now(),
        includeDrafts: roles.includes('coordinator'),
      });
      const summaries = listed.map(({ round, targets, progress }): RoundSummary | undefined => {
        if (seesAll) return roundSummary(round, progress, false);
        const own = deps.access.groupsIn(identity, targets, rosterGroups);
        if (own.size === 0) return undefined;
        return roundSummary(
          round,
          progress.filter((group) => own.has(group.groupId)),
          true,
        );
      });
      return ok({ rounds: summaries.filter((summary) => summary !== undefined) });
    },
  };
}
