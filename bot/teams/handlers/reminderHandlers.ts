import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { remindCard } from '../../cards/remindCard';
import type { AdaptiveCard } from '../../cards/renderCard';
import { dateTimeText } from '../../domain/deadlineText';
import { format, messagesFor } from '../../i18n/messages';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import { cardActionStatusCard } from '../liveStatus';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { coordinating } from '../turnCaller';
import { turnLocale } from '../turnServices';
import { forCoordinators } from './forCoordinators';

/** "påminn": the open rounds, each with a choice of group and a button to remind now. */
export function remindHandler(deps: TeamsAppDeps) {
  return forCoordinators(deps, async (context: TurnContext): Promise<void> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const rounds = await (await coordinating(context, deps)).remindChoices(locale);
    await context.sendActivity(cardMessage(withSubmitFallbacks(remindCard(rounds, locale))));
  });
}

const remindData = z
  .object({
    roundId: z.string().min(1).max(64),
    groupId: z.string().max(512).optional(),
    /** Which input of the card holds the chosen group (one choice per round in the card). */
    groupInput: z.string().max(600).optional(),
    confirmed: z.union([z.boolean(), z.literal('true')]).optional(),
  })
  .passthrough();

/** "Påminn nu": reminders go out to all who still owe answers; soon after an earlier one, ask first. */
export function remindNowAction(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const parsed = remindData.parse(data);
    const chosen = parsed.groupInput
      ? z.string().max(512).optional().parse(data[parsed.groupInput])
      : parsed.groupId;
    const groupId = chosen && chosen !== 'all' ? chosen : undefined;
    const now = deps.now();
    const result = await (await coordinating(context, deps)).remind({
      roundId: parsed.roundId,
      ...(groupId ? { groupId } : {}),
      confirmed: parsed.confirmed === true || parsed.confirmed === 'true',
      now,
    });
    const texts = messagesFor(locale).rounds.status;
    if (result.kind === 'confirm') {
      return remindCard([], locale, {
        confirm: {
          roundId: parsed.roundId,
          ...(groupId ? { groupId } : {}),
          question: format(texts.remindConfirm, { when: dateTimeText(result.lastAt, { locale, now }) }),
        },
      });
    }
    return cardActionStatusCard(deps, context, parsed.roundId, {
      text:
        result.count === 0
          ? texts.remindedNone
          : result.count === 1
            ? texts.remindedOne
            : format(texts.reminded, { count: result.count }),
      tone: 'good',
    });
  };
}
