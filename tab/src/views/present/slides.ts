import type { RoundThemesView, ScopeThemes, ThemeView } from '../../api/types';
import { findScope, scopeKey, seesWholeRound } from '../themes/scopes';

export type Slide =
  | { kind: 'question'; key: string; number: number; text: string; scope: ScopeThemes | undefined }
  | { kind: 'theme'; key: string; theme: ThemeView };

/**
 * One slide per question with its themes, then one per theme of the whole round with its quotes.
 * A caller who sees only their own group (a member) gets that group's themes instead.
 */
export function buildSlides(view: RoundThemesView): Slide[] {
  const groupId = seesWholeRound(view) ? null : (view.groups[0]?.groupId ?? null);
  const questions: Slide[] = view.round.questions.map((q) => ({
    kind: 'question',
    key: `q${q.number}`,
    number: q.number,
    text: q.text,
    scope: findScope(view, scopeKey(q.number, groupId)),
  }));
  const round = findScope(view, scopeKey(null, groupId));
  const themes: Slide[] =
    round?.visible === true
      ? round.themes.map((theme) => ({ kind: 'theme', key: `t${theme.id}`, theme }))
      : [];
  return [...questions, ...themes];
}

/** What a theme says in a sentence: its compiler's conclusion once published, else its top quote. */
export type Excerpt = { kind: 'conclusion' | 'quote'; text: string };

export function themeExcerpt(theme: ThemeView): Excerpt | null {
  const conclusion = theme.conclusion?.trim();
  if (conclusion) return { kind: 'conclusion', text: conclusion };
  const quote = theme.quotes[0]?.text.trim();
  return quote ? { kind: 'quote', text: quote } : null;
}

/**
 * Columns for a question's themes, and the most lines of excerpt each may take: more themes,
 * fewer lines, so that a typical five or six fill a 1280×720 stage without scrolling (ThemeTiles
 * takes lines away while they do not). Even rows read better than a full row and a lone tile.
 */
export function tileLayout(themes: number): { columns: number; lines: number } {
  if (themes <= 3) return { columns: Math.max(1, themes), lines: 6 };
  if (themes === 4) return { columns: 2, lines: 5 };
  if (themes <= 6) return { columns: 3, lines: 4 };
  return { columns: 4, lines: 3 };
}
