import type { CompilationView } from '../../api/types';

/**
 * What the answer list shows: every answer of the scope, Övrigt, or one theme's. `named` is a
 * theme about to exist (the result of a merge or split), found by its name once the draft has it.
 */
export type Selection =
  | { kind: 'all' }
  | { kind: 'other' }
  | { kind: 'theme'; themeId: string }
  | { kind: 'named'; label: string };

/** The answer list's `theme` filter for a selection. */
export function themeFilter(selection: Selection): string | null {
  if (selection.kind === 'other') return 'other';
  if (selection.kind === 'theme') return selection.themeId;
  return null;
}

/**
 * The selection once a new draft replaces `before`: the same theme where its id still exists,
 * else the theme now at its place (a first correction renumbers themes in the order shown, a
 * rename keeps the order), else every answer.
 */
export function selectionAfter(
  selection: Selection,
  before: CompilationView | null,
  after: CompilationView,
): Selection {
  if (selection.kind === 'named') {
    const named = after.themes.find((theme) => theme.label === selection.label);
    return named ? { kind: 'theme', themeId: named.id } : selection;
  }
  if (selection.kind !== 'theme') return selection;
  if (after.themes.some((theme) => theme.id === selection.themeId)) return selection;
  const index = before ? before.themes.findIndex((theme) => theme.id === selection.themeId) : -1;
  const label = before?.themes[index]?.label;
  const same = after.themes.find((theme) => theme.label === label) ?? after.themes[index];
  return same ? { kind: 'theme', themeId: same.id } : { kind: 'all' };
}
