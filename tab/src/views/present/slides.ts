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
