import type { Round } from './round';

/** A draft nobody has touched for this long is taken as abandoned, not as work in progress. */
export const staleDraftAgeMs = 30 * 24 * 60 * 60 * 1000;

/**
 * Whether a round belongs in the lists people browse (the tab's rounds, "status" in chat).
 * Abandoned drafts are left out: a coordinator can still continue one from "ny runda".
 */
export function isListed(round: Pick<Round, 'state' | 'updatedAt'>, now: Date): boolean {
  return round.state !== 'draft' || now.getTime() - round.updatedAt.getTime() < staleDraftAgeMs;
}
