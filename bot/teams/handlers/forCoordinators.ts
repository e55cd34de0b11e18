import type { TurnContext } from 'botbuilder';
import { ForbiddenError } from '../../domain/errors';
import { messagesFor } from '../../i18n/messages';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';

/**
 * A chat command whose use case is for coordinators: when the use case refuses the sender, they
 * are told politely who to ask instead of getting an error.
 */
export function forCoordinators(deps: TeamsAppDeps, reply: (context: TurnContext) => Promise<void>) {
  return async (context: TurnContext): Promise<void> => {
    try {
      await reply(context);
    } catch (error) {
      if (!(error instanceof ForbiddenError && error.needs === 'coordinator')) throw error;
      await context.sendActivity(messagesFor(turnLocale(context, deps.defaultLocale)).rounds.notCoordinator);
    }
  };
}
