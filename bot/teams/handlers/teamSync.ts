import type { TurnContext } from 'botbuilder';
import { type InstalledTeam, recordTeamSeen } from '../../domain/team';
import { teamFromActivity } from '../teamFromActivity';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLogger } from '../turnServices';

/** Reads the team of the activity as it is now and stores it with its channels. */
export async function syncTeam(
  context: TurnContext,
  deps: TeamsAppDeps,
): Promise<{ team: InstalledTeam; newlyInstalled: boolean } | undefined> {
  const logger = turnLogger(context, deps.logger);
  const seen = await teamFromActivity(context, logger);
  if (!seen) return undefined;
  const existing = await deps.teams.get(seen.id);
  const team = recordTeamSeen(existing, seen, deps.now());
  await deps.teams.save(team);
  logger.info({ teamId: team.id, channels: team.channels.length }, 'team remembered');
  return { team, newlyInstalled: !existing || existing.removedAt !== null };
}
