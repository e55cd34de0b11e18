import { z } from 'zod';
import { format, messagesFor } from '../../i18n/messages';
import { retryFailedDeliveries } from '../../rounds/manageRound';
import type { ApiDeps } from '../apiDeps';
import type { ActionResult } from '../contract';
import { type ApiRoute, ok } from '../http';
import { requireCoordinator } from '../roundForCaller';

/** POST /api/rounds/:id/retry: failed prompts go back in the delivery queue. */
export function retryRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'POST',
    path: '/api/rounds/:id/retry',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      requireCoordinator(deps, identity);
      z.object({})
        .strict()
        .parse(request.body ?? {});
      const roundId = request.params.id ?? '';
      // The round must exist: a mistyped id should not read as "0 prompts retried".
      await deps.stores.rounds.get(roundId);
      const count = await retryFailedDeliveries(deps.stores, roundId, deps.now());
      if (count > 0) deps.deliveryQueued();
      const message = format(messagesFor('sv').rounds.status.retried, { count });
      return ok({ ok: true, message } satisfies ActionResult);
    },
  };
}
