import { groupNameLookup } from '../../rounds/groupDirectory';
import { roundStatus } from '../../rounds/roundStatus';
import type { ApiDeps } from '../apiDeps';
import { type ApiRoute, ok } from '../http';
import { roundForCaller } from '../roundForCaller';
import { roundSummary } from '../roundSummary';
import { roundScopes, themesView } from '../themesView';
import { visibleGroups } from '../visibleGroups';

/**
 * GET /api/rounds/:id/themes[?group=<id>]: the stored themes, anonymity applied. Computed here only
 * when nothing is stored yet (answers arriving keep them current); scopes missing beside stored
 * ones (e.g. after an upgrade added scopes) are asked for in the background.
 */
export function themesRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/rounds/:id/themes',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const roundId = request.params.id ?? '';
      const { round, targets, access } = await roundForCaller(deps, identity, roundId);
      const requested = request.query.get('group');
      const visible = visibleGroups(access, targets, null);
      const shown = visibleGroups(access, targets, requested);

      // The round's answers and its stored themes are the costly reads: both at once.
      const answers = deps.reads.answers(roundId);
      answers.catch(() => undefined);
      let stored = await deps.reads.themes(roundId);
      if (stored.length === 0) {
        await deps.recomputeThemes(roundId);
        deps.reads.forget(roundId);
        stored = await deps.reads.themes(roundId);
      } else {
        const have = new Set(stored.map((entry) => entry.scope));
        if (roundScopes(round, targets).some(({ scope }) => !have.has(scope))) deps.themesOutdated(roundId);
      }
      const [status, responses, nameOf] = await Promise.all([
        roundStatus(deps.stores, roundId, answers),
        answers,
        groupNameLookup(deps.stores, round.locale),
      ]);
      return ok(
        themesView({
          round,
          summary: roundSummary(
            round,
            status.groups.filter((group) => visible.has(group.groupId)),
            !access.all,
          ),
          targets,
          stored,
          responses: responses.map((entry) => entry.value),
          nameOf,
          shown,
          wholeRound: access.all && requested === null,
        }),
      );
    },
  };
}
