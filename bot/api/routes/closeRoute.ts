import { z } from 'zod';
import { messagesFor } from '../../i18n/messages';
import type { ApiDeps } from '../apiDeps';
import { coordinatorAction } from '../coordinatorAction';
import type { ApiRoute } from '../http';

/** POST /api/rounds/:id/close: closes an open round; the closing notes go out with the reminders. */
export function closeRoute(deps: ApiDeps): ApiRoute {
  return coordinatorAction(
    deps,
    'close',
    z.object({}).strict(),
    async ({ roundId, now, locale, coordinator }) => {
      await coordinator.close(roundId, now);
      return messagesFor(locale).rounds.status.closed;
    },
  );
}
