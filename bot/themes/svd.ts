/**
 * Truncated SVD of the TF-IDF matrix (latent semantic analysis) by randomized subspace iteration
 * (Halko, Martinsson & Tropp 2011). The iteration runs on AᵀA from the stems' side, so every
 * dense step is stems×k rather than points×k and 100,000 answers stay cheap; the seeded start
 * makes it repeatable.
 */
import { symmetricEigen } from './eigen';
import type { Random } from './random';
import { multiply, multiplyTransposed, type SparseMatrix } from './sparseMatrix';

export type Lsa = {
  /** Points in the latent space, `rows`×`dimensions`, each row scaled to unit length. */
  embedding: Float32Array;
  dimensions: number;
  /** Share of each point's TF-IDF weight the latent space keeps (0 for a point with no stems). */
  captured: Float32Array;
  /** Stems × dimensions, to bring other text (seed labels) into the same space. */
  termVectors: Float64Array;
  /** Points × dimensions before scaling: A·V, that is U·Σ. */
  scores: Float64Array;
};

const oversampling = 10;
const powerIterations = 3;

/** `extra` columns beyond `rank` make the leading vectors accurate (more buys precision, costs time). */
export function truncatedSvd(matrix: SparseMatrix, rank: number, random: Random, extra = oversampling): Lsa {
  const dimensions = Math.max(1, Math.min(rank, matrix.columns, matrix.rows));
  const width = Math.min(dimensions + extra, matrix.columns);
  let basis = orthonormalize(gaussian(matrix.columns * width, random), matrix.columns, width);
  for (let i = 0; i < powerIterations; i++) {
    basis = orthonormalize(gram(matrix, basis, width), matrix.columns, width);
  }
  // T = Qᵀ(AᵀA)Q is small; its eigenvectors turn Q into the right singular vectors.
  const projected = gram(matrix, basis, width);
  const small = new Float64Array(width * width);
  for (let r = 0; r < matrix.columns; r++) {
    for (let i = 0; i < width; i++) {
      const qi = basis[r * width + i] as number;
      if (qi === 0) continue;
      for (let j = 0; j < width; j++) {
        small[i * width + j] = (small[i * width + j] as number) + qi * (projected[r * width + j] as number);
      }
    }
  }
  for (let i = 0; i < width; i++) {
    for (let j = i + 1; j < width; j++) {
      const mean = ((small[i * width + j] as number) + (small[j * width + i] as number)) / 2;
      small[i * width + j] = mean;
      small[j * width + i] = mean;
    }
  }
  const { vectors } = symmetricEigen(small, width);
  const used = Math.min(dimensions, width);
  const termVectors = new Float64Array(matrix.columns * used);
  for (let r = 0; r < matrix.columns; r++) {
    for (let j = 0; j < used; j++) {
      let sum = 0;
      for (let i = 0; i < width; i++)
        sum += (basis[r * width + i] as number) * (vectors[i * width + j] as number);
      termVectors[r * used + j] = sum;
    }
  }

  const projectedPoints = multiply(matrix, termVectors, used);
  const embedding = new Float32Array(matrix.rows * used);
  const captured = new Float32Array(matrix.rows);
  for (let p = 0; p < matrix.rows; p++) {
    let norm = 0;
    for (let j = 0; j < used; j++) norm += (projectedPoints[p * used + j] as number) ** 2;
    captured[p] = norm;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < used; j++)
      embedding[p * used + j] = (projectedPoints[p * used + j] as number) * scale;
  }
  return { embedding, dimensions: used, captured, termVectors, scores: projectedPoints };
}

/** Aᵀ(A·Q): one step of the power iteration. */
function gram(matrix: SparseMatrix, basis: Float64Array, width: number): Float64Array {
  return multiplyTransposed(matrix, multiply(matrix, basis, width), width);
}

function gaussian(size: number, random: Random): Float64Array {
  const values = new Float64Array(size);
  for (let i = 0; i < size; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    values[i] = radius * Math.cos(angle);
    if (i + 1 < size) values[i + 1] = radius * Math.sin(angle);
  }
  return values;
}

/** Modified Gram–Schmidt on the columns of a rows×width row-major matrix. */
function orthonormalize(matrix: Float64Array, rows: number, width: number): Float64Array {
  // Work on columns laid out contiguously, then lay them back.
  const columns = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < width; c++) columns[c * rows + r] = matrix[r * width + c] as number;
  for (let c = 0; c < width; c++) {
    const base = c * rows;
    for (let pass = 0; pass < 2; pass++) {
      for (let prior = 0; prior < c; prior++) {
        const other = prior * rows;
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += (columns[base + r] as number) * (columns[other + r] as number);
        for (let r = 0; r < rows; r++) {
          columns[base + r] = (columns[base + r] as number) - dot * (columns[other + r] as number);
        }
      }
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += (columns[base + r] as number) ** 2;
    norm = Math.sqrt(norm);
    const scale = norm > 1e-12 ? 1 / norm : 0;
    for (let r = 0; r < rows; r++) columns[base + r] = (columns[base + r] as number) * scale;
  }
  const result = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < width; c++) result[r * width + c] = columns[c * rows + r] as number;
  return result;
}
