import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/renderCard';

export type CardActionHandler = (
  context: TurnContext,
  data: Record<string, unknown>,
) => Promise<AdaptiveCard | string>;

/**
 * Registers a card action under its verb for both ways a client may send it: Action.Execute
 * (Universal Actions, answered with the new card) and, for clients older than Adaptive Cards 1.4,
 * the Action.Submit fallback that `withSubmitFallbacks` adds (answered by updating the card).
 */
export function registerCardAction(
  app: Application<TurnState>,
  verb: string,
  handler: CardActionHandler,
): void {
  app.adaptiveCards.actionExecute(verb, (context, _state, data) =>
    handler(context, data as Record<string, unknown>),
  );
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const result = await handler(context, data as Record<string, unknown>);
    if (typeof result === 'string') {
      await context.sendActivity(result);
      return;
    }
    const activity = { type: 'message', attachments: [CardFactory.adaptiveCard(result)] };
    if (context.activity.replyToId)
      await context.updateActivity({ ...activity, id: context.activity.replyToId });
    else await context.sendActivity(activity);
  });
}

/**
 * Gives every Action.Execute a fallback Action.Submit carrying the verb in its data, so a client
 * without Universal Actions still has working buttons. Returns a new card.
 */
export function withSubmitFallbacks<T>(card: T): T {
  return visit(card) as T;
}

function visit(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(visit);
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'refresh' ? value : visit(value);
  if (copy.type === 'Action.Execute' && copy.fallback === undefined) {
    copy.fallback = {
      type: 'Action.Submit',
      title: copy.title,
      data: { ...(copy.data as Record<string, unknown> | undefined), verb: copy.verb },
      ...(copy.associatedInputs ? { associatedInputs: copy.associatedInputs } : {}),
    };
  }
  return copy;
}
