/**
 * The theme engine: answers → TF-IDF over Swedish (or English) stems and compound parts →
 * non-negative matrix factorisation → themes with labels, terms and quotes. The whole answer is
 * the unit: a topic is often named once in an answer, and its other sentences only make sense
 * beside it. Pure and deterministic: the factorisation starts from an SVD with a fixed seed and
 * every tie is broken by index or name, so the same answers give the same themes in the same order.
 */

import { assembleThemes } from './assembleThemes';
import { extractFeatures } from './features';
import { detectLanguage } from './language';
import { type Factors, factorize, nndsvd, project } from './nmf';
import { sampleIndices, seededRandom } from './random';
import { type SparseMatrix, selectRows } from './sparseMatrix';
import { truncatedSvd } from './svd';
import { buildTfIdf } from './tfidf';
import { chooseThemeCount, themeCountRange } from './themeCount';
import { normalizeText, tokenize } from './tokenize';
import type { Language, ThemeInput, ThemeOptions, ThemeResult } from './types';

/** Stored with every result: a new version makes stored themes stale. */
export const themeEngineVersion = 'nmf-answers-5';

const randomSeed = 20_201_016;
/** Answers the themes are fitted on; the rest are placed by the fitted themes' words. */
const fitSample = 4_000;
/** Answers the number of themes is chosen on. */
const chooseSample = 1_500;
/** Extra SVD dimensions beyond the most themes tried, so the leading ones are accurate for NNDSVD. */
const svdExtra = 40;
const fitSweeps = 100;
const chooseSweeps = 50;
/**
 * An answer carrying less than this of any theme fits none and goes to Övrigt. Rows and themes have
 * unit length, so the weight is close to the cosine between an answer and the theme's words.
 */
const minWeight = 0.04;
/** A theme whose words are this close (cosine) to a named theme's is the same theme. */
const seedDuplicate = 0.4;

const stages = ['points', 'words', 'lsa', 'clusters', 'themes'] as const;

export function findThemes(inputs: readonly ThemeInput[], options: ThemeOptions = {}): ThemeResult {
  const report = (stage: (typeof stages)[number]) =>
    options.onProgress?.(stages.indexOf(stage), stages.length, stage);
  const fallback: Language = options.language ?? 'sv';
  const texts = inputs.map((input) => normalizeText(input.text));
  const languages = texts.map((text) => detectLanguage(tokenize(text), fallback));
  const seeds = uniqueSeeds(options.seeds ?? []);

  report('points');
  // Seed labels are weighed like answers, so they land among the themes' words.
  const rows = [
    ...texts.map((text, answer) => ({ answer, text })),
    ...seeds.map((text, index) => ({ answer: inputs.length + index, text: normalizeText(text) })),
  ];
  report('words');
  const features = extractFeatures(rows, [...languages, ...seeds.map(() => fallback)], options.lexicon);
  const tfidf = buildTfIdf(features);
  const matrix = tfidf.matrix;
  const usable = Int32Array.from(
    inputs.map((_, i) => i).filter((i) => (matrix.starts[i + 1] as number) > (matrix.starts[i] as number)),
  );

  report('lsa');
  const random = seededRandom(randomSeed);
  const k0 = inputs.length;
  let weights: Float64Array = new Float64Array(0);
  let k = 0;
  if (usable.length >= 2 && tfidf.terms.length > 0) {
    const range =
      options.k !== undefined
        ? fixedRange(seeds.length + Math.max(0, Math.floor(options.k)), usable.length)
        : themeCountRange(usable.length, seeds.length);
    const fitted = pick(usable, fitSample, random);
    const fitMatrix = selectRows(matrix, fitted);
    const svd = truncatedSvd(fitMatrix, range.max, random, svdExtra);
    const seedRows = selectRows(
      matrix,
      Int32Array.from(seeds, (_, s) => k0 + s),
    );
    const start = (count: number, on: SparseMatrix, svdOf = svd) =>
      withSeeds(nndsvd(svdOf, on.rows, on.columns, count - seeds.length), seedRows, on, count);

    report('clusters');
    if (range.min === range.max) k = range.max;
    else {
      // The count is chosen on a smaller sample of its own: one factorisation per count tried.
      const chosen = pick(fitted, chooseSample, random);
      const on = chosen === fitted ? fitMatrix : selectRows(matrix, chosen);
      const ownSvd = chosen === fitted ? svd : truncatedSvd(on, range.max, random, svdExtra);
      k = chooseThemeCount(on.rows, range, (count) => {
        const fit = factorize(on, start(count, on, ownSvd), chooseSweeps, seeds.length);
        // Named themes stay whatever their size; only the engine's own are counted.
        return mainSizes(fit.w, on.rows, count).map((size, c) => (c < seeds.length ? Infinity : size));
      });
    }
    const fit = factorize(fitMatrix, start(k, fitMatrix), fitSweeps, seeds.length);
    withoutSeedDuplicates(fit, seeds.length);
    weights = project(selectRows(matrix, usable), fit.ht, k);
  }

  report('themes');
  const result = assembleThemes({
    inputs,
    texts,
    languages,
    usable,
    weights,
    k,
    minWeight,
    seeds,
    lexicon: options.lexicon,
  });
  options.onProgress?.(stages.length, stages.length, 'done');
  return result;
}

function fixedRange(k: number, most: number): { min: number; max: number } {
  const count = Math.max(1, Math.min(most, k));
  return { min: count, max: count };
}

/**
 * Named themes are their own words: the seed's TF-IDF row, held through the fit (see
 * `factorize`), so they cannot drift to another topic; NNDSVD's themes fill the places after them.
 */
function withSeeds(start: Factors, seedRows: SparseMatrix, on: SparseMatrix, k: number): Factors {
  const seeds = seedRows.rows;
  if (seeds === 0) return start;
  const free = start.k;
  const ht = new Float64Array(on.columns * k);
  const w = new Float64Array(on.rows * k);
  for (let c = 0; c < on.columns; c++)
    for (let j = 0; j < free; j++) ht[c * k + seeds + j] = start.ht[c * free + j] as number;
  for (let i = 0; i < on.rows; i++)
    for (let j = 0; j < free; j++) w[i * k + seeds + j] = start.w[i * free + j] as number;
  for (let s = 0; s < seeds; s++) {
    for (let at = seedRows.starts[s] as number; at < (seedRows.starts[s + 1] as number); at++) {
      ht[(seedRows.indices[at] as number) * k + s] = seedRows.values[at] as number;
    }
  }
  const seedWeights = project(on, ht, k, 0);
  for (let i = 0; i < on.rows; i++)
    for (let s = 0; s < seeds; s++) w[i * k + s] = seedWeights[i * k + s] as number;
  return { k, w, ht };
}

/**
 * A theme of the engine's own that says what a named theme says is dropped, so the answers go to
 * the name the coordinator gave rather than being split between the two.
 */
function withoutSeedDuplicates({ ht, k }: Factors, seeds: number): void {
  const columns = ht.length / Math.max(1, k);
  for (let j = seeds; j < k; j++) {
    for (let s = 0; s < seeds; s++) {
      let dot = 0;
      for (let c = 0; c < columns; c++) dot += (ht[c * k + s] as number) * (ht[c * k + j] as number);
      if (dot < seedDuplicate) continue;
      for (let c = 0; c < columns; c++) ht[c * k + j] = 0;
      break;
    }
  }
}

function mainSizes(w: Float64Array, rows: number, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < rows; i++) {
    let best = -1;
    let bestWeight = minWeight;
    for (let j = 0; j < k; j++) {
      const weight = w[i * k + j] as number;
      if (weight >= bestWeight) {
        best = j;
        bestWeight = weight;
      }
    }
    if (best >= 0) sizes[best] = (sizes[best] as number) + 1;
  }
  return sizes;
}

function pick(rows: Int32Array, limit: number, random: () => number): Int32Array {
  if (rows.length <= limit) return rows;
  return Int32Array.from(sampleIndices(rows.length, limit, random), (i) => rows[i] as number);
}

function uniqueSeeds(seeds: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const seed of seeds) {
    const text = seed.replace(/\s+/g, ' ').trim();
    const key = text.toLocaleLowerCase('sv');
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(text);
  }
  return unique;
}
