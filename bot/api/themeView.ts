import type { CompiledThemes } from '../domain/compileThemes';
import type { ThemeResult } from '../themes/types';
import type { ThemeView } from './contract';

/**
 * The engine's themes as the tab shows them: groups by name, most answers first, and quotes as
 * bare text. Quote ids name the answer's group and source (a person's id for card answers), so
 * they stay on the server.
 */
export function themeViews(
  result: ThemeResult | CompiledThemes,
  nameOf: (groupId: string) => string,
): ThemeView[] {
  return result.themes.map((theme) => ({
    id: theme.id,
    label: theme.label,
    terms: theme.terms,
    size: theme.size,
    groups: groupsByName(theme.groups, nameOf),
    quotes: theme.quotes.map((quote) => ({ text: quote.text })),
    ...('conclusion' in theme ? { conclusion: theme.conclusion, lesson: theme.lesson } : {}),
  }));
}

/** Answers that fit no theme (Övrigt). */
export function otherCount(result: ThemeResult): number {
  return Object.values(result.assignments).filter((theme) => theme === null).length;
}

/** A theme's groups by name, those with most answers first. */
export function groupsByName(
  groups: Record<string, number>,
  nameOf: (groupId: string) => string,
): { groupId: string; name: string; count: number }[] {
  return Object.entries(groups)
    .map(([groupId, count]) => ({ groupId, name: nameOf(groupId), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'sv'));
}
