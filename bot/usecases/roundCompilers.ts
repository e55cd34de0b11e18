import { type Caller, requireCoordinator } from '../domain/caller';
import { parseCompilers } from '../domain/compilers';
import type { RoundStores } from './roundServices';

/**
 * Names the people who compile a round beside the coordinators, replacing the list. Coordinators
 * only; a list with an address that is none, or too long, changes nothing.
 */
export async function nameCompilers(
  stores: Pick<RoundStores, 'rounds'>,
  caller: Caller,
  roundId: string,
  list: readonly string[],
  now: Date,
): Promise<string[]> {
  requireCoordinator(caller);
  const compilers = parseCompilers(list);
  const stored = await stores.rounds.get(roundId);
  // A concurrent change to the round (a deadline moved) makes this refuse rather than undo it.
  await stores.rounds.update({ ...stored.value, compilers, updatedAt: now }, stored.etag);
  return compilers;
}
