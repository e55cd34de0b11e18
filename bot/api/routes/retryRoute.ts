import { z } from 'zod';
import { format, messagesFor } from '../../i18n/messages';
import type { ApiDeps } from '../apiDeps';
import { coordinatorAction } from '../coordinatorAction';
import type { ApiRoute } from '../http';

/** POST /api/rounds/:id/retry: failed prompts go back in the delivery queue. */
export function retryRoute(deps: ApiDeps): ApiRoute {
  return coordinatorAction(
    deps,
    'retry',
    z.object({}).strict(),
    async ({ roundId, now, locale, coordinator }) => {
      // The round must exist: a mistyped id should not read as "0 prompts retried".
      await deps.app.rounds.byId(roundId);
      const count = await coordinator.retry(roundId, now);
      return format(messagesFor(locale).rounds.status.retried, { count });
    },
  );
}
