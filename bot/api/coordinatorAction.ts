import type { z } from 'zod';
import type { Locale } from '../domain/locale';
import type { ApiDeps } from './apiDeps';
import { callerOf } from './callerOf';
import type { ActionResult } from './contract';
import { type ApiRoute, ok } from './http';

type ActionInput<Body> = {
  roundId: string;
  body: Body;
  now: Date;
  locale: Locale;
  /** The coordinators' operations, for this caller: their use cases refused anyone else already. */
  coordinator: ReturnType<ApiDeps['app']['coordinate']>;
};

/**
 * POST /api/rounds/:id/<verb>: what every coordinator action of the tab does around its own step.
 * The body must match `body`; `act` calls the same use case as the chat command (which refuses
 * anyone but a coordinator) and says what happened, in a sentence for the tab to show. After
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
      const coordinator = deps.app.coordinate(callerOf(deps, identity));
      const parsed = body.parse(request.body ?? {}) as z.infer<Schema>;
      const roundId = request.params.id ?? '';
      const message = await act({
        roundId,
        body: parsed,
        now: deps.now(),
        locale: request.locale,
        coordinator,
      });
      return ok({ ok: true, message } satisfies ActionResult);
    },
  };
}
