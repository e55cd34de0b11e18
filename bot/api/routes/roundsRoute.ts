import { roundStatus } from '../../usecases/roundStatus';
import type { ApiDeps } from '../apiDeps';
import { forbidden } from '../apiError';
import type { RoundSummary } from '../contract';
import { type ApiRoute, ok } from '../http';
import { memberGroups, rosterGroupsOf } from '../memberGroups';
import { roundSummary } from '../roundSummary';

/**
 * GET /api/rounds: the rounds the caller may see, newest first. Coordinators see drafts too;
 * leadership every round sent; a member the rounds that asked one of their groups.
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

      const rounds = (await deps.stores.rounds.list())
        .map((stored) => stored.value)
        .filter((round) => round.state !== 'draft' || roles.includes('coordinator'));
      const summaries = await Promise.all(
        rounds.map(async (round): Promise<RoundSummary | undefined> => {
          if (seesAll)
            return roundSummary(
              round,
              (await roundStatus(deps.stores, round.id, deps.reads.answers(round.id))).groups,
              false,
            );
          const own = deps.access.groupsIn(identity, await deps.stores.targets.list(round.id), rosterGroups);
          if (own.size === 0) return undefined;
          const status = await roundStatus(deps.stores, round.id, deps.reads.answers(round.id));
          return roundSummary(
            round,
            status.groups.filter((group) => own.has(group.groupId)),
            true,
          );
        }),
      );
      return ok({ rounds: summaries.filter((summary) => summary !== undefined) });
    },
  };
}
