import { type InstalledTeam, recordTeamSeen, type SeenTeam } from '../domain/team';
import type { RoundStores } from './roundServices';

/**
 * A team as Teams shows it now, stored with its channels. Newly installed when it was never seen
 * or had been removed: Teams repeats install events (e.g. on an app upgrade), and the team is
 * greeted once.
 */
export async function teamSeen(
  stores: Pick<RoundStores, 'teams'>,
  seen: SeenTeam,
  now: Date,
): Promise<{ team: InstalledTeam; newlyInstalled: boolean }> {
  const existing = await stores.teams.get(seen.id);
  const team = recordTeamSeen(existing, seen, now);
  await stores.teams.save(team);
  return { team, newlyInstalled: !existing || existing.removedAt !== null };
}

/** The bot left a team, or the team was deleted: what was stored is kept, the team marked gone. */
export async function teamRemoved(
  stores: Pick<RoundStores, 'teams'>,
  teamId: string,
  now: Date,
): Promise<boolean> {
  if (!(await stores.teams.get(teamId))) return false;
  await stores.teams.markRemoved(teamId, now);
  return true;
}
