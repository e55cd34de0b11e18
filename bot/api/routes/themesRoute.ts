import type { StoredThemes, ThemePart } from '../../domain/storedThemes';
import { themeEngineVersion } from '../../themes/findThemes';
import type { ApiDeps } from '../apiDeps';
import { callerOf } from '../callerOf';
import { type ApiRoute, ok } from '../http';
import { needsAnswers, roundScopes, themesView } from '../themesView';
import { requestedGroups, visibleGroups } from '../visibleGroups';

/**
 * GET /api/rounds/:id/themes[?group=<id>[&group=<id>]]: the stored themes, anonymity applied.
 * Coordinators and leadership get the round-wide scopes, plus the groups they ask for; a member
 * gets their own group's. Only those parts are read: a round of 40 groups stores 200 scopes, and
 * the view shows a handful. Computed here only when nothing is stored yet (answers arriving keep
 * them current); scopes missing beside stored ones (e.g. after an upgrade added scopes) are asked
 * for in the background.
 */
export function themesRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/rounds/:id/themes',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const roundId = request.params.id ?? '';
      const { round, targets, access } = await deps.app.rounds.oneForCaller(
        callerOf(deps, identity),
        roundId,
      );
      const requested = request.query.getAll('group');
      const visible = visibleGroups(access, targets, null);
      const shown =
        requested.length > 0 || access.all ? requestedGroups(access, targets, requested) : visible;
      const parts: ThemePart[] = [
        ...(access.all ? [{ kind: 'round' } as const] : []),
        ...[...shown].map((groupId) => ({ kind: 'group', groupId }) as const),
      ];

      // Answers only to count the people behind an individually answering group's themes.
      const answers = needsAnswers(targets, shown) ? deps.app.rounds.answers(roundId) : Promise.resolve([]);
      answers.catch(() => undefined);
      const readParts = async () =>
        (await Promise.all(parts.map((part) => deps.app.rounds.storedThemes(roundId, part)))).flat();
      // Answered from what is stored: a scope not computed yet, or computed by an earlier engine,
      // is asked for, never computed here; the earlier engine's themes show until then.
      const stored: StoredThemes[] = await readParts();
      const have = new Set(
        stored.filter((entry) => entry.engineVersion === themeEngineVersion).map((entry) => entry.scope),
      );
      const computing = roundScopes(round, targets)
        .filter((scope) => (scope.groupId === undefined ? access.all : shown.has(scope.groupId)))
        .some(({ scope }) => !have.has(scope));
      if (computing) deps.app.rounds.wantThemes(roundId);
      const [responses, nameOf, compilations] = await Promise.all([
        answers,
        deps.app.groups.names(round.locale),
        access.all ? deps.app.rounds.compilations(roundId) : Promise.resolve([]),
      ]);
      return ok(
        themesView({
          round,
          targets,
          stored,
          responses: responses.map((entry) => entry.value),
          nameOf,
          visible,
          shown,
          wholeRound: access.all,
          computing,
          compilations,
        }),
      );
    },
  };
}
