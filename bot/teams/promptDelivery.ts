import { CardFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/renderCard';
import type { PromptPort } from '../jobs/promptPort';
import type { ReminderPort } from '../jobs/reminderPort';
import { withSubmitFallbacks } from './cardActions';
import type { CardUpdater } from './liveStatus';
import type { OutgoingActivity, ProactiveSender, SendOutcome } from './proactiveSender';

/** The delivery worker's way to Teams: prompts as card messages through the one throttled sender. */
export function promptDelivery(sender: ProactiveSender): PromptPort {
  return {
    startThread: async (channel, card, summary) =>
      asOutcome(await sender.startThread(channel, cardActivity(card, summary))),
    sendToPerson: async (to, card, summary) =>
      asOutcome(await sender.sendToPerson(to, cardActivity(card, summary))),
  };
}

/** Reminders and closing notes into threads and chats, and prompt cards redrawn closed. */
export function reminderDelivery(sender: ProactiveSender): ReminderPort {
  return {
    post: async (address, text) =>
      asOutcome(await sender.sendToConversation(address, { type: 'message', text })),
    replaceCard: async (address, activityId, card) =>
      asOutcome(await sender.updateActivity(address, activityId, cardActivity(card, ''))),
  };
}

/** Status cards redrawn in place, through the same sender (and so the same rate limits). */
export function cardUpdater(sender: ProactiveSender): CardUpdater {
  return async (address, activityId, card) => {
    const outcome = await sender.updateActivity(address, activityId, cardActivity(card, ''));
    if (!outcome.ok) throw new Error(`card update failed: ${outcome.reason}`);
  };
}

function cardActivity(card: AdaptiveCard, summary: string): OutgoingActivity {
  return {
    type: 'message',
    // The summary is what Teams shows in notifications and the chat list, where a card has no text.
    ...(summary ? { summary } : {}),
    attachments: [CardFactory.adaptiveCard(withSubmitFallbacks(card))],
  };
}

function asOutcome(outcome: SendOutcome) {
  return outcome.ok
    ? {
        ok: true as const,
        conversationId: outcome.conversationId,
        activityId: outcome.activityId,
        attempts: outcome.attempts,
      }
    : {
        ok: false as const,
        reason: outcome.reason,
        message: outcome.message,
        permanent: outcome.permanent,
        attempts: outcome.attempts,
      };
}
