/** What the theme engine reads and writes; the CLI's JSON has exactly this shape. */
import type { Lexicon } from './lexicon';

export type Language = 'sv' | 'en';

export type ThemeInput = {
  id: string;
  text: string;
  group?: string | undefined;
  question?: number | undefined;
};

export type Quote = { id: string; text: string };

export type Theme = {
  id: string;
  label: string;
  /** The most characteristic words, as people wrote them. */
  terms: string[];
  /** Answers whose main theme this is (the same answers as `members`). */
  size: number;
  /** Of those answers, how many each group gave. */
  groups: Record<string, number>;
  /** Ids of the answers whose main theme this is, in input order. */
  members: string[];
  /** Answers that touch the theme in any of their points, main theme or not. */
  mentions: number;
  /** The most central points, verbatim. */
  quotes: Quote[];
  /** The seed label this theme was asked for, when it was seeded. */
  seed?: string;
};

export type ThemeResult = {
  themes: Theme[];
  /** Each answer's main theme; null when it fits none (Övrigt). */
  assignments: Record<string, string | null>;
};

export type ThemeOptions = {
  /** A fixed number of new themes; chosen from the data when absent. */
  k?: number | undefined;
  /** The language of answers whose own words do not tell; Swedish when absent. */
  language?: Language | undefined;
  /** Named themes to fill first, e.g. "Tydliga beslutsvägar". */
  seeds?: string[] | undefined;
  /** A Swedish word list for compounds; the round's own words alone split them without it. */
  lexicon?: Lexicon | undefined;
  /** Told how far the engine has come, for a progress line on large rounds. */
  onProgress?: ((done: number, total: number, stage: string) => void) | undefined;
};
