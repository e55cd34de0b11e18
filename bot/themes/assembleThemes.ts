/**
 * From clustered points to the themes people see: each answer gets the theme most of its points
 * speak for, themes too small to matter dissolve into Övrigt, and each theme gets its label,
 * terms, groups and the most central points as quotes.
 */
import { countAll, describeTheme, type LabelledPoint } from './labels';
import type { Point } from './splitPoints';
import { createStemCache } from './stem';
import type { Language, Quote, Theme, ThemeInput, ThemeResult } from './types';

export type ClusteredPoints = {
  inputs: readonly ThemeInput[];
  /** The answers' texts, normalised. */
  texts: readonly string[];
  points: readonly Point[];
  /** Each point's language (seed points may follow; they are not read). */
  languages: readonly Language[];
  /** Each point's cluster, -1 for Övrigt. */
  cluster: Int32Array;
  similarity: Float32Array;
  k: number;
  /** Seeded names; cluster i < seeds.length is the seed i. */
  seeds: readonly string[];
};

const quoteCount = 3;
/** Points used to word a theme: enough for stable counts, few enough for 100,000 answers. */
const labelSample = 1_000;
const roundSample = 5_000;
/** A theme carried by fewer answers than this share (and at least two) is folded into Övrigt. */
const minThemeShare = 0.02;

export function assembleThemes(clustered: ClusteredPoints): ThemeResult {
  const { inputs, points, cluster, k, seeds } = clustered;
  let main = mainThemes(clustered);
  const minSize = Math.max(2, Math.ceil(inputs.length * minThemeShare));
  const sizes = countBy(main, k);
  const small = new Set(sizes.flatMap((size, c) => (c >= seeds.length && size < minSize ? [c] : [])));
  if (small.size > 0) {
    for (let p = 0; p < points.length; p++) if (small.has(cluster[p] as number)) cluster[p] = -1;
    main = mainThemes(clustered);
  }

  const stems = createStemCache();
  const labelled = (p: number): LabelledPoint => ({
    text: (points[p] as Point).text,
    language: clustered.languages[p] ?? 'sv',
  });
  const all = countAll(strided(points.length, roundSample).map(labelled), stems);
  const pointsOf = Array.from({ length: k }, () => [] as number[]);
  for (let p = 0; p < points.length; p++) {
    const c = cluster[p] as number;
    if (c >= 0) pointsOf[c]?.push(p);
  }

  const built: { cluster: number; theme: Omit<Theme, 'id'> }[] = [];
  for (let c = 0; c < k; c++) {
    const members = inputs.flatMap((input, answer) => (main[answer] === c ? [input.id] : []));
    const seed = seeds[c];
    if (members.length === 0 && seed === undefined) continue;
    const own = pointsOf[c] ?? [];
    const central = [...own].sort(
      (a, b) => (clustered.similarity[b] as number) - (clustered.similarity[a] as number) || a - b,
    );
    const words = describeTheme(central.slice(0, labelSample).map(labelled), all, stems);
    built.push({
      cluster: c,
      theme: {
        label: seed ?? words.label,
        terms: words.terms,
        size: members.length,
        groups: groupsOf(inputs, main, c),
        members,
        mentions: new Set(own.map((p) => (points[p] as Point).answer)).size,
        quotes: quotes(central, clustered),
        ...(seed !== undefined ? { seed } : {}),
      },
    });
  }

  built.sort(
    (a, b) => b.theme.size - a.theme.size || compare(a.theme.label, b.theme.label) || a.cluster - b.cluster,
  );
  const idOf = new Map(built.map((entry, index) => [entry.cluster, `t${index + 1}`]));
  const themes: Theme[] = built.map((entry) => ({ id: idOf.get(entry.cluster) as string, ...entry.theme }));
  const assignments: Record<string, string | null> = {};
  for (const [answer, input] of inputs.entries()) {
    const c = main[answer] as number;
    assignments[input.id] = c >= 0 ? (idOf.get(c) ?? null) : null;
  }
  return { themes, assignments };
}

/** Per answer, the cluster its points are most similar to in sum; -1 when none of them has one. */
function mainThemes({ inputs, points, cluster, similarity, k }: ClusteredPoints): Int32Array {
  const weight = new Float64Array(inputs.length * Math.max(1, k));
  for (let p = 0; p < points.length; p++) {
    const c = cluster[p] as number;
    if (c < 0) continue;
    const at = (points[p] as Point).answer * k + c;
    weight[at] = (weight[at] as number) + (similarity[p] as number);
  }
  const main = new Int32Array(inputs.length).fill(-1);
  for (let answer = 0; answer < inputs.length; answer++) {
    let best = 0;
    for (let c = 0; c < k; c++) {
      const value = weight[answer * k + c] as number;
      if (value > best) {
        best = value;
        main[answer] = c;
      }
    }
  }
  return main;
}

function countBy(main: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const c of main) if (c >= 0) sizes[c] = (sizes[c] ?? 0) + 1;
  return sizes;
}

function groupsOf(inputs: readonly ThemeInput[], main: Int32Array, c: number): Record<string, number> {
  const counts = new Map<string, number>();
  for (const [answer, input] of inputs.entries()) {
    if (main[answer] !== c || input.group === undefined) continue;
    counts.set(input.group, (counts.get(input.group) ?? 0) + 1);
  }
  return Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])));
}

/** The most central points of distinct answers, preferring points long enough to say something. */
function quotes(central: readonly number[], { inputs, points, similarity }: ClusteredPoints): Quote[] {
  const ranked = central
    .slice(0, 200)
    .map((p) => {
      const point = points[p] as Point;
      const words = point.text.split(/\s+/).length;
      return { p, point, score: (similarity[p] as number) * Math.min(1, words / 6) * (words > 60 ? 0.7 : 1) };
    })
    .sort((a, b) => b.score - a.score || a.p - b.p);
  const chosen: Quote[] = [];
  const answers = new Set<number>();
  for (const { point } of ranked) {
    if (answers.has(point.answer)) continue;
    answers.add(point.answer);
    chosen.push({ id: (inputs[point.answer] as ThemeInput).id, text: point.text });
    if (chosen.length === quoteCount) break;
  }
  return chosen;
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
