import { z } from 'zod';
import { messagesFor } from '../../i18n/messages';
import { closeRoundEarly } from '../../rounds/manageRound';
import type { ApiDeps } from '../apiDeps';
import type { ActionResult } from '../contract';
import { type ApiRoute, ok } from '../http';
import { requireCoordinator } from '../roundForCaller';

/** POST /api/rounds/:id/close: closes an open round; the closing notes go out with the reminders. */
export function closeRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'POST',
    path: '/api/rounds/:id/close',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      requireCoordinator(deps, identity);
      z.object({})
        .strict()
        .parse(request.body ?? {});
      await closeRoundEarly(deps.stores, request.params.id ?? '', deps.now());
      deps.remindersQueued();
      return ok({ ok: true, message: messagesFor('sv').rounds.status.closed } satisfies ActionResult);
    },
  };
}
