import type { ApiDeps } from '../apiDeps';
import { callerOf } from '../callerOf';
import { type ApiRoute, ok } from '../http';
import { statusView } from '../statusView';
import { visibleGroups } from '../visibleGroups';

/** GET /api/rounds/:id/status[?group=<id>]: coordinators and leadership every group, a member their own. */
export function statusRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/rounds/:id/status',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const roundId = request.params.id ?? '';
      const { targets, access } = await deps.app.rounds.oneForCaller(callerOf(deps, identity), roundId);
      const visible = visibleGroups(access, targets, null);
      const shown = visibleGroups(access, targets, request.query.get('group'));
      const answers = deps.app.rounds.answers(roundId);
      const [status, responses] = await Promise.all([deps.app.rounds.status(roundId, answers), answers]);
      return ok(
        statusView({
          status,
          targets,
          live: responses.map((stored) => stored.value).filter((response) => response.withdrawnAt === null),
          visible,
          shown,
          ...(access.all ? {} : { onlyPerson: identity.objectId }),
        }),
      );
    },
  };
}
