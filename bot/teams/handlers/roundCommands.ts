import type { TurnContext } from 'botbuilder';
import { statusCard } from '../../cards/statusCard';
import { messagesFor } from '../../i18n/messages';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';
import { newRoundStart } from './roundEditorActions';

/** "ny runda" and "status" are for coordinators; others are told politely who to ask. */
function forCoordinators(deps: TeamsAppDeps, reply: (context: TurnContext) => Promise<void>) {
  return async (context: TurnContext): Promise<void> => {
    if (!(await deps.isCoordinator(context))) {
      await context.sendActivity(messagesFor(turnLocale(context, deps.defaultLocale)).rounds.notCoordinator);
      return;
    }
    await reply(context);
  };
}

export function newRoundHandler(deps: TeamsAppDeps) {
  return forCoordinators(deps, async (context) => {
    const card = await newRoundStart(deps, turnLocale(context, deps.defaultLocale));
    await context.sendActivity(cardMessage(withSubmitFallbacks(card)));
  });
}

export function statusHandler(deps: TeamsAppDeps) {
  return forCoordinators(deps, async (context) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const card = statusCard(await deps.app.rounds.overview(deps.now()), {
      locale,
      now: deps.now(),
      viewerId: context.activity.from.id,
    });
    await context.sendActivity(cardMessage(withSubmitFallbacks(card)));
  });
}
