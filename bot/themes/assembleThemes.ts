/**
 * From theme weights to the themes people see: each answer belongs to the theme it carries most,
 * themes too small to matter hand their answers to their next theme (or Övrigt), and each theme
 * gets its label, terms, groups and its most representative distinct answers as quotes.
 */
import { countAll, describeTheme, type LabelledPoint, type LabelWords } from './labels';
import type { Lexicon } from './lexicon';
import { findNames } from './names';
import { splitPoints } from './splitPoints';
import { createStemCache } from './stem';
import type { Language, Quote, Theme, ThemeInput, ThemeResult } from './types';

export type WeightedAnswers = {
  inputs: readonly ThemeInput[];
  /** The answers' texts, normalised. */
  texts: readonly string[];
  languages: readonly Language[];
  /** Answers that have words to weigh, in the order of the rows of `weights`. */
  usable: Int32Array;
  /** usable × k: how much of each theme an answer carries. */
  weights: Float64Array;
  k: number;
  /** Below this weight an answer does not carry a theme. */
  minWeight: number;
  /** Seeded names; theme i < seeds.length is the seed i. */
  seeds: readonly string[];
  lexicon?: Lexicon | undefined;
};

const quoteCount = 3;
/** Answers used to word a theme: enough for stable counts, few enough for 100,000 answers. */
const labelSample = 500;
const roundSample = 5_000;
/** A theme carried by fewer answers than this share (and at least two) is not kept. */
const minThemeShare = 0.02;
/** An answer mentions a theme it carries at least this share of its main theme's weight. */
const mentionShare = 0.3;
/** Quotes are sought among this many of a theme's most representative answers. */
const quoteCandidates = 40;

export function assembleThemes(weighted: WeightedAnswers): ThemeResult {
  const { inputs, k, seeds } = weighted;
  const dropped = new Set<number>();
  let main = mainThemes(weighted, dropped);
  const minSize = Math.max(2, Math.ceil(inputs.length * minThemeShare));
  const sizes = countBy(main.theme, k);
  for (let c = seeds.length; c < k; c++) if ((sizes[c] as number) < minSize) dropped.add(c);
  if (dropped.size > 0) main = mainThemes(weighted, dropped);

  const stems = createStemCache();
  const labelled = (answer: number): LabelledPoint => ({
    text: weighted.texts[answer] as string,
    language: weighted.languages[answer] ?? 'sv',
  });
  const sample = strided(inputs.length, roundSample).map(labelled);
  const all = countAll(sample, stems);
  const words: LabelWords = { lexicon: weighted.lexicon, names: findNames(sample, weighted.lexicon) };
  const mentions = mentionCounts(weighted, dropped);

  const built: { theme: number; entry: Omit<Theme, 'id'> }[] = [];
  for (let c = 0; c < k; c++) {
    const seed = seeds[c];
    if (dropped.has(c)) continue;
    const own = inputs.flatMap((_, answer) => (main.theme[answer] === c ? [answer] : []));
    if (own.length === 0 && seed === undefined) continue;
    const central = [...own].sort((a, b) => (main.weight[b] as number) - (main.weight[a] as number) || a - b);
    const described = describeTheme(central.slice(0, labelSample).map(labelled), all, stems, words);
    built.push({
      theme: c,
      entry: {
        label: seed ?? (described.label || fallbackLabel(described.terms, central, weighted.texts)),
        terms: described.terms,
        size: own.length,
        groups: groupsOf(inputs, own),
        members: own.map((answer) => (inputs[answer] as ThemeInput).id),
        mentions: Math.max(mentions[c] as number, own.length),
        quotes: quotes(central.slice(0, quoteCandidates), described.terms, weighted, main.weight),
        ...(seed !== undefined ? { seed } : {}),
      },
    });
  }

  built.sort(
    (a, b) => b.entry.size - a.entry.size || compare(a.entry.label, b.entry.label) || a.theme - b.theme,
  );
  const idOf = new Map(built.map((item, index) => [item.theme, `t${index + 1}`]));
  const themes: Theme[] = built.map((item) => ({ id: idOf.get(item.theme) as string, ...item.entry }));
  const assignments: Record<string, string | null> = {};
  for (const [answer, input] of inputs.entries()) {
    const c = main.theme[answer] as number;
    assignments[input.id] = c >= 0 ? (idOf.get(c) ?? null) : null;
  }
  return { themes, assignments };
}

/** Per answer, the kept theme it carries most, and how much; -1 when it carries none enough. */
function mainThemes(
  { inputs, usable, weights, k, minWeight }: WeightedAnswers,
  dropped: ReadonlySet<number>,
): { theme: Int32Array; weight: Float32Array } {
  const theme = new Int32Array(inputs.length).fill(-1);
  const weight = new Float32Array(inputs.length);
  for (const [row, answer] of usable.entries()) {
    let best = -1;
    let bestWeight = minWeight;
    for (let c = 0; c < k; c++) {
      const value = weights[row * k + c] as number;
      if (value >= bestWeight && !dropped.has(c)) {
        best = c;
        bestWeight = value;
      }
    }
    theme[answer] = best;
    weight[answer] = best >= 0 ? bestWeight : 0;
  }
  return { theme, weight };
}

/** Answers carrying each theme, as main theme or beside it. */
function mentionCounts(
  { usable, weights, k, minWeight }: WeightedAnswers,
  dropped: ReadonlySet<number>,
): number[] {
  const counts = new Array<number>(k).fill(0);
  for (let row = 0; row < usable.length; row++) {
    let top = 0;
    for (let c = 0; c < k; c++) if (!dropped.has(c)) top = Math.max(top, weights[row * k + c] as number);
    if (top < minWeight) continue;
    for (let c = 0; c < k; c++) {
      const value = weights[row * k + c] as number;
      if (!dropped.has(c) && value >= minWeight && value >= top * mentionShare)
        counts[c] = (counts[c] as number) + 1;
    }
  }
  return counts;
}

function countBy(main: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const c of main) if (c >= 0) sizes[c] = (sizes[c] ?? 0) + 1;
  return sizes;
}

function groupsOf(inputs: readonly ThemeInput[], own: readonly number[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const answer of own) {
    const group = (inputs[answer] as ThemeInput).group;
    if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])));
}

/**
 * The most representative answers, each quoted by its point that speaks most of the theme's
 * words: distinct texts only, never a lead-in line ("Våra lärdomar:"), preferring points long
 * enough to say something, and answers in the theme's main language (an English answer, placed
 * by a few words of the trade, would otherwise head a Swedish slide).
 */
function quotes(
  central: readonly number[],
  terms: readonly string[],
  { inputs, texts, languages }: WeightedAnswers,
  weight: Float32Array,
): Quote[] {
  const lowered = terms.map((term) => term.toLowerCase());
  const swedish = central.filter((answer) => languages[answer] === 'sv').length;
  const main: Language = swedish * 2 >= central.length ? 'sv' : 'en';
  const ranked = central
    .map((answer) => {
      const point = bestPoint(texts[answer] as string, answer, lowered);
      if (!point) return undefined;
      const words = point.split(/\s+/).length;
      const score = (weight[answer] as number) * Math.min(1, words / 6) * (words > 60 ? 0.7 : 1);
      return { answer, point, score };
    })
    .filter((entry) => entry !== undefined)
    .sort(
      (a, b) =>
        Number(languages[b.answer] === main) - Number(languages[a.answer] === main) ||
        b.score - a.score ||
        a.answer - b.answer,
    );
  const chosen: Quote[] = [];
  const seen = new Set<string>();
  for (const { answer, point } of ranked) {
    const key = point
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push({ id: (inputs[answer] as ThemeInput).id, text: point });
    if (chosen.length === quoteCount) break;
  }
  return chosen;
}

function bestPoint(text: string, answer: number, terms: readonly string[]): string | undefined {
  let best: { text: string; hits: number } | undefined;
  for (const point of splitPoints(text, answer)) {
    if (/:\s*$/u.test(point.text)) continue;
    const lower = point.text.toLowerCase();
    const hits = terms.filter((term) => lower.includes(term)).length;
    if (!best || hits > best.hits) best = { text: point.text, hits };
  }
  return best?.text;
}

/**
 * A theme whose answers share no phrase twice still needs a name on a slide: its most
 * characteristic word, or the opening words of its most representative answer.
 */
function fallbackLabel(
  terms: readonly string[],
  central: readonly number[],
  texts: readonly string[],
): string {
  const text = terms[0] ?? (texts[central[0] as number] ?? '').split(/\s+/).slice(0, 4).join(' ');
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** Evenly spread indices, at most `limit` of them. */
function strided(total: number, limit: number): number[] {
  const step = Math.max(1, total / limit);
  const indices: number[] = [];
  for (let i = 0; i < total; i += step) indices.push(Math.floor(i));
  return indices;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
