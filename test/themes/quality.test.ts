import fc from 'fast-check';
import { adjustedRandIndex, normalizedMutualInformation, purity } from '../../bot/themes/quality';

const labels = (...values: (string | number)[]) => values.map(String);

describe('adjustedRandIndex', () => {
  it('matches the scikit-learn documentation examples', () => {
    // sklearn.metrics.adjusted_rand_score: splitting one class in two, or merging two, gives 4/7.
    expect(adjustedRandIndex(labels(0, 0, 1, 1), labels(0, 0, 1, 2))).toBeCloseTo(4 / 7, 10);
    expect(adjustedRandIndex(labels(0, 0, 1, 2), labels(0, 0, 1, 1))).toBeCloseTo(0.5714, 4);
    expect(adjustedRandIndex(labels(0, 0, 0, 0), labels(0, 1, 2, 3))).toBe(0);
    expect(adjustedRandIndex(labels(0, 0, 1, 1), labels(0, 1, 0, 1))).toBeCloseTo(-0.5, 10);
  });

  it('is 1 for the same grouping under other names', () => {
    expect(adjustedRandIndex(labels(0, 0, 1, 1), labels(0, 0, 1, 1))).toBe(1);
    expect(adjustedRandIndex(labels('a', 'a', 'b', 'b', 'c'), labels('t2', 't2', 't1', 't1', 'Övrigt'))).toBe(
      1,
    );
  });

  it('counts trivial and empty input as agreement, as scikit-learn does', () => {
    expect(adjustedRandIndex([], [])).toBe(1);
    expect(adjustedRandIndex(['a'], ['x'])).toBe(1);
    expect(adjustedRandIndex(labels(0, 0, 0), labels(5, 5, 5))).toBe(1);
    expect(adjustedRandIndex(labels(0, 1, 2), labels(2, 0, 1))).toBe(1);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow(RangeError);
  });
});

describe('normalizedMutualInformation', () => {
  it('is 1 for identical and renamed groupings', () => {
    expect(normalizedMutualInformation(labels(0, 0, 1, 1, 2), labels(0, 0, 1, 1, 2))).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation(labels(0, 0, 1, 1), labels(1, 1, 0, 0))).toBeCloseTo(1, 12);
  });

  it('is 0 for independent groupings', () => {
    expect(normalizedMutualInformation(labels(0, 0, 1, 1), labels(0, 1, 0, 1))).toBe(0);
    expect(normalizedMutualInformation(labels(0, 0, 0, 0), labels(0, 1, 2, 3))).toBe(0);
  });

  it('uses the arithmetic mean of the entropies', () => {
    // MI = ln 2, H(truth) = ln 2, H(predicted) = 1.5 ln 2, so NMI = ln 2 / 1.25 ln 2 = 0.8.
    expect(normalizedMutualInformation(labels(0, 0, 1, 1), labels(0, 0, 1, 2))).toBeCloseTo(0.8, 10);
  });

  it('counts one cluster on both sides as agreement', () => {
    expect(normalizedMutualInformation(labels(0, 0), labels(1, 1))).toBe(1);
    expect(normalizedMutualInformation([], [])).toBe(1);
  });
});

describe('purity', () => {
  it('takes the largest label in each cluster', () => {
    // Cluster 1 holds a, a (2 right); cluster 2 holds a, b, b, c (2 right): 4 of 6.
    expect(purity(labels('a', 'a', 'a', 'b', 'b', 'c'), labels(1, 1, 2, 2, 2, 2))).toBeCloseTo(4 / 6, 12);
    expect(purity(labels('a', 'b', 'c', 'd'), labels(1, 1, 1, 1))).toBe(0.25);
  });

  it('is 1 when every answer sits alone or every cluster is pure', () => {
    expect(purity(labels('a', 'a', 'b'), labels(1, 2, 3))).toBe(1);
    expect(purity(labels('a', 'a', 'b'), labels('x', 'x', 'Övrigt'))).toBe(1);
    expect(purity([], [])).toBe(1);
  });
});

describe('all three', () => {
  const labelling = fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('1', '2', '3')), { maxLength: 60 })
    .map((pairs) => ({ truth: pairs.map(([t]) => t), predicted: pairs.map(([, p]) => p) }));

  it('stay in range and do not depend on the order of the answers', () => {
    fc.assert(
      fc.property(labelling, ({ truth, predicted }) => {
        const ari = adjustedRandIndex(truth, predicted);
        const nmi = normalizedMutualInformation(truth, predicted);
        const pure = purity(truth, predicted);
        expect(ari).toBeLessThanOrEqual(1 + 1e-12);
        expect(nmi).toBeGreaterThanOrEqual(0);
        expect(nmi).toBeLessThanOrEqual(1 + 1e-12);
        expect(pure).toBeGreaterThan(0);
        expect(pure).toBeLessThanOrEqual(1);
        const reversedTruth = [...truth].reverse();
        const reversedPredicted = [...predicted].reverse();
        expect(adjustedRandIndex(reversedTruth, reversedPredicted)).toBeCloseTo(ari, 10);
        expect(normalizedMutualInformation(reversedTruth, reversedPredicted)).toBeCloseTo(nmi, 10);
        expect(purity(reversedTruth, reversedPredicted)).toBeCloseTo(pure, 10);
      }),
    );
  });

  it('give ARI and NMI the same value with the two sides swapped', () => {
    fc.assert(
      fc.property(labelling, ({ truth, predicted }) => {
        expect(adjustedRandIndex(predicted, truth)).toBeCloseTo(adjustedRandIndex(truth, predicted), 10);
        expect(normalizedMutualInformation(predicted, truth)).toBeCloseTo(
          normalizedMutualInformation(truth, predicted),
          10,
        );
      }),
    );
  });
});
