/**
 * The theme engine: answers → points → TF-IDF over Swedish (or English) stems → latent semantic
 * analysis → spherical k-means → themes with labels, terms and quotes. Pure and deterministic:
 * every random choice comes from a fixed seed and every tie is broken by index or name, so the
 * same answers give the same themes in the same order.
 */

import { assembleThemes } from './assembleThemes';
import { chooseK } from './chooseK';
import { extractFeatures } from './features';
import { kmeans, nearestCentroids, type Vectors } from './kmeans';
import { detectLanguage } from './language';
import { sampleIndices, seededRandom } from './random';
import { type Point, splitPoints } from './splitPoints';
import { truncatedSvd } from './svd';
import { buildTfIdf } from './tfidf';
import { normalizeText, tokenize } from './tokenize';
import type { Language, ThemeInput, ThemeOptions, ThemeResult } from './types';

/** Stored with every result: a new version makes stored themes stale. */
export const themeEngineVersion = 'lsa-kmeans-2';

const randomSeed = 20_201_016;
const maxPointsPerAnswer = 40;
const maxRank = 50;
const clusterSample = 10_000;
const chooseSample = 1_000;
const maxNewThemes = 16;
/** A point less similar than this to every theme's centre goes to Övrigt rather than being forced. */
const minSimilarity = 0.2;
/** How far a point leans toward its answer's other points (see withAnswerContext). */
const answerContextWeight = 0.5;

const stages = ['points', 'words', 'lsa', 'clusters', 'themes'] as const;

export function findThemes(inputs: readonly ThemeInput[], options: ThemeOptions = {}): ThemeResult {
  const report = (stage: (typeof stages)[number]) =>
    options.onProgress?.(stages.indexOf(stage), stages.length, stage);
  const fallback: Language = options.language ?? 'sv';
  const texts = inputs.map((input) => normalizeText(input.text));
  const languages = texts.map((text) => detectLanguage(tokenize(text), fallback));
  const seeds = uniqueSeeds(options.seeds ?? []);

  report('points');
  const points: Point[] = texts.flatMap((text, answer) =>
    splitPoints(text, answer).slice(0, maxPointsPerAnswer),
  );
  // Seed labels are weighed like points, so they land in the same space as the answers.
  const seedPoints = seeds.map((text, index) => ({
    answer: inputs.length + index,
    text: normalizeText(text),
  }));
  report('words');
  const features = extractFeatures([...points, ...seedPoints], [...languages, ...seeds.map(() => fallback)]);
  const tfidf = buildTfIdf(features);

  report('lsa');
  const random = seededRandom(randomSeed);
  const usable = Int32Array.from(
    points
      .map((_, p) => p)
      .filter((p) => (tfidf.matrix.starts[p + 1] as number) > (tfidf.matrix.starts[p] as number)),
  );
  const cluster = new Int32Array(points.length).fill(-1);
  const similarity = new Float32Array(points.length);
  let k = 0;
  if (usable.length >= 2 && tfidf.terms.length > 0) {
    const rank = Math.min(maxRank, Math.max(2, Math.round(Math.sqrt(usable.length) * 2)));
    const lsa = truncatedSvd(tfidf.matrix, rank, random);
    const vectors: Vectors = { data: lsa.embedding, dimensions: lsa.dimensions };
    withAnswerContext(vectors, points, answerContextWeight);

    report('clusters');
    k = themeCount(vectors, usable, inputs.length, seeds.length, options.k, random);
    const initial =
      seeds.length > 0
        ? { centroids: seedCentroids(vectors, points.length, seeds.length), count: seeds.length }
        : undefined;
    const sample = pick(usable, clusterSample, random);
    const { centroids } = kmeans(vectors, sample, k, random, {
      restarts: sample.length > 5_000 ? 1 : 3,
      maxIterations: 30,
      initial,
    });
    const nearest = nearestCentroids(vectors, usable, centroids, k);
    for (const [i, p] of usable.entries()) {
      const closeness = nearest.similarity[i] as number;
      similarity[p] = closeness;
      cluster[p] = closeness >= minSimilarity ? (nearest.cluster[i] as number) : -1;
    }
  }

  report('themes');
  const result = assembleThemes({
    inputs,
    texts,
    points,
    languages: features.languages,
    cluster,
    similarity,
    k,
    seeds,
  });
  options.onProgress?.(stages.length, stages.length, 'done');
  return result;
}

/** The number of clusters: fixed by the caller, or chosen from the data; seeded themes come on top of a fixed k. */
function themeCount(
  vectors: Vectors,
  usable: Int32Array,
  answers: number,
  seeds: number,
  fixed: number | undefined,
  random: () => number,
): number {
  const most = usable.length;
  if (fixed !== undefined) return Math.max(1, Math.min(most, seeds + Math.max(0, Math.floor(fixed))));
  if (usable.length < 4) return Math.max(1, Math.min(most, seeds));
  const max = Math.min(
    most - 1,
    Math.max(seeds + 2, Math.min(maxNewThemes, Math.round(Math.sqrt(answers / 2)) + 2)),
  );
  const min = Math.min(max, Math.max(2, seeds));
  return chooseK(vectors, pick(usable, chooseSample, random), { min, max }, random).k;
}

/** Seed points sit after the answers' points, so their rows follow `pointCount`. */
function seedCentroids(vectors: Vectors, pointCount: number, seeds: number): Float32Array {
  const { data, dimensions } = vectors;
  return data.slice(pointCount * dimensions, (pointCount + seeds) * dimensions);
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

/**
 * A point is read with its answer around it: a bare "Kommunikation." or "Det var svårt." says
 * more next to the rest of what its author wrote, and the points of one answer usually lean the
 * same way. Each point's vector is moved `weight` of the way toward its answer's mean.
 */
function withAnswerContext(vectors: Vectors, points: readonly Point[], weight: number): void {
  if (weight <= 0) return;
  const { data, dimensions } = vectors;
  let start = 0;
  while (start < points.length) {
    const answer = (points[start] as Point).answer;
    let end = start;
    while (end < points.length && (points[end] as Point).answer === answer) end++;
    const mean = new Float64Array(dimensions);
    for (let p = start; p < end; p++)
      for (let j = 0; j < dimensions; j++)
        mean[j] = (mean[j] as number) + (data[p * dimensions + j] as number);
    let norm = 0;
    for (let j = 0; j < dimensions; j++) norm += (mean[j] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let p = start; p < end; p++) {
      let pointNorm = 0;
      for (let j = 0; j < dimensions; j++) {
        const value =
          (1 - weight) * (data[p * dimensions + j] as number) + weight * (mean[j] as number) * scale;
        data[p * dimensions + j] = value;
        pointNorm += value * value;
      }
      const pointScale = pointNorm > 0 ? 1 / Math.sqrt(pointNorm) : 0;
      for (let j = 0; j < dimensions; j++)
        data[p * dimensions + j] = (data[p * dimensions + j] as number) * pointScale;
    }
    start = end;
  }
}
