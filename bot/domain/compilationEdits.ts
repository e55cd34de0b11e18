import type { Compilation, CompilationEdit, CuratedTheme } from './compilation';
import { compilationLimits } from './compilation';
import type { CompiledThemes } from './compileThemes';
import { NotFoundError, ValidationError } from './errors';

/**
 * The compilation as the person saw it when they made an edit: every theme on screen becomes a
 * curated one (a theme the engine found since gets a curated id), each anchored on the answers it
 * shows, and Övrigt on its answers. So what a person has looked at stays put, and "new since the
 * last edit" means exactly the answers that came after.
 */
export function settle(
  compilation: Compilation,
  shown: CompiledThemes,
): { compilation: Compilation; ids: Map<string, string> } {
  const own = new Map(compilation.themes.map((theme) => [theme.id, theme]));
  const ids = new Map<string, string>();
  let nextId = compilation.nextId;
  const themes = shown.themes.map((theme): CuratedTheme => {
    const curated = own.get(theme.id);
    if (curated) {
      ids.set(theme.id, curated.id);
      return {
        ...curated,
        anchor: [...theme.members],
        engineLabel: curated.label === null ? theme.label : curated.engineLabel,
      };
    }
    const id = `c${nextId++}`;
    ids.set(theme.id, id);
    return {
      id,
      anchor: [...theme.members],
      label: null,
      engineLabel: theme.label,
      conclusion: null,
      lesson: false,
      pinned: null,
      quotes: [],
      hiddenQuotes: [],
    };
  });
  // A curated theme whose answers have all gone keeps its words, should they come back.
  const emptied = compilation.themes
    .filter((theme) => !ids.has(theme.id))
    .map((theme) => ({ ...theme, anchor: [] }));
  return { compilation: { themes: [...themes, ...emptied], other: [...shown.other], nextId }, ids };
}

/**
 * Applies one correction to the compilation as it was shown. Refuses (throws a ValidationError or
 * NotFoundError, changing nothing) a theme or answer not on screen in this scope, an empty or
 * too long text, and a correction that would leave a theme without answers.
 */
export function applyEdit(
  compilation: Compilation,
  edit: CompilationEdit,
  shown: CompiledThemes,
): Compilation {
  const settled = settle(compilation, shown);
  const next: Compilation = {
    ...settled.compilation,
    themes: settled.compilation.themes.map((t) => ({ ...t })),
  };
  const theme = (shownId: string) => {
    const id = settled.ids.get(shownId);
    const found = id === undefined ? undefined : next.themes.find((t) => t.id === id);
    if (!found) throw new NotFoundError('theme', shownId);
    return found;
  };
  const known = new Set([...next.other, ...next.themes.flatMap((t) => t.anchor)]);
  const answers = (list: readonly string[], field: string, within?: CuratedTheme) => {
    if (list.length === 0) throw new ValidationError(`${field} is empty`, field, 'required');
    if (list.length > compilationLimits.answersPerEdit) {
      throw new ValidationError(`${field} lists too many answers`, field, 'tooMany', {
        max: compilationLimits.answersPerEdit,
      });
    }
    const inTheme = within ? new Set(within.anchor) : known;
    for (const id of list) if (!inTheme.has(id)) throw new NotFoundError('answer', id);
    return [...new Set(list)];
  };
  const remove = (ids: readonly string[]) => {
    const gone = new Set(ids);
    next.other = next.other.filter((id) => !gone.has(id));
    for (const t of next.themes) t.anchor = t.anchor.filter((id) => !gone.has(id));
  };

  switch (edit.kind) {
    case 'rename':
      theme(edit.themeId).label = text(edit.label, 'label', compilationLimits.label);
      break;
    case 'merge': {
      const merged = [...new Set(edit.themeIds)].map(theme);
      if (merged.length < 2)
        throw new ValidationError('merge needs two themes', 'themeIds', 'tooFew', { min: 2 });
      if (merged.length > compilationLimits.mergedThemes) {
        throw new ValidationError('merge joins too many themes', 'themeIds', 'tooMany', {
          max: compilationLimits.mergedThemes,
        });
      }
      const [into, ...rest] = merged as [CuratedTheme, ...CuratedTheme[]];
      for (const t of rest) {
        into.anchor.push(...t.anchor);
        into.conclusion ??= t.conclusion;
        into.lesson ||= t.lesson;
        into.quotes = [...new Set([...into.quotes, ...t.quotes])].slice(0, compilationLimits.quotes);
        into.hiddenQuotes = [...new Set([...into.hiddenQuotes, ...t.hiddenQuotes])];
      }
      const gone = new Set(rest.map((t) => t.id));
      next.themes = next.themes.filter((t) => !gone.has(t.id));
      break;
    }
    case 'split': {
      const from = theme(edit.themeId);
      const picked = answers(edit.answerIds, 'answerIds', from);
      if (picked.length >= from.anchor.length) {
        throw new ValidationError('a split must leave answers behind', 'split', 'tooMany', {
          max: from.anchor.length - 1,
        });
      }
      const label = text(edit.label, 'label', compilationLimits.label);
      remove(picked);
      next.themes.push({
        id: `c${next.nextId++}`,
        anchor: picked,
        label,
        engineLabel: label,
        conclusion: null,
        lesson: false,
        pinned: null,
        quotes: [],
        hiddenQuotes: [],
      });
      break;
    }
    case 'move': {
      const moved = answers(edit.answerIds, 'answerIds');
      const to = edit.to.kind === 'theme' ? theme(edit.to.themeId) : null;
      remove(moved);
      if (to) to.anchor.push(...moved);
      else next.other.push(...moved);
      break;
    }
    case 'conclude': {
      const written = edit.conclusion.trim();
      theme(edit.themeId).conclusion =
        written === '' ? null : text(edit.conclusion, 'conclusion', compilationLimits.conclusion);
      break;
    }
    case 'markLesson':
      theme(edit.themeId).lesson = edit.lesson;
      break;
    case 'pin': {
      const t = theme(edit.themeId);
      if (
        edit.position !== null &&
        !(Number.isInteger(edit.position) && edit.position >= 1 && edit.position <= 100)
      ) {
        throw new ValidationError('pin position out of range', 'position', 'outOfRange', {
          min: 1,
          max: 100,
        });
      }
      t.pinned = edit.position;
      break;
    }
    case 'pickQuotes': {
      const t = theme(edit.themeId);
      if (edit.answerIds.length > compilationLimits.quotes) {
        throw new ValidationError('too many quotes', 'quotes', 'tooMany', {
          max: compilationLimits.quotes,
        });
      }
      t.quotes = edit.answerIds.length === 0 ? [] : answers(edit.answerIds, 'answerIds', t);
      t.hiddenQuotes = t.hiddenQuotes.filter((id) => !t.quotes.includes(id));
      break;
    }
    case 'hideQuote': {
      const t = theme(edit.themeId);
      const [id] = answers([edit.answerId], 'answerId', t) as [string];
      t.hiddenQuotes = edit.hidden
        ? [...new Set([...t.hiddenQuotes, id])]
        : t.hiddenQuotes.filter((h) => h !== id);

      break;
    }
  }
  // A theme a move emptied disappears from view; its words are kept for if its answers return.
  return next;
}

function text(value: string, field: string, max: number): string {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (trimmed === '') throw new ValidationError(`${field} is empty`, field, 'required');
  if ([...trimmed].length > max) throw new ValidationError(`${field} is too long`, field, 'tooLong', { max });
  return trimmed;
}
