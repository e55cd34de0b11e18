import type { ApiDeps } from '../apiDeps';
import { callerOf } from '../callerOf';
import type { Me, Role } from '../contract';
import { type ApiRoute, ok } from '../http';

/** GET /api/me: who the caller is and what they may do; someone with no role gets an empty list. */
export function meRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/me',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const groups = [...(await deps.app.groups.ofCaller(callerOf(deps, identity)))].sort();
      const roles: Role[] = [
        ...deps.access.standingRoles(identity),
        ...(groups.length > 0 ? ['member' as const] : []),
      ];
      const me: Me = {
        id: identity.objectId,
        tenantId: identity.tenantId,
        name: identity.name,
        roles,
        groups,
      };
      return ok(me);
    },
  };
}
