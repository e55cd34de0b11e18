import type { Caller, StandingRole } from '../domain/caller';
import type { ApiDeps } from './apiDeps';
import type { Identity } from './tokenVerifier';

/** The signed-in person as the use cases know a caller: tenant, object id and standing roles. */
export function callerOf(deps: Pick<ApiDeps, 'access'>, identity: Identity): Caller {
  return {
    tenantId: identity.tenantId,
    objectId: identity.objectId,
    roles: deps.access.standingRoles(identity).filter((role): role is StandingRole => role !== 'member'),
    vouchedGroups: deps.access.demoGroups(identity),
    ...(identity.userPrincipalName ? { userPrincipalName: identity.userPrincipalName } : {}),
  };
}
