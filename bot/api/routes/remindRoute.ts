import { z } from 'zod';
import { dateTimeText } from '../../domain/deadlineText';
import { format, messagesFor } from '../../i18n/messages';
import type { ApiDeps } from '../apiDeps';
import { ApiError } from '../apiError';
import { coordinatorAction } from '../coordinatorAction';
import type { ApiRoute } from '../http';

const remindBody = z
  .object({
    groupId: z.string().min(1).max(512).optional(),
    /** Remind again although a reminder went out within the last two hours. */
    confirmed: z.boolean().optional(),
  })
  .strict();

/**
 * POST /api/rounds/:id/remind: the status card's "Påminn nu", through the same use case. Soon after
 * an earlier reminder it answers 409 with `lastReminderAt`, and the tab asks before sending
 * `confirmed: true`, as the card does.
 */
export function remindRoute(deps: ApiDeps): ApiRoute {
  return coordinatorAction(
    deps,
    'remind',
    remindBody,
    async ({ roundId, body, now, locale, coordinator }) => {
      if (body.groupId && !(await deps.app.rounds.targets(roundId)).some((t) => t.groupId === body.groupId)) {
        throw new ApiError(404, 'not_found', { key: 'groupNotInRound' });
      }
      const result = await coordinator.remind({
        roundId,
        ...(body.groupId ? { groupId: body.groupId } : {}),
        confirmed: body.confirmed === true,
        now,
      });
      const texts = messagesFor(locale).rounds.status;
      if (result.kind === 'confirm') {
        throw new ApiError(
          409,
          'conflict',
          format(texts.remindConfirm, { when: dateTimeText(result.lastAt, { locale, now }) }),
          { lastReminderAt: result.lastAt.toISOString() },
        );
      }
      if (result.count === 0) return texts.remindedNone;
      return result.count === 1 ? texts.remindedOne : format(texts.reminded, { count: result.count });
    },
  );
}
