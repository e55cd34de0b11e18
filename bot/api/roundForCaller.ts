import type { Round } from '../domain/round';
import type { RoundTarget } from '../domain/target';
import type { RoundAccess } from './accessPolicy';
import type { ApiDeps } from './apiDeps';
import { forbidden } from './apiError';
import { rosterGroupsOf } from './memberGroups';
import type { Identity } from './tokenVerifier';

/**
 * A round, its targets and what the caller may see of it. Access is decided from the targets
 * before the round is read, so someone outside a round learns nothing, not even whether it
 * exists. Drafts are the coordinators' work in progress.
 */
export async function roundForCaller(
  deps: ApiDeps,
  identity: Identity,
  roundId: string,
): Promise<{ round: Round; targets: RoundTarget[]; access: RoundAccess }> {
  const [targets, rosterGroups] = await Promise.all([
    deps.app.rounds.targets(roundId),
    rosterGroupsOf(deps, identity),
  ]);
  const access = deps.access.roundAccess(identity, targets, rosterGroups);
  const round = await deps.app.rounds.byId(roundId);
  if (round.state === 'draft' && !deps.access.standingRoles(identity).includes('coordinator')) {
    throw forbidden();
  }
  return { round, targets, access };
}
