import { z } from 'zod';
import { sampleRoundId } from '../../domain/sampleRound';
import { messagesFor } from '../../i18n/messages';
import type { ApiDeps } from '../apiDeps';
import { ApiError } from '../apiError';
import { coordinatorAction } from '../coordinatorAction';
import type { ApiRoute } from '../http';

/**
 * POST /api/rounds/:id/remove: removes the sample round npm start loaded, with its answers and
 * themes. Real rounds are kept: they are the organisation's record and are only ever closed.
 */
export function removeRoute(deps: ApiDeps): ApiRoute {
  return coordinatorAction(
    deps,
    'remove',
    z.object({}).strict(),
    async ({ roundId, locale, coordinator }) => {
      if (roundId !== sampleRoundId) throw new ApiError(409, 'conflict', { key: 'onlySampleRemovable' });
      if (!(await coordinator.removeSample())) {
        throw new ApiError(404, 'not_found', { key: 'sampleAlreadyRemoved' });
      }
      return messagesFor(locale).api.sampleRemoved;
    },
  );
}
