import type { TurnContext } from 'botbuilder';
import { groupsCard } from '../../cards/groupsCard';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';

export function groupsHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const teams = await deps.teams.list();
    await context.sendActivity(cardMessage(groupsCard(teams, turnLocale(context, deps.defaultLocale))));
  };
}
