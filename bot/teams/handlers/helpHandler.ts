import type { TurnContext } from 'botbuilder';
import { helpCard } from '../../cards/helpCard';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';

export function helpHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    await context.sendActivity(cardMessage(helpCard(turnLocale(context, deps.defaultLocale))));
  };
}
