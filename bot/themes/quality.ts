/**
 * How close a clustering comes to hand-made labels, for tuning the engine on a labelled set.
 * Each function takes one label per answer, in the same order; label names need not match between
 * the two (cluster "t3" may be label "Beslut"), only the grouping counts.
 *
 * Degenerate inputs follow scikit-learn, so figures can be checked against it: empty input and two
 * identical trivial partitions (all in one cluster, or all apart) count as perfect agreement.
 */

type Contingency = {
  total: number;
  /** Answers per truth label. */
  truthSizes: number[];
  /** Answers per predicted cluster. */
  predictedSizes: number[];
  /** Non-zero cells only, as a table of labels × clusters is mostly empty. */
  cells: { count: number; label: number; cluster: number }[];
};

function indexOf(labels: readonly string[]): { indices: Int32Array; count: number } {
  const seen = new Map<string, number>();
  const indices = new Int32Array(labels.length);
  labels.forEach((label, i) => {
    let index = seen.get(label);
    if (index === undefined) {
      index = seen.size;
      seen.set(label, index);
    }
    indices[i] = index;
  });
  return { indices, count: seen.size };
}

function contingency(truth: readonly string[], predicted: readonly string[]): Contingency {
  if (truth.length !== predicted.length) {
    throw new RangeError(`truth has ${truth.length} labels, predicted ${predicted.length}`);
  }
  const t = indexOf(truth);
  const p = indexOf(predicted);
  const truthSizes = new Array<number>(t.count).fill(0);
  const predictedSizes = new Array<number>(p.count).fill(0);
  const byCell = new Map<number, number>();
  for (let i = 0; i < truth.length; i++) {
    const row = t.indices[i] as number;
    const column = p.indices[i] as number;
    truthSizes[row] = (truthSizes[row] as number) + 1;
    predictedSizes[column] = (predictedSizes[column] as number) + 1;
    const key = row * p.count + column;
    byCell.set(key, (byCell.get(key) ?? 0) + 1);
  }
  const cells = [...byCell].map(([key, count]) => ({
    count,
    label: Math.floor(key / p.count),
    cluster: key % p.count,
  }));
  return { total: truth.length, truthSizes, predictedSizes, cells };
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const sum = (values: readonly number[], f: (value: number) => number) =>
  values.reduce((total, value) => total + f(value), 0);

/** Rand index corrected for chance: 1 for the same grouping, about 0 for a random one, can go below 0. */
export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  const table = contingency(truth, predicted);
  const index = sum(
    table.cells.map((cell) => cell.count),
    pairs,
  );
  const truthPairs = sum(table.truthSizes, pairs);
  const predictedPairs = sum(table.predictedSizes, pairs);
  const expected = table.total < 2 ? 0 : (truthPairs * predictedPairs) / pairs(table.total);
  const max = (truthPairs + predictedPairs) / 2;
  // The denominator is zero only when both sides are the same trivial partition.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

function entropy(sizes: readonly number[], total: number): number {
  return -sum(sizes, (size) => (size === 0 ? 0 : (size / total) * Math.log(size / total)));
}

/** Mutual information over the mean of the two entropies (scikit-learn's "arithmetic"): 0 to 1. */
export function normalizedMutualInformation(truth: readonly string[], predicted: readonly string[]): number {
  const table = contingency(truth, predicted);
  const { total, truthSizes, predictedSizes } = table;
  if (truthSizes.length === predictedSizes.length && truthSizes.length <= 1) return 1;

  let mutual = 0;
  for (const { count, label, cluster } of table.cells) {
    const a = truthSizes[label] as number;
    const b = predictedSizes[cluster] as number;
    mutual += (count / total) * Math.log((total * count) / (a * b));
  }
  // Rounding can leave a hair below zero for independent labellings.
  if (mutual <= 0) return 0;
  return mutual / ((entropy(truthSizes, total) + entropy(predictedSizes, total)) / 2);
}

/** The share of answers whose cluster's most common label is their own label: 0 to 1. */
export function purity(truth: readonly string[], predicted: readonly string[]): number {
  const table = contingency(truth, predicted);
  if (table.total === 0) return 1;
  const largest = new Array<number>(table.predictedSizes.length).fill(0);
  for (const { count, cluster } of table.cells) {
    largest[cluster] = Math.max(largest[cluster] as number, count);
  }
  return sum(largest, (count) => count) / table.total;
}
