import type { TeamsAdapter } from '@microsoft/teams-ai';
import { type TeamsChannelAccount, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Member } from '../domain/person';
import type { InstalledTeam } from '../domain/team';
import { teamReference } from './teamReference';

/**
 * The members of a team, read page by page: the unpaged roster call is limited to a few calls a
 * minute and unreliable in large teams.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context
 */
export async function teamRoster(
  adapter: TeamsAdapter,
  botAppId: string,
  team: InstalledTeam,
): Promise<Member[]> {
  const members: Member[] = [];
  await adapter.continueConversationAsync(botAppId, teamReference(team), async (context: TurnContext) => {
    let continuationToken: string | undefined;
    do {
      const page = await TeamsInfo.getPagedTeamMembers(context, team.id, 500, continuationToken);
      members.push(...page.members.map(toMember));
      continuationToken = page.continuationToken;
    } while (continuationToken);
  });
  return members.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function toMember(account: TeamsChannelAccount): Member {
  return { id: account.aadObjectId ?? account.id, name: account.name ?? account.id, userId: account.id };
}
