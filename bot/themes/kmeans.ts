/**
 * Spherical k-means (cosine similarity on unit vectors) with k-means++ seeding and several seeded
 * restarts; the restart with the highest total similarity wins. Runs on a sample of rows; the
 * rest are then assigned to the nearest centroid, so large rounds cost one pass more, not O(n²).
 */
import type { Random } from './random';

export type Vectors = { data: Float32Array; dimensions: number };

export type Clustering = {
  /** k × dimensions, unit length. */
  centroids: Float32Array;
  k: number;
  /** For each sampled row (in the order given), its cluster. */
  assignment: Int32Array;
  /** Sum of each sampled row's similarity to its centroid. */
  objective: number;
};

export type KMeansOptions = {
  restarts: number;
  maxIterations: number;
  /** Centres the first clusters start from (seeded themes), `count`×dimensions. */
  initial?: { centroids: Float32Array; count: number } | undefined;
};

export function kmeans(
  vectors: Vectors,
  rows: Int32Array,
  k: number,
  random: Random,
  options: KMeansOptions = { restarts: 3, maxIterations: 30 },
): Clustering {
  let best: Clustering | null = null;
  for (let restart = 0; restart < Math.max(1, options.restarts); restart++) {
    const start = seedCentroids(vectors, rows, k, random, options.initial);
    const result = lloyd(vectors, rows, start, k, options.maxIterations);
    if (!best || result.objective > best.objective + 1e-9) best = result;
  }
  return best as Clustering;
}

export type Nearest = { cluster: Int32Array; similarity: Float32Array };

/** Each row's most similar centroid (lowest index on ties) and that similarity. */
export function nearestCentroids(
  vectors: Vectors,
  rows: Int32Array,
  centroids: Float32Array,
  k: number,
): Nearest {
  const { data, dimensions } = vectors;
  const cluster = new Int32Array(rows.length);
  const similarity = new Float32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const offset = (rows[i] as number) * dimensions;
    let bestCluster = 0;
    let bestSimilarity = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const centre = c * dimensions;
      let dot = 0;
      for (let j = 0; j < dimensions; j++)
        dot += (data[offset + j] as number) * (centroids[centre + j] as number);
      if (dot > bestSimilarity) {
        bestSimilarity = dot;
        bestCluster = c;
      }
    }
    cluster[i] = bestCluster;
    similarity[i] = bestSimilarity;
  }
  return { cluster, similarity };
}

/** The normalised mean of the rows in each cluster; an empty cluster keeps `fallback`'s centroid. */
export function centroidsOf(
  vectors: Vectors,
  rows: Int32Array,
  cluster: Int32Array,
  k: number,
  fallback?: Float32Array,
): Float32Array {
  const { data, dimensions } = vectors;
  const sums = new Float64Array(k * dimensions);
  for (let i = 0; i < rows.length; i++) {
    const c = cluster[i] as number;
    if (c < 0) continue;
    const offset = (rows[i] as number) * dimensions;
    for (let j = 0; j < dimensions; j++) {
      const at = c * dimensions + j;
      sums[at] = (sums[at] as number) + (data[offset + j] as number);
    }
  }
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let j = 0; j < dimensions; j++) norm += (sums[c * dimensions + j] as number) ** 2;
    if (norm === 0) {
      if (fallback) centroids.set(fallback.subarray(c * dimensions, (c + 1) * dimensions), c * dimensions);
      continue;
    }
    const scale = 1 / Math.sqrt(norm);
    for (let j = 0; j < dimensions; j++)
      centroids[c * dimensions + j] = (sums[c * dimensions + j] as number) * scale;
  }
  return centroids;
}

function lloyd(
  vectors: Vectors,
  rows: Int32Array,
  start: Float32Array,
  k: number,
  maxIterations: number,
): Clustering {
  let centroids = start;
  let assignment: Int32Array = new Int32Array(rows.length).fill(-1);
  let objective = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const { cluster, similarity } = nearestCentroids(vectors, rows, centroids, k);
    let changed = 0;
    objective = 0;
    for (let i = 0; i < rows.length; i++) {
      if (cluster[i] !== assignment[i]) changed++;
      objective += similarity[i] as number;
    }
    assignment = cluster;
    if (changed === 0) break;
    centroids = centroidsOf(vectors, rows, assignment, k, centroids);
  }
  return { centroids, k, assignment, objective };
}

/**
 * k-means++: each next centre drawn with probability proportional to its squared distance.
 * Given centres (seeded themes) come first and count as already chosen.
 */
function seedCentroids(
  vectors: Vectors,
  rows: Int32Array,
  k: number,
  random: Random,
  initial?: { centroids: Float32Array; count: number },
): Float32Array {
  const { data, dimensions } = vectors;
  const centroids = new Float32Array(k * dimensions);
  const distance = new Float64Array(rows.length).fill(Number.POSITIVE_INFINITY);
  const given = Math.min(initial?.count ?? 0, k);
  let chosen = Math.floor(random() * rows.length);
  for (let c = 0; c < k; c++) {
    if (c < given && initial) {
      centroids.set(initial.centroids.subarray(c * dimensions, (c + 1) * dimensions), c * dimensions);
    } else {
      const from = (rows[chosen] as number) * dimensions;
      centroids.set(data.subarray(from, from + dimensions), c * dimensions);
    }
    const centre = c * dimensions;
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const offset = (rows[i] as number) * dimensions;
      let dot = 0;
      for (let j = 0; j < dimensions; j++)
        dot += (data[offset + j] as number) * (centroids[centre + j] as number);
      const d = Math.max(0, 1 - dot) ** 2;
      if (d < (distance[i] as number)) distance[i] = d;
      total += distance[i] as number;
    }
    if (c === k - 1) break;
    if (total <= 0) {
      chosen = Math.floor(random() * rows.length);
      continue;
    }
    let target = random() * total;
    chosen = rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      target -= distance[i] as number;
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
  }
  return centroids;
}
