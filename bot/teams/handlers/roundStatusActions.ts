import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { deadlineText } from '../../domain/deadlineText';
import { fromStockholmWallTime } from '../../domain/stockholmTime';
import { format, messagesFor } from '../../i18n/messages';
import { roundIdData } from '../forms/editorSubmission';
import { cardActionStatusCard } from '../liveStatus';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { coordinating } from '../turnCaller';
import { turnLocale } from '../turnServices';

const refreshData = z.object({ roundId: z.string().max(64).optional().default('') }).passthrough();
const extendData = roundIdData.extend({ deadlineDate: z.string().max(20), deadlineTime: z.string().max(10) });

/** "Uppdatera", and Teams' own refresh when the coordinator looks at the card again. */
export function refreshStatus(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const { roundId } = refreshData.parse(data);
    return cardActionStatusCard(deps, context, roundId || undefined);
  };
}

export function extendRound(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { roundId, deadlineDate, deadlineTime } = extendData.parse(data);
    const round = await (await coordinating(context, deps)).extend(
      roundId,
      fromStockholmWallTime(deadlineDate, deadlineTime),
      deps.now(),
    );
    const deadline = deadlineText(round.deadline as Date, { locale, now: deps.now() });
    return cardActionStatusCard(deps, context, roundId, {
      text: format(messagesFor(locale).rounds.status.extended, { deadline }),
      tone: 'good',
    });
  };
}

export function closeRound(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { roundId } = roundIdData.parse(data);
    await (await coordinating(context, deps)).close(roundId, deps.now());
    return cardActionStatusCard(deps, context, roundId, {
      text: messagesFor(locale).rounds.status.closed,
      tone: 'default',
    });
  };
}

export function retryDeliveries(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { roundId } = roundIdData.parse(data);
    const count = await (await coordinating(context, deps)).retry(roundId, deps.now());
    return cardActionStatusCard(deps, context, roundId, {
      text: format(messagesFor(locale).rounds.status.retried, { count }),
      tone: 'default',
    });
  };
}
