import type { ApiDeps } from './apiDeps';
import type { Identity } from './tokenVerifier';

/**
 * Every group the caller answers in: among the targets of rounds that have been sent (a draft's
 * groups have not been asked yet), and, in local mode, the demo person's own groups.
 */
export async function memberGroups(deps: ApiDeps, identity: Identity): Promise<Set<string>> {
  const rounds = (await deps.stores.rounds.list()).filter((stored) => stored.value.state !== 'draft');
  const targets = await Promise.all(rounds.map((stored) => deps.stores.targets.list(stored.value.id)));
  return new Set([
    ...deps.access.demoGroups(identity),
    ...targets.flatMap((list) => [...deps.access.groupsIn(identity, list)]),
  ]);
}
