import type { Caller } from '../domain/caller';
import { mayCompile } from '../domain/compilers';
import { ForbiddenError, NotFoundError } from '../domain/errors';
import type { Round } from '../domain/round';
import type { RoundTarget } from '../domain/target';
import type { RoundStores } from './roundServices';

/** What a caller may see of one round: every group, or only their own. */
export type RoundAccess = { all: true } | { all: false; groups: ReadonlySet<string> };

/**
 * The groups among `targets` the caller belongs to: asked by name (individually), on their
 * group's team roster (`rosterGroups`), or vouched for by the edge (local mode's demo people).
 */
export function groupsIn(
  caller: Caller,
  targets: readonly RoundTarget[],
  rosterGroups: ReadonlySet<string>,
): Set<string> {
  const oid = caller.objectId.toLowerCase();
  const vouched = new Set(caller.vouchedGroups ?? []);
  return new Set(
    targets
      .filter(
        (target) =>
          vouched.has(target.groupId) ||
          rosterGroups.has(target.groupId) ||
          target.members.some((member) => member.id.toLowerCase() === oid),
      )
      .map((target) => target.groupId),
  );
}

/**
 * The groups whose team roster lists the caller. Coordinators and leadership see every group
 * anyway, so theirs is not read.
 */
export async function rosterGroupsOf(
  stores: Pick<RoundStores, 'memberships'>,
  caller: Caller,
): Promise<ReadonlySet<string>> {
  if (caller.roles.length > 0) return new Set();
  return stores.memberships.groupsOf(caller.objectId);
}

/**
 * A round, its targets and what the caller may see of it. Coordinators and leadership see every
 * group; a member their own; anyone else nothing. Access is decided from the targets before the
 * round is read, so someone outside a round learns nothing, not even whether it exists. Drafts are
 * the coordinators' work in progress.
 */
export async function roundForCaller(
  stores: Pick<RoundStores, 'rounds' | 'targets' | 'memberships'>,
  caller: Caller,
  roundId: string,
): Promise<{ round: Round; targets: RoundTarget[]; access: RoundAccess }> {
  const [targets, rosterGroups, found] = await Promise.all([
    stores.targets.list(roundId),
    rosterGroupsOf(stores, caller),
    stores.rounds.get(roundId).then(
      (stored) => stored.value,
      (error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      },
    ),
  ]);
  // A compiler the coordinator named reads the whole round, as leadership does. Someone who may
  // not see a round learns nothing of it, not even that it does not exist (403 before 404).
  const access =
    found && mayCompile(caller, found) ? { all: true as const } : roundAccess(caller, targets, rosterGroups);
  if (!found) throw new NotFoundError('round', roundId);
  const round = found;
  if (round.state === 'draft' && !caller.roles.includes('coordinator')) throw new ForbiddenError('member');
  return { round, targets, access };
}

function roundAccess(
  caller: Caller,
  targets: readonly RoundTarget[],
  rosterGroups: ReadonlySet<string>,
): RoundAccess {
  if (caller.roles.length > 0) return { all: true };
  const groups = groupsIn(caller, targets, rosterGroups);
  if (groups.size === 0) throw new ForbiddenError('member');
  return { all: false, groups };
}
