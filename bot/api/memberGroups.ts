import type { ApiDeps } from './apiDeps';
import type { Identity } from './tokenVerifier';

/**
 * The groups whose team roster lists the caller. Coordinators and leadership see every group
 * anyway, so theirs is not read.
 */
export async function rosterGroupsOf(deps: ApiDeps, identity: Identity): Promise<ReadonlySet<string>> {
  if (deps.access.standingRoles(identity).length > 0) return new Set();
  return deps.app.groups.onRosterOf(identity.objectId);
}

/**
 * Every group the caller answers in: among the targets of rounds that have been sent (a draft's
 * groups have not been asked yet), and, in local mode, the demo person's own groups.
 */
export async function memberGroups(deps: ApiDeps, identity: Identity): Promise<Set<string>> {
  const [targets, rosterGroups] = await Promise.all([
    deps.app.rounds.sentTargets(),
    rosterGroupsOf(deps, identity),
  ]);
  return new Set([
    ...deps.access.demoGroups(identity),
    ...deps.access.groupsIn(identity, targets, rosterGroups),
  ]);
}
