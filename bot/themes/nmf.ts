/**
 * Non-negative matrix factorisation of the answers' TF-IDF, X ≈ W·H: each of the k rows of H is a
 * theme as a weighting of stems, each row of W says how much of every theme an answer carries.
 * Unlike k-means on a latent space, an answer may carry two themes at once, and a theme is a set
 * of words that go together rather than a point every answer must be near.
 *
 * Started from NNDSVD (Boutsidis & Gallopoulos 2008), which reads the start off a truncated SVD
 * instead of a random draw, so the same answers give the same themes; then fitted by
 * hierarchical alternating least squares (Cichocki & Phan 2009), which converges in tens of
 * sweeps where multiplicative updates need hundreds.
 */
import { multiply, multiplyTransposed, type SparseMatrix } from './sparseMatrix';
import type { Lsa } from './svd';

export type Factors = {
  k: number;
  /** Answers × k, row-major. */
  w: Float64Array;
  /** Stems × k, row-major (H transposed); each theme's column has unit length. */
  ht: Float64Array;
};

const floor = 1e-12;

/**
 * The NNDSVD start: each singular pair split into its positive and negative parts, and the larger
 * of the two kept. The first pair is the round's average direction and is all one sign.
 */
export function nndsvd(svd: Lsa, rows: number, columns: number, k: number): Factors {
  const d = svd.dimensions;
  const used = Math.min(k, d);
  const w = new Float64Array(rows * k);
  const ht = new Float64Array(columns * k);
  for (let j = 0; j < used; j++) {
    // scores = U·Σ, so column j over its norm is u_j and its norm is σ_j.
    let sigma = 0;
    for (let i = 0; i < rows; i++) sigma += (svd.scores[i * d + j] as number) ** 2;
    sigma = Math.sqrt(sigma);
    if (sigma === 0) continue;
    let upNorm = 0;
    let unNorm = 0;
    let vpNorm = 0;
    let vnNorm = 0;
    for (let i = 0; i < rows; i++) {
      const u = (svd.scores[i * d + j] as number) / sigma;
      if (u > 0) upNorm += u * u;
      else unNorm += u * u;
    }
    for (let c = 0; c < columns; c++) {
      const v = svd.termVectors[c * d + j] as number;
      if (v > 0) vpNorm += v * v;
      else vnNorm += v * v;
    }
    upNorm = Math.sqrt(upNorm);
    unNorm = Math.sqrt(unNorm);
    vpNorm = Math.sqrt(vpNorm);
    vnNorm = Math.sqrt(vnNorm);
    const positive = upNorm * vpNorm >= unNorm * vnNorm;
    const sign = positive ? 1 : -1;
    const uNorm = positive ? upNorm : unNorm;
    const vNorm = positive ? vpNorm : vnNorm;
    const scale = Math.sqrt(sigma * uNorm * vNorm);
    for (let i = 0; i < rows; i++) {
      const u = (sign * (svd.scores[i * d + j] as number)) / sigma;
      w[i * k + j] = u > 0 && uNorm > 0 ? (scale * u) / uNorm : 0;
    }
    for (let c = 0; c < columns; c++) {
      const v = sign * (svd.termVectors[c * d + j] as number);
      ht[c * k + j] = v > 0 && vNorm > 0 ? (scale * v) / vNorm : 0;
    }
  }
  // Zeros never move under HALS's update of a lone entry pinned at the floor; a small constant
  // (the mean, as NNDSVDa does) lets every entry take part.
  fillZeros(w);
  fillZeros(ht);
  return { k, w, ht };
}

/**
 * Fits W and H to X by HALS, `sweeps` times over both. The first `fixed` themes keep their words
 * (named themes the coordinator gave); only how much of them each answer carries is fitted.
 */
export function factorize(matrix: SparseMatrix, start: Factors, sweeps: number, fixed = 0): Factors {
  const { k } = start;
  const w = Float64Array.from(start.w);
  const ht = Float64Array.from(start.ht);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    // W given H: X·Hᵀ against (H·Hᵀ).
    updateFactor(w, matrix.rows, multiply(matrix, ht, k), gramOf(ht, matrix.columns, k), k);
    // H given W: Xᵀ·W against (Wᵀ·W).
    updateFactor(
      ht,
      matrix.columns,
      multiplyTransposed(matrix, w, k),
      gramOf(w, matrix.rows, k),
      k,
      floor,
      fixed,
    );
  }
  normalizeThemes(w, ht, matrix.rows, matrix.columns, k);
  return { k, w, ht };
}

/**
 * Theme weights for rows that took no part in the fit, H held fixed: a few coordinate-descent
 * sweeps of non-negative least squares per row, from the plain projection.
 */
export function project(matrix: SparseMatrix, ht: Float64Array, k: number, sweeps = 8): Float64Array {
  const gram = gramOf(ht, matrix.columns, k);
  const target = multiply(matrix, ht, k);
  const w = new Float64Array(matrix.rows * k);
  for (let i = 0; i < matrix.rows; i++) {
    for (let j = 0; j < k; j++) {
      const diagonal = gram[j * k + j] as number;
      w[i * k + j] = diagonal > 0 ? Math.max(0, (target[i * k + j] as number) / diagonal) : 0;
    }
  }
  for (let sweep = 0; sweep < sweeps; sweep++) updateFactor(w, matrix.rows, target, gram, k, 0);
  return w;
}

/**
 * One HALS pass over the k columns of `factor` (n × k): column j moves to the non-negative
 * least-squares optimum with the other columns held, given `cross` = data · other factor (n × k)
 * and `gram` = otherᵀ · other (k × k).
 */
function updateFactor(
  factor: Float64Array,
  n: number,
  cross: Float64Array,
  gram: Float64Array,
  k: number,
  minimum = floor,
  from = 0,
): void {
  for (let j = from; j < k; j++) {
    const diagonal = gram[j * k + j] as number;
    if (diagonal <= 0) continue;
    for (let i = 0; i < n; i++) {
      const row = i * k;
      let fitted = 0;
      for (let l = 0; l < k; l++) fitted += (factor[row + l] as number) * (gram[l * k + j] as number);
      const value = (factor[row + j] as number) + ((cross[row + j] as number) - fitted) / diagonal;
      factor[row + j] = Math.max(value, minimum);
    }
  }
}

/** Mᵀ·M of an n × k row-major M. */
function gramOf(m: Float64Array, n: number, k: number): Float64Array {
  const gram = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    for (let a = 0; a < k; a++) {
      const value = m[row + a] as number;
      if (value === 0) continue;
      for (let b = a; b < k; b++)
        gram[a * k + b] = (gram[a * k + b] as number) + value * (m[row + b] as number);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) gram[a * k + b] = gram[b * k + a] as number;
  return gram;
}

/** Each theme's stem weights to unit length, the answers' weights scaled to match: W·H is unchanged. */
function normalizeThemes(w: Float64Array, ht: Float64Array, rows: number, columns: number, k: number): void {
  for (let j = 0; j < k; j++) {
    let norm = 0;
    for (let c = 0; c < columns; c++) norm += (ht[c * k + j] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    for (let c = 0; c < columns; c++) ht[c * k + j] = (ht[c * k + j] as number) / norm;
    for (let i = 0; i < rows; i++) w[i * k + j] = (w[i * k + j] as number) * norm;
  }
}

function fillZeros(values: Float64Array): void {
  let sum = 0;
  for (const value of values) sum += value;
  const small = values.length > 0 ? sum / values.length / 100 : 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) === 0) values[i] = small;
}
