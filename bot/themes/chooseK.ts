/**
 * The number of themes, when the coordinator has not fixed it: k-means is run for each candidate
 * on a sample and the k with the best simplified silhouette wins (each point compared with its own
 * centre and the nearest other one, Hruschka et al. 2004). The full silhouette compares every pair
 * of points, which is quadratic; against centres it stays linear in the sample.
 */
import { kmeans, nearestCentroids, type Vectors } from './kmeans';
import type { Random } from './random';

/**
 * The silhouette keeps creeping up as k grows on short texts, so the smallest k that comes this
 * close to the best is taken: more themes than a meeting can discuss buy little separation.
 */
const nearBest = 0.85;

export type KChoice = { k: number; scores: { k: number; score: number }[] };

export function chooseK(
  vectors: Vectors,
  rows: Int32Array,
  range: { min: number; max: number },
  random: Random,
): KChoice {
  const scores: { k: number; score: number }[] = [];
  let best = { k: range.min, score: Number.NEGATIVE_INFINITY };
  for (let k = range.min; k <= range.max; k++) {
    const { centroids } = kmeans(vectors, rows, k, random, {
      restarts: rows.length < 1_000 ? 2 : 1,
      maxIterations: 15,
    });
    const score = simplifiedSilhouette(vectors, rows, centroids, k);
    scores.push({ k, score });
    if (score > best.score + 1e-9) best = { k, score };
  }
  const enough = scores.find((entry) => entry.score >= best.score * nearBest) ?? best;
  return { k: enough.k, scores };
}

function simplifiedSilhouette(
  vectors: Vectors,
  rows: Int32Array,
  centroids: Float32Array,
  k: number,
): number {
  const { data, dimensions } = vectors;
  const { cluster, similarity } = nearestCentroids(vectors, rows, centroids, k);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const offset = (rows[i] as number) * dimensions;
    let other = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c === cluster[i]) continue;
      let dot = 0;
      for (let j = 0; j < dimensions; j++)
        dot += (data[offset + j] as number) * (centroids[c * dimensions + j] as number);
      if (dot > other) other = dot;
    }
    const own = 1 - (similarity[i] as number);
    const nearest = 1 - other;
    const spread = Math.max(own, nearest);
    total += spread > 0 ? (nearest - own) / spread : 0;
  }
  return rows.length > 0 ? total / rows.length : 0;
}
