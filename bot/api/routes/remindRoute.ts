import { z } from 'zod';
import { dateTimeText } from '../../domain/deadlineText';
import { format, messagesFor } from '../../i18n/messages';
import { remindNow } from '../../rounds/remindNow';
import type { ApiDeps } from '../apiDeps';
import { ApiError } from '../apiError';
import type { ActionResult } from '../contract';
import { type ApiRoute, ok } from '../http';
import { requireCoordinator } from '../roundForCaller';

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
  return {
    method: 'POST',
    path: '/api/rounds/:id/remind',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      requireCoordinator(deps, identity);
      const roundId = request.params.id ?? '';
      const body = remindBody.parse(request.body ?? {});
      if (
        body.groupId &&
        !(await deps.stores.targets.list(roundId)).some((t) => t.groupId === body.groupId)
      ) {
        throw new ApiError(404, 'not_found', 'Gruppen finns inte i rundan.');
      }
      const now = deps.now();
      const result = await remindNow(deps.stores, {
        roundId,
        ...(body.groupId ? { groupId: body.groupId } : {}),
        confirmed: body.confirmed === true,
        now,
      });
      const texts = messagesFor('sv').rounds.status;
      if (result.kind === 'confirm') {
        throw new ApiError(
          409,
          'conflict',
          format(texts.remindConfirm, { when: dateTimeText(result.lastAt, { locale: 'sv', now }) }),
          { lastReminderAt: result.lastAt.toISOString() },
        );
      }
      if (result.count > 0) deps.remindersQueued();
      const message =
        result.count === 0
          ? texts.remindedNone
          : result.count === 1
            ? texts.remindedOne
            : format(texts.reminded, { count: result.count });
      return ok({ ok: true, message } satisfies ActionResult);
    },
  };
}
