import type { TurnContext } from 'botbuilder';
import type { InstalledTeam } from '../../domain/team';
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
  const synced = await deps.app.teams.seen(seen, deps.now());
  logger.info({ teamId: synced.team.id, channels: synced.team.channels.length }, 'team remembered');
  return synced;
}
