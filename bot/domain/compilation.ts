/**
 * A compilation: a person's corrections to the engine's themes of one scope, kept as an overlay
 * rather than a copy, so that it survives recomputation while answers still arrive. Everything
 * is keyed by stable answer ids: a curated theme remembers the answers it was made of (its
 * anchor), and recomputed themes are matched to it by their members (see compileThemes.ts).
 */

export type CuratedTheme = {
  /** Stable across recomputation: "c1", "c2", … in the order they were made. */
  id: string;
  /**
   * The answers in it when a person last edited the scope. They stay here however the engine
   * regroups them; new answers join the theme most of their engine theme's known answers are in.
   */
  anchor: string[];
  /** A person's name for it; the engine's label is shown while there is none. */
  label: string | null;
  /** The engine's label when the theme was last seen, for a theme no recomputed theme matches. */
  engineLabel: string;
  /** "Slutsats": a few sentences on what the theme means. */
  conclusion: string | null;
  /** Marked as a lesson identified ("Lärdom"). */
  lesson: boolean;
  /** Shown first, in this order; unpinned themes follow by size. */
  pinned: number | null;
  /** Answers picked to be quoted, in order; the engine's picks fill the rest. */
  quotes: string[];
  /** Answers never to be quoted. */
  hiddenQuotes: string[];
};

export type Compilation = {
  themes: CuratedTheme[];
  /** The answers in Övrigt at the last edit. With the anchors, every answer known then. */
  other: string[];
  nextId: number;
};

export const emptyCompilation = (): Compilation => ({ themes: [], other: [], nextId: 1 });

/** Where a person puts answers: one of the shown themes, or Övrigt. */
export type Placement = { kind: 'theme'; themeId: string } | { kind: 'other' };

/** What a compiler may write, checked where edits come in (the API). */
export const compilationLimits = {
  label: 80,
  conclusion: 2000,
  /** Quotes a theme shows. */
  quotes: 3,
  /** Answers one edit may move or split off. */
  answersPerEdit: 500,
  /** Themes one merge may join. */
  mergedThemes: 20,
} as const;

/** One correction, as a compiler makes it in the Sammanställning view. */
export type CompilationEdit =
  | { kind: 'rename'; themeId: string; label: string }
  | { kind: 'merge'; themeIds: string[] }
  | { kind: 'split'; themeId: string; answerIds: string[]; label: string }
  | { kind: 'move'; answerIds: string[]; to: Placement }
  | { kind: 'conclude'; themeId: string; conclusion: string }
  | { kind: 'markLesson'; themeId: string; lesson: boolean }
  | { kind: 'pin'; themeId: string; position: number | null }
  | { kind: 'pickQuotes'; themeId: string; answerIds: string[] }
  | { kind: 'hideQuote'; themeId: string; answerId: string; hidden: boolean };
