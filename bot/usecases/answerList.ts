import { authorsOfAnswers, peopleBehind } from '../domain/anonymity';
import { matchesQuery, queryWords } from '../domain/answerSearch';
import type { Caller } from '../domain/caller';
import { emptyCompilation } from '../domain/compilation';
import type { CompilationRecord } from '../domain/compilationRecord';
import { mayCompile } from '../domain/compilers';
import { compileThemes } from '../domain/compileThemes';
import { ForbiddenError, NotFoundError } from '../domain/errors';
import type { Person } from '../domain/person';
import { type Response, themeInputId } from '../domain/response';
import { scopeInputs } from '../domain/themeScope';
import type { ThemeResult } from '../themes/types';
import { roundForCaller } from './roundAccess';
import type { RoundStores } from './roundServices';

export type AnswerFilter = {
  question: number | null;
  groupId: string | null;
  /** A theme id of the scope's themes as the caller sees them, or "other" for Övrigt. */
  theme: string | null;
  query: string;
  offset: number;
  limit: number;
};

export type ListedAnswer = {
  id: string;
  groupId: string;
  question: number | null;
  text: string;
  createdAt: Date;
  /** Only for coordinators, and only where the group answers individually. */
  author: Person | null;
  /** The answer's theme in the scope shown ("other" for Övrigt); null while not computed. */
  theme: string | null;
};

export type AnswerPage = {
  total: number;
  answers: ListedAnswer[];
  /** Groups answering individually with too few people behind them: their answers are left out. */
  hiddenGroups: string[];
};

/**
 * The answers of a round a caller may read, filtered, searched and paged. Coordinators and
 * leadership read every group, a member their own. The anonymity rule holds as for themes: an
 * individually answering group with fewer people than the round's threshold is left out for
 * everyone. Themes are the compilation's: the draft for coordinators, the published one (else the
 * engine's) for the rest.
 */
export async function answerList(
  stores: RoundStores,
  caller: Caller,
  roundId: string,
  filter: AnswerFilter,
): Promise<AnswerPage> {
  const { round, targets, access } = await roundForCaller(stores, caller, roundId);
  const visible = new Set(
    targets.filter((t) => access.all || access.groups.has(t.groupId)).map((t) => t.groupId),
  );
  if (filter.groupId !== null && !targets.some((t) => t.groupId === filter.groupId)) {
    throw new NotFoundError('group', filter.groupId);
  }
  if (filter.groupId !== null && !visible.has(filter.groupId)) throw new ForbiddenError('member');
  const coordinator = caller.roles.includes('coordinator');
  const compiler = mayCompile(caller, round);
  const scope = filter.question === null ? 'round' : `question|${filter.question}`;

  const [responses, stored, compiled] = await Promise.all([
    stores.responses.forRoundRecent(roundId).then((all) => all.map((entry) => entry.value)),
    stores.themes.get(roundId, scope),
    stores.compilations.get(roundId, scope),
  ]);
  const live = responses.filter((response) => response.withdrawnAt === null);
  const authorOf = authorsOfAnswers(responses);
  const individual = new Set(targets.filter((t) => t.mode === 'individual').map((t) => t.groupId));
  const hiddenGroups = [...individual].filter((groupId) => {
    const own = live.filter((response) => response.groupId === groupId);
    return peopleBehind(own.map(themeInputId), own, authorOf) < round.anonymityThreshold;
  });
  const hidden = new Set(hiddenGroups);

  const themeOf = themeLookup(stored?.result, compiled?.value, compiler, scope, live);
  const words = queryWords(filter.query);
  const matching = live
    .filter(
      (response) =>
        visible.has(response.groupId) &&
        !hidden.has(response.groupId) &&
        (filter.groupId === null || response.groupId === filter.groupId) &&
        (filter.question === null || response.questionNumber === filter.question) &&
        (filter.theme === null || themeOf(response) === filter.theme) &&
        matchesQuery(response.text, words),
    )
    .sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compare(themeInputId(a), themeInputId(b)),
    );

  return {
    total: matching.length,
    hiddenGroups: hiddenGroups.filter((groupId) => visible.has(groupId)),
    answers: matching.slice(filter.offset, filter.offset + filter.limit).map((response) => ({
      id: themeInputId(response),
      groupId: response.groupId,
      question: response.questionNumber,
      text: response.text,
      createdAt: response.createdAt,
      author: coordinator && individual.has(response.groupId) ? response.author : null,
      theme: themeOf(response),
    })),
  };
}

/**
 * Each answer's theme in the scope as the caller sees it, by the ids the views use: a
 * coordinator's draft (the Sammanställning view), else the published compilation, else the
 * engine's own themes (the themes view).
 */
function themeLookup(
  storedResult: string | undefined,
  compiled: CompilationRecord | undefined,
  compiler: boolean,
  scope: string,
  live: readonly Response[],
): (response: Response) => string | null {
  if (storedResult === undefined) return () => null;
  const result = JSON.parse(storedResult) as ThemeResult;
  const shown = compiler
    ? compileThemes(result, compiled?.compilation ?? emptyCompilation(), scopeInputs(scopeOf(scope), live))
    : (compiled?.published?.themes ?? null);
  const byAnswer = new Map<string, string>();
  if (shown) {
    for (const theme of shown.themes) for (const id of theme.members) byAnswer.set(id, theme.id);
    for (const id of shown.other) byAnswer.set(id, 'other');
  } else {
    for (const [id, theme] of Object.entries(result.assignments)) byAnswer.set(id, theme ?? 'other');
  }
  return (response) => byAnswer.get(themeInputId(response)) ?? null;
}

function scopeOf(scope: string) {
  return scope === 'round'
    ? ({ kind: 'round' } as const)
    : ({ kind: 'question', number: Number(scope.split('|')[1]) } as const);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
