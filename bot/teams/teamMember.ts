import type { TeamsAdapter } from '@microsoft/teams-ai';
import { type TeamsChannelAccount, TeamsInfo } from 'botbuilder';
import type { Logger } from 'pino';
import type { InstalledTeam } from '../domain/team';
import { teamReference } from './teamReference';

/**
 * One member of a team as Teams knows them, found by Teams user id, Entra object id or user
 * principal name (msteams-docs, bots/how-to/get-teams-context.md, "Get single member details"),
 * or nothing when they are not a member. A failure other than "not found" is logged and answers
 * nothing too: membership that cannot be shown is not assumed.
 */
export async function teamMember(
  deps: { adapter: TeamsAdapter; botAppId: string; logger: Logger },
  team: InstalledTeam,
  userId: string,
): Promise<TeamsChannelAccount | undefined> {
  let found: TeamsChannelAccount | undefined;
  await deps.adapter.continueConversationAsync(deps.botAppId, teamReference(team), async (context) => {
    try {
      found = await TeamsInfo.getTeamMember(context, team.id, userId);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) {
        deps.logger.warn({ err: error, teamId: team.id }, 'team membership could not be read');
      }
    }
  });
  return found;
}
