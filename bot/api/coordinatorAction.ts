import type { z } from 'zod';
import type { Locale } from '../domain/locale';
import type { ApiDeps } from './apiDeps';
import type { ActionResult } from './contract';
import { type ApiRoute, ok } from './http';
import { requireCoordinator } from './roundForCaller';

type ActionInput<Body> = { roundId: string; body: Body; now: Date; locale: Locale };

/**
 * POST /api/rounds/:id/<verb>: what every coordinator action of the tab does around its own step.
 * The caller must be a coordinator and the body must match `body`; `act` calls the same round
 * service as the chat command and says what happened, in a sentence for the tab to show. After
 * it, the round's status cards in chat are redrawn and its shared reads forgotten, so chat and tab
 * show the change alike.
 */
export function coordinatorAction<Schema extends z.ZodType>(
  deps: ApiDeps,
  verb: string,
  body: Schema,
  act: (input: ActionInput<z.infer<Schema>>) => Promise<string>,
): ApiRoute {
  return {
    method: 'POST',
    path: `/api/rounds/:id/${verb}`,
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      requireCoordinator(deps, identity);
      const parsed = body.parse(request.body ?? {}) as z.infer<Schema>;
      const roundId = request.params.id ?? '';
      const message = await act({ roundId, body: parsed, now: deps.now(), locale: request.locale });
      deps.roundChanged(roundId);
      return ok({ ok: true, message } satisfies ActionResult);
    },
  };
}
