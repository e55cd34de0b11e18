/**
 * A sparse matrix in compressed rows (CSR): the TF-IDF of 300,000 points over 8,000 stems has
 * a few million non-zeros, while its dense form would need gigabytes.
 */
export type SparseMatrix = {
  rows: number;
  columns: number;
  starts: Int32Array;
  indices: Int32Array;
  values: Float32Array;
};

/** A·X, where X is `columns`×`width`, row-major; the result is `rows`×`width`. */
export function multiply(matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array {
  const result = new Float64Array(matrix.rows * width);
  const { starts, indices, values } = matrix;
  for (let row = 0; row < matrix.rows; row++) {
    const out = row * width;
    for (let i = starts[row] as number; i < (starts[row + 1] as number); i++) {
      const value = values[i] as number;
      const from = (indices[i] as number) * width;
      for (let j = 0; j < width; j++)
        result[out + j] = (result[out + j] as number) + value * (dense[from + j] as number);
    }
  }
  return result;
}

/** Aᵀ·Y, where Y is `rows`×`width`, row-major; the result is `columns`×`width`. */
export function multiplyTransposed(matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array {
  const result = new Float64Array(matrix.columns * width);
  const { starts, indices, values } = matrix;
  for (let row = 0; row < matrix.rows; row++) {
    const from = row * width;
    for (let i = starts[row] as number; i < (starts[row + 1] as number); i++) {
      const value = values[i] as number;
      const out = (indices[i] as number) * width;
      for (let j = 0; j < width; j++)
        result[out + j] = (result[out + j] as number) + value * (dense[from + j] as number);
    }
  }
  return result;
}

/** The given rows of a matrix, in the given order, as a matrix of their own. */
export function selectRows(matrix: SparseMatrix, rows: Int32Array): SparseMatrix {
  const starts = new Int32Array(rows.length + 1);
  let size = 0;
  for (const [i, row] of rows.entries()) {
    size += (matrix.starts[row + 1] as number) - (matrix.starts[row] as number);
    starts[i + 1] = size;
  }
  const indices = new Int32Array(size);
  const values = new Float32Array(size);
  for (const [i, row] of rows.entries()) {
    const from = matrix.starts[row] as number;
    const to = matrix.starts[row + 1] as number;
    indices.set(matrix.indices.subarray(from, to), starts[i] as number);
    values.set(matrix.values.subarray(from, to), starts[i] as number);
  }
  return { rows: rows.length, columns: matrix.columns, starts, indices, values };
}
