/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: exact
 * enough, simple, and deterministic; the matrices here are at most about 100×100.
 */
export type Eigen = {
  /** Largest first. */
  values: Float64Array;
  /** Column j (row-major, size×size) is the eigenvector of values[j]. */
  vectors: Float64Array;
};

export function symmetricEigen(input: Float64Array, size: number): Eigen {
  const a = Float64Array.from(input);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  const at = (i: number, j: number) => a[i * size + j] as number;

  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) off += at(i, j) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = at(p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = at(k, p);
          const akq = at(k, q);
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = at(p, k);
          const aqk = at(q, k);
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p] as number;
          const vkq = v[k * size + q] as number;
          v[k * size + p] = c * vkp - s * vkq;
          v[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }

  const order = Array.from({ length: size }, (_, i) => i).sort((x, y) => at(y, y) - at(x, x) || x - y);
  const values = new Float64Array(size);
  const vectors = new Float64Array(size * size);
  for (const [j, from] of order.entries()) {
    values[j] = at(from, from);
    // A fixed sign (largest component positive) keeps the result identical run to run.
    let pivot = 0;
    for (let k = 0; k < size; k++)
      if (Math.abs(v[k * size + from] as number) > Math.abs(v[pivot * size + from] as number)) pivot = k;
    const sign = (v[pivot * size + from] as number) < 0 ? -1 : 1;
    for (let k = 0; k < size; k++) vectors[k * size + j] = sign * (v[k * size + from] as number);
  }
  return { values, vectors };
}
