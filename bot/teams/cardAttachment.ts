import { type Activity, CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/renderCard';

/** A message that carries one Adaptive Card. */
export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}
