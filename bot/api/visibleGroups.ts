import type { RoundTarget } from '../domain/target';
import type { RoundAccess } from './accessPolicy';
import { ApiError, forbidden } from './apiError';

/**
 * The groups of a round a view shows: those the caller may see, or the one asked for with
 * `?group=`. A member asking for any other group is refused alike, whether it exists or not.
 */
export function visibleGroups(
  access: RoundAccess,
  targets: readonly RoundTarget[],
  requested: string | null,
): Set<string> {
  const targeted = new Set(targets.map((target) => target.groupId));
  if (requested === null) return access.all ? targeted : new Set(access.groups);
  if (!access.all && !access.groups.has(requested)) throw forbidden();
  if (!targeted.has(requested)) throw new ApiError(404, 'not_found', 'Gruppen finns inte i rundan.');
  return new Set([requested]);
}
