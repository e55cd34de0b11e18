import type { AdaptiveCard } from '../cards/renderCard';
import type { ConversationAddress } from '../domain/team';

/** Where a prompt went: the conversation (a channel thread or a 1:1 chat) and the message id. */
export type Delivered = { ok: true; conversationId: string; activityId: string; attempts: number };

/** Why it did not: a reason code the status card explains, and whether trying again can help. */
export type NotDelivered = {
  ok: false;
  reason: string;
  message: string;
  permanent: boolean;
  attempts: number;
};

/**
 * What the delivery worker needs from Teams. The Teams adapter implements it with the one
 * throttled sender; the worker stays free of SDK types.
 */
export type PromptPort = {
  startThread(
    channel: ConversationAddress,
    card: AdaptiveCard,
    summary: string,
  ): Promise<Delivered | NotDelivered>;
  sendToPerson(
    to: { serviceUrl: string; tenantId: string; botId: string; userId: string },
    card: AdaptiveCard,
    summary: string,
  ): Promise<Delivered | NotDelivered>;
};
