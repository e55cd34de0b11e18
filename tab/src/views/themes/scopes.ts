import type { RoundThemesView, ScopeThemes } from '../../api/types';

/**
 * The contract's scope keys: `round`, `question|<n>`, `group|<id>`, `group|<id>|question|<n>`.
 * `question` null means all questions, `groupId` null all groups.
 */
export function scopeKey(question: number | null, groupId: string | null): string {
  if (groupId === null) return question === null ? 'round' : `question|${question}`;
  return question === null ? `group|${groupId}` : `group|${groupId}|question|${question}`;
}

export function findScope(view: RoundThemesView, key: string): ScopeThemes | undefined {
  return view.scopes.find((scope) => scope.scope === key);
}

/** How many more people must answer before a hidden scope shows its themes (at least 1). */
export function missingPeople(scope: Extract<ScopeThemes, { visible: false }>): number {
  return Math.max(1, scope.threshold - scope.people);
}

/**
 * Whether the caller sees the round-wide scopes (`round`, `question|<n>`); a member sees only their
 * own group's, and then the tab shows that group.
 */
export function seesWholeRound(view: RoundThemesView): boolean {
  return view.scopes.some((scope) => !scope.scope.startsWith('group|'));
}
