import type { AdaptiveCard } from '../cards/renderCard';
import type { ConversationAddress } from '../domain/team';
import type { Delivered, NotDelivered } from './promptPort';

/** What the reminder worker needs from Teams: a message into a thread or chat, a card redrawn. */
export type ReminderPort = {
  post(address: ConversationAddress, text: string): Promise<Delivered | NotDelivered>;
  replaceCard(
    address: ConversationAddress,
    activityId: string,
    card: AdaptiveCard,
  ): Promise<Delivered | NotDelivered>;
};
