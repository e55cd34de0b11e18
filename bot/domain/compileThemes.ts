import type { Quote, Theme, ThemeInput, ThemeResult } from '../themes/types';
import { type Compilation, type CuratedTheme, compilationLimits } from './compilation';

/**
 * A theme as leadership sees it: the engine's, with a person's corrections laid over it. Its id is
 * a curated theme's own ("c3"), or "e:" and the engine's id for a theme nobody touched.
 */
export type CompiledTheme = Theme & {
  conclusion: string | null;
  lesson: boolean;
  pinned: number | null;
  /** A theme a person has corrected or taken over; false for one the engine found since. */
  curated: boolean;
};

export type CompiledThemes = {
  themes: CompiledTheme[];
  /** Answers in Övrigt. */
  other: string[];
  /** Answers that came after the last edit (none when nobody has edited). */
  unseen: string[];
};

/** Where an answer stands in a compilation: a curated theme's id, or Övrigt. */
type Anchored = string | typeof otherKey;
const otherKey = Symbol('Övrigt');
export const engineThemeId = (theme: Theme) => `e:${theme.id}`;

/**
 * Lays a compilation over the engine's result for the same scope. Answers known at the last edit
 * stay where the compilation has them; an answer that came since goes where the engine puts it:
 * into the curated theme that holds most of the known answers of its engine theme, into Övrigt
 * when the engine has no theme for it, or into the engine theme as found when that theme holds
 * only new answers. Without a compilation this is the engine's result, theme for theme.
 */
export function compileThemes(
  result: ThemeResult,
  compilation: Compilation,
  answers: readonly ThemeInput[],
): CompiledThemes {
  const present = new Map(answers.map((answer) => [answer.id, answer]));
  const anchoredAt = new Map<string, Anchored>();
  for (const theme of compilation.themes) for (const id of theme.anchor) anchoredAt.set(id, theme.id);
  for (const id of compilation.other) anchoredAt.set(id, otherKey);

  const members = new Map<Anchored, string[]>(
    compilation.themes.map((t): [Anchored, string[]] => [t.id, []]),
  );
  members.set(otherKey, []);
  const matched = new Map<string, Theme[]>();
  const fresh: Theme[] = [];
  const unseen: string[] = [];
  const engineThemeOf = new Map<string, Theme>();
  for (const theme of result.themes) for (const id of theme.members) engineThemeOf.set(id, theme);

  const home = new Map<Theme, Anchored | null>();
  for (const theme of result.themes) {
    const target = majorityAnchor(theme.members, anchoredAt);
    home.set(theme, target);
    if (target === null) fresh.push(theme);
    else if (target !== otherKey) matched.set(target, [...(matched.get(target) ?? []), theme]);
  }

  const freshMembers = new Map<Theme, string[]>(fresh.map((theme) => [theme, []]));
  for (const answer of answers) {
    const known = anchoredAt.get(answer.id);
    if (known !== undefined) {
      members.get(known)?.push(answer.id);
      continue;
    }
    if (compilation.themes.length > 0) unseen.push(answer.id);
    const engineTheme = engineThemeOf.get(answer.id);
    const target = engineTheme ? home.get(engineTheme) : otherKey;
    if (engineTheme && (target === null || target === undefined))
      freshMembers.get(engineTheme)?.push(answer.id);
    else members.get(target ?? otherKey)?.push(answer.id);
  }

  const groupsOf = (ids: readonly string[]) => {
    const groups: Record<string, number> = {};
    for (const id of ids) {
      const group = present.get(id)?.group;
      if (group !== undefined) groups[group] = (groups[group] ?? 0) + 1;
    }
    return groups;
  };

  const curated = compilation.themes.flatMap((theme): CompiledTheme[] => {
    const ids = members.get(theme.id) ?? [];
    if (ids.length === 0) return [];
    const engine = [...(matched.get(theme.id) ?? [])].sort((a, b) => b.size - a.size);
    return [
      {
        id: theme.id,
        label: theme.label ?? engine[0]?.label ?? theme.engineLabel,
        terms: engine[0]?.terms ?? [],
        size: ids.length,
        groups: groupsOf(ids),
        members: ids,
        mentions: Math.max(
          ids.length,
          engine.reduce((sum, t) => sum + t.mentions, 0),
        ),
        quotes: quotesOf(theme, new Set(ids), engine, present),
        conclusion: theme.conclusion,
        lesson: theme.lesson,
        pinned: theme.pinned,
        curated: true,
      },
    ];
  });
  const found = fresh.flatMap((theme): CompiledTheme[] => {
    const ids = freshMembers.get(theme) ?? [];
    if (ids.length === 0) return [];
    const kept = new Set(ids);
    return [
      {
        id: engineThemeId(theme),
        label: theme.label,
        terms: theme.terms,
        size: ids.length,
        groups: groupsOf(ids),
        members: ids,
        mentions: theme.mentions,
        quotes: theme.quotes.filter((quote) => kept.has(quote.id)),
        conclusion: null,
        lesson: false,
        pinned: null,
        curated: false,
      },
    ];
  });

  return {
    themes: [...curated, ...found].sort(byPinThenSize),
    other: members.get(otherKey) ?? [],
    unseen,
  };
}

/**
 * The curated theme (or Övrigt) holding most of an engine theme's answers known at the last edit;
 * null when none of them was known, i.e. the engine found the theme among new answers.
 */
function majorityAnchor(ids: readonly string[], anchoredAt: ReadonlyMap<string, Anchored>): Anchored | null {
  const votes = new Map<Anchored, number>();
  for (const id of ids) {
    const anchored = anchoredAt.get(id);
    if (anchored !== undefined) votes.set(anchored, (votes.get(anchored) ?? 0) + 1);
  }
  let best: Anchored | null = null;
  let most = 0;
  for (const [anchored, count] of votes) {
    if (count > most) {
      best = anchored;
      most = count;
    }
  }
  return best;
}

/** Picked quotes first, then the engine's of the matched themes; hidden ones and outsiders never. */
function quotesOf(
  theme: CuratedTheme,
  members: ReadonlySet<string>,
  engine: readonly Theme[],
  present: ReadonlyMap<string, ThemeInput>,
): Quote[] {
  const hidden = new Set(theme.hiddenQuotes);
  const quotes: Quote[] = [];
  const add = (quote: Quote) => {
    if (quotes.length >= compilationLimits.quotes || hidden.has(quote.id) || !members.has(quote.id)) return;
    if (quotes.some((q) => q.id === quote.id || q.text === quote.text)) return;
    quotes.push(quote);
  };
  for (const id of theme.quotes) {
    const text = present.get(id)?.text;
    if (text !== undefined) add({ id, text });
  }
  for (const t of engine) for (const quote of t.quotes) add(quote);
  return quotes;
}

function byPinThenSize(a: CompiledTheme, b: CompiledTheme): number {
  if (a.pinned !== null || b.pinned !== null) {
    if (a.pinned === null) return 1;
    if (b.pinned === null) return -1;
    if (a.pinned !== b.pinned) return a.pinned - b.pinned;
  }
  return b.size - a.size;
}
