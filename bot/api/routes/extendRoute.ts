import { z } from 'zod';
import { deadlineText } from '../../domain/deadlineText';
import { format, messagesFor } from '../../i18n/messages';
import type { ApiDeps } from '../apiDeps';
import { coordinatorAction } from '../coordinatorAction';
import type { ApiRoute } from '../http';

/** An instant with its offset ("2026-10-23T15:00:00Z", "…+02:00"): the tab converts Swedish time. */
const extendBody = z.object({ deadline: z.string().datetime({ offset: true }) }).strict();

/**
 * POST /api/rounds/:id/extend: a later deadline, by the rule the card follows (later than now by an
 * hour, later than before); coming reminders move with it on the reminder worker's next tick.
 */
export function extendRoute(deps: ApiDeps): ApiRoute {
  return coordinatorAction(
    deps,
    'extend',
    extendBody,
    async ({ roundId, body, now, locale, coordinator }) => {
      const round = await coordinator.extend(roundId, new Date(body.deadline), now);
      return format(messagesFor(locale).rounds.status.extended, {
        deadline: deadlineText(round.deadline ?? new Date(body.deadline), { locale, now }),
      });
    },
  );
}
