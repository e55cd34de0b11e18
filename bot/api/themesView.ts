import { authorsOfAnswers, peopleBehind } from '../domain/anonymity';
import type { CompilationRecord } from '../domain/compilationRecord';
import type { Response } from '../domain/response';
import type { Round } from '../domain/round';
import type { StoredThemes } from '../domain/storedThemes';
import type { RoundTarget } from '../domain/target';
import type { ThemeResult } from '../themes/types';
import type { RoundThemesView, ScopeThemes } from './contract';
import { roundHeader } from './roundSummary';
import { otherCount, themeViews } from './themeView';
import { viewVersion } from './viewVersion';

type Scope = { scope: string; groupId?: string; question?: number };

/** The scopes the theme updater keeps for a round, in the order the tab lists them. */
export function roundScopes(round: Round, targets: readonly RoundTarget[]): Scope[] {
  const questions = round.questions.map((question) => question.number);
  return [
    { scope: 'round' },
    ...questions.map((question) => ({ scope: `question|${question}`, question })),
    ...targets.flatMap((target) => [
      { scope: `group|${target.groupId}`, groupId: target.groupId },
      ...questions.map((question) => ({
        scope: `group|${target.groupId}|question|${question}`,
        groupId: target.groupId,
        question,
      })),
    ]),
  ];
}

export type ThemesViewInput = {
  round: Round;
  targets: readonly RoundTarget[];
  stored: readonly StoredThemes[];
  /**
   * Every answer of the round, withdrawn ones too (stored themes may still hold them). Only the
   * anonymity rule needs them: empty is enough when no shown group answers individually.
   */
  responses: readonly Response[];
  nameOf: (groupId: string) => string;
  /** The groups the caller may see, to choose from. */
  visible: ReadonlySet<string>;
  /** The groups whose scopes are shown. */
  shown: ReadonlySet<string>;
  /** Whether the round-wide and per-question scopes are shown (not to a member). */
  wholeRound: boolean;
  /** Whether themes of shown scopes are still being computed. */
  computing: boolean;
  /** The round's compilations (round-wide scopes); empty when nobody has compiled. */
  compilations?: readonly CompilationRecord[];
};

/** Whether showing these groups' themes needs the round's answers: to count the people behind them. */
export function needsAnswers(targets: readonly RoundTarget[], shown: ReadonlySet<string>): boolean {
  return targets.some((target) => shown.has(target.groupId) && target.mode === 'individual');
}

/**
 * The stored themes a caller may see, with the anonymity rule applied: in a group whose members
 * answer individually, a scope's themes show only when enough different people stand behind them.
 * Round-wide and per-question scopes mix many groups and always show.
 */
export function themesView(input: ThemesViewInput): RoundThemesView {
  const { round, targets, nameOf, shown } = input;
  const byScope = new Map(input.stored.map((stored) => [stored.scope, stored]));
  const live = input.responses.filter((response) => response.withdrawnAt === null);
  const authorOf = authorsOfAnswers(input.responses);
  const modeOf = new Map(targets.map((target) => [target.groupId, target.mode]));
  const compilations = new Map((input.compilations ?? []).map((record) => [record.scope, record]));

  const scopes = roundScopes(round, targets)
    .filter((scope) => (scope.groupId === undefined ? input.wholeRound : shown.has(scope.groupId)))
    .flatMap((scope): ScopeThemes[] => {
      const stored = byScope.get(scope.scope);
      if (!stored) return [];
      const result = JSON.parse(stored.result) as ThemeResult;
      if (scope.groupId !== undefined && modeOf.get(scope.groupId) === 'individual') {
        const inScope = live.filter(
          (response) =>
            response.groupId === scope.groupId &&
            (scope.question === undefined || response.questionNumber === scope.question),
        );
        const people = peopleBehind(Object.keys(result.assignments), inScope, authorOf);
        if (people < round.anonymityThreshold) {
          return [{ scope: scope.scope, visible: false, people, threshold: round.anonymityThreshold }];
        }
      }
      const compiled = scope.groupId === undefined ? compilations.get(scope.scope) : undefined;
      // Published themes are frozen for readers until the next publish; a draft shows only its mark.
      const published = compiled?.published;
      return [
        {
          scope: scope.scope,
          visible: true,
          answerCount: stored.answerCount,
          computedAt: stored.computedAt.toISOString(),
          themes: themeViews(published?.themes ?? result, nameOf),
          other: published ? published.themes.other.length : otherCount(result),
          ...(compiled
            ? {
                compilation: {
                  state: compiled.state,
                  publishedAt: published?.at.toISOString() ?? null,
                  publishedBy: published?.by.name ?? null,
                },
              }
            : {}),
        },
      ];
    });
  const groups = targets
    .filter((target) => input.visible.has(target.groupId))
    .map((target) => ({ groupId: target.groupId, name: nameOf(target.groupId), mode: target.mode }));
  const header = roundHeader(round);
  return {
    round: header,
    groups,
    scopes,
    computing: input.computing,
    version: viewVersion({ header, groups, scopes, computing: input.computing }),
  };
}
