import type { RoundTarget } from '../domain/target';
import type { RoundAccess } from '../usecases/roundAccess';
import { ApiError, forbidden } from './apiError';

/** Side by side is two groups; more in one call is not something the tab asks for. */
export const maxRequestedGroups = 2;

/**
 * The groups of a round a view shows: those the caller may see, or the one asked for with
 * `?group=`. A member asking for any other group is refused alike, whether it exists or not.
 */
export function visibleGroups(
  access: RoundAccess,
  targets: readonly RoundTarget[],
  requested: string | null,
): Set<string> {
  if (requested === null) {
    return access.all ? new Set(targets.map((target) => target.groupId)) : new Set(access.groups);
  }
  return requestedGroups(access, targets, [requested]);
}

/** The groups asked for with `?group=` (one or two), each checked as `visibleGroups` checks one. */
export function requestedGroups(
  access: RoundAccess,
  targets: readonly RoundTarget[],
  requested: readonly string[],
): Set<string> {
  if (requested.length > maxRequestedGroups) {
    throw new ApiError(400, 'invalid_request', { key: 'tooManyGroups', values: { max: maxRequestedGroups } });
  }
  const targeted = new Set(targets.map((target) => target.groupId));
  for (const groupId of requested) {
    if (!access.all && !access.groups.has(groupId)) throw forbidden();
    if (!targeted.has(groupId)) throw new ApiError(404, 'not_found', { key: 'groupNotInRound' });
  }
  return new Set(requested);
}
