import { z } from 'zod';
import { deadlineText } from '../../domain/deadlineText';
import { format, messagesFor } from '../../i18n/messages';
import { extendRoundDeadline } from '../../rounds/manageRound';
import type { ApiDeps } from '../apiDeps';
import type { ActionResult } from '../contract';
import { type ApiRoute, ok } from '../http';
import { requireCoordinator } from '../roundForCaller';

/** An instant with its offset ("2026-10-23T15:00:00Z", "…+02:00"): the tab converts Swedish time. */
const extendBody = z.object({ deadline: z.string().datetime({ offset: true }) }).strict();

/**
 * POST /api/rounds/:id/extend: a later deadline, by the rule the card follows (later than now by an
 * hour, later than before); coming reminders move with it on the reminder worker's next tick.
 */
export function extendRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'POST',
    path: '/api/rounds/:id/extend',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      requireCoordinator(deps, identity);
      const { deadline } = extendBody.parse(request.body ?? {});
      const now = deps.now();
      const round = await extendRoundDeadline(deps.stores, request.params.id ?? '', new Date(deadline), now);
      const message = format(messagesFor('sv').rounds.status.extended, {
        deadline: deadlineText(round.deadline ?? new Date(deadline), { locale: 'sv', now }),
      });
      return ok({ ok: true, message } satisfies ActionResult);
    },
  };
}
