import { factorize, nndsvd, project } from '../../bot/themes/nmf';
import { seededRandom } from '../../bot/themes/random';
import type { SparseMatrix } from '../../bot/themes/sparseMatrix';
import { truncatedSvd } from '../../bot/themes/svd';

/** Two blocks of words: rows 0–3 use columns 0–2, rows 4–7 columns 3–5, with some noise. */
function twoTopics(): SparseMatrix {
  const dense = [
    [1, 0.8, 0.5, 0, 0, 0.1],
    [0.9, 1, 0, 0, 0, 0],
    [0.7, 0.6, 1, 0.1, 0, 0],
    [1, 0, 0.9, 0, 0, 0],
    [0, 0, 0.1, 1, 0.8, 0.6],
    [0, 0, 0, 0.9, 1, 0],
    [0.1, 0, 0, 0.5, 0.7, 1],
    [0, 0, 0, 1, 0, 0.9],
  ];
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of dense) {
    row.forEach((value, column) => {
      if (value > 0) {
        indices.push(column);
        values.push(value);
      }
    });
    starts.push(indices.length);
  }
  return {
    rows: dense.length,
    columns: 6,
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float32Array.from(values),
  };
}

function residual(matrix: SparseMatrix, w: Float64Array, ht: Float64Array, k: number): number {
  let total = 0;
  for (let r = 0; r < matrix.rows; r++) {
    const row = new Float64Array(matrix.columns);
    for (let i = matrix.starts[r] as number; i < (matrix.starts[r + 1] as number); i++)
      row[matrix.indices[i] as number] = matrix.values[i] as number;
    for (let c = 0; c < matrix.columns; c++) {
      let fitted = 0;
      for (let j = 0; j < k; j++) fitted += (w[r * k + j] as number) * (ht[c * k + j] as number);
      total += ((row[c] as number) - fitted) ** 2;
    }
  }
  return total;
}

const mainOf = (w: Float64Array, row: number, k: number) =>
  (w[row * k] as number) >= (w[row * k + 1] as number) ? 0 : 1;

describe('non-negative matrix factorisation', () => {
  const matrix = twoTopics();
  const start = nndsvd(truncatedSvd(matrix, 2, seededRandom(1), 4), matrix.rows, matrix.columns, 2);

  it('fits better with every sweep, with no negative weight, the same every time', () => {
    const few = factorize(matrix, start, 2);
    const many = factorize(matrix, start, 50);
    expect(residual(matrix, many.w, many.ht, 2)).toBeLessThan(residual(matrix, few.w, few.ht, 2));
    expect([...many.w, ...many.ht].every((value) => value >= 0)).toBe(true);
    expect(factorize(matrix, start, 50)).toEqual(many);
  });

  it('finds the two topics, and places new rows by the fitted words', () => {
    const fit = factorize(matrix, start, 50);
    const first = mainOf(fit.w, 0, 2);
    for (const row of [1, 2, 3]) expect(mainOf(fit.w, row, 2)).toBe(first);
    for (const row of [4, 5, 6, 7]) expect(mainOf(fit.w, row, 2)).toBe(1 - first);
    const placed = project(matrix, fit.ht, 2);
    for (let row = 0; row < matrix.rows; row++) expect(mainOf(placed, row, 2)).toBe(mainOf(fit.w, row, 2));
  });

  it('keeps the words of fixed themes', () => {
    const fit = factorize(matrix, start, 20, 1);
    const norm = Math.hypot(...Array.from({ length: 6 }, (_, c) => start.ht[c * 2] as number));
    for (let c = 0; c < 6; c++) expect(fit.ht[c * 2]).toBeCloseTo((start.ht[c * 2] as number) / norm, 10);
  });
});
