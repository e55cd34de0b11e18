import type { ApiDeps } from '../apiDeps';
import { ApiError } from '../apiError';
import type { DevUser } from '../contract';
import { type ApiRoute, ok } from '../http';

/**
 * Local mode only (not even registered in production): the demo people, and a token for one of
 * them, so the tab can be tried in a plain browser where Teams cannot sign anyone in.
 */
export function devRoutes(deps: ApiDeps): ApiRoute[] {
  const local = deps.local;
  if (!local) return [];
  return [
    {
      method: 'GET',
      path: '/api/dev/users',
      handle: async (request) => {
        const nameOf = await deps.app.groups.names(request.locale);
        return ok(
          local.people.map(
            ({ id, name, roles, groups }): DevUser => ({
              id,
              name,
              roles,
              groups,
              groupNames: groups.map(nameOf),
            }),
          ),
        );
      },
    },
    {
      method: 'GET',
      path: '/api/dev/token',
      handle: async (request) => {
        const id = request.query.get('user');
        if (!id) throw new ApiError(400, 'invalid_request', { key: 'whoSignsIn' });
        const person = local.people.find((candidate) => candidate.id === id);
        if (!person) throw new ApiError(404, 'not_found', { key: 'noSuchDemoPerson' });
        return ok({ token: await local.signIn.issue(person, deps.now()) });
      },
    },
  ];
}
