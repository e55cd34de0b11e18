import type { TurnContext } from 'botbuilder';
import { didYouMeanCard } from '../../cards/didYouMeanCard';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import { nearestCommand } from '../commands';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';
import { addressedToBot } from './fallbackHandler';

/**
 * A message to the bot that nearly spells a command ("staus", "påmin"): it is no answer and no
 * noise, so the bot asks whether that command was meant, before anything else reads it.
 */
export function isNearCommand(context: TurnContext): boolean {
  const { activity } = context;
  return (
    activity.type === 'message' &&
    activity.value === undefined &&
    addressedToBot(context) &&
    nearestCommand(activity.text) !== undefined
  );
}

export function didYouMeanHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const command = nearestCommand(context.activity.text);
    if (!command) return;
    const card = didYouMeanCard(command, turnLocale(context, deps.defaultLocale));
    await context.sendActivity(cardMessage(withSubmitFallbacks(card)));
  };
}
