import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AdaptiveCard } from '../cards/renderCard';
import { type StatusCardOptions, statusCard } from '../cards/statusCard';
import type { ConversationAddress } from '../domain/team';
import type { Application } from '../usecases/application';
import { withSubmitFallbacks } from './cardActions';
import type { TeamsAppDeps } from './teamsAppDeps';
import { coordinating } from './turnCaller';
import { turnLocale } from './turnServices';

/**
 * The status card as the answer to a card action. When it follows one round it is remembered, so
 * that delivery progress redraws it in place instead of posting new messages.
 */
export async function cardActionStatusCard(
  deps: TeamsAppDeps,
  context: TurnContext,
  roundId?: string,
  notice?: StatusCardOptions['notice'],
): Promise<AdaptiveCard> {
  const locale = turnLocale(context, deps.defaultLocale);
  const viewerId = context.activity.from.id;
  const coordinator = await coordinating(context, deps);
  const statuses = roundId ? [await deps.app.rounds.status(roundId)] : await coordinator.overview(deps.now());
  const cardId = context.activity.replyToId;
  if (roundId && cardId) {
    await coordinator.rememberStatusCard({
      roundId,
      activityId: cardId,
      address: addressOf(context),
      locale,
      viewerId,
    });
  }
  return statusCard(statuses, {
    locale,
    now: deps.now(),
    viewerId,
    ...(roundId ? { roundId } : {}),
    ...(notice ? { notice } : {}),
  });
}

function addressOf(context: TurnContext): ConversationAddress {
  const activity = context.activity;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    tenantId: activity.conversation.tenantId ?? '',
    conversationId: activity.conversation.id,
    botId: activity.recipient.id,
  };
}

export type CardUpdater = (
  address: ConversationAddress,
  activityId: string,
  card: AdaptiveCard,
) => Promise<void>;

/**
 * Redraws the remembered status cards of a round while its prompts go out. Progress comes in
 * bursts (one event per prompt), so redraws are gathered: at most one per round per interval.
 */
export function createLiveStatusUpdater(deps: {
  app: Pick<Application, 'rounds'>;
  update: CardUpdater;
  logger: Logger;
  now: () => Date;
  intervalMs?: number;
}): (roundId: string) => void {
  const scheduled = new Set<string>();
  return (roundId) => {
    if (scheduled.has(roundId)) return;
    scheduled.add(roundId);
    const timer = setTimeout(() => {
      scheduled.delete(roundId);
      void redraw(roundId).catch((error: unknown) =>
        deps.logger.warn({ err: error, roundId }, 'status card redraw failed'),
      );
    }, deps.intervalMs ?? 1500);
    timer.unref?.();
  };

  async function redraw(roundId: string): Promise<void> {
    const { cards, status } = await deps.app.rounds.statusCardsToRedraw(roundId);
    if (!status) return;
    for (const card of cards) {
      const drawn = statusCard([status], {
        locale: card.locale,
        now: deps.now(),
        viewerId: card.viewerId,
        roundId,
      });
      await deps.update(card.address, card.activityId, withSubmitFallbacks(drawn));
    }
  }
}
