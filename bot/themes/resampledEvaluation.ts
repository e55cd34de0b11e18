/**
 * How well, and how steadily, the engine finds the themes people found. One run on a labelled set
 * says little: the figure moves with which answers happen to be there. So the engine runs `runs`
 * times, each time without a different `drop` share of the answers (seeded, so every evaluation
 * drops the same ones), and every figure is the mean ± sd over the runs.
 *
 * Beside agreement with the labels, two figures say how much the themes move when a few answers
 * are missing: `stability` is the agreement (ARI) of each run with the run on all answers, over
 * the answers both saw, and `labelsKept` is the share of the all-answers run's labels a run gives
 * again.
 */
import { findThemes } from './findThemes';
import { adjustedRandIndex, normalizedMutualInformation, purity } from './quality';
import { sampleIndices, seededRandom } from './random';
import type { ThemeInput, ThemeOptions, ThemeResult } from './types';

export type LabelledAnswer = ThemeInput & { label: string };
export type Spread = { mean: number; sd: number };
export type ResampledEvaluation = {
  answers: number;
  kept: number;
  labels: number;
  runs: number;
  drop: number;
  ari: Spread;
  nmi: Spread;
  purity: Spread;
  themes: Spread;
  /** Share of answers in Övrigt, 0 to 1. */
  other: Spread;
  stability: Spread;
  labelsKept: Spread;
};

/** The cluster an unassigned answer counts in; theme ids never take this form. */
export const otherCluster = 'Övrigt';
const resampleSeed = 5;

export function evaluateResampled(
  answers: readonly LabelledAnswer[],
  options: { runs: number; drop: number } & Pick<ThemeOptions, 'k' | 'lexicon'>,
): ResampledEvaluation {
  const engine: ThemeOptions = { k: options.k, lexicon: options.lexicon };
  const full = findThemes(answers, engine);
  const fullClusters = new Map(answers.map((a) => [a.id, full.assignments[a.id] ?? otherCluster]));
  const fullLabels = new Set(full.themes.map((theme) => theme.label));
  const kept = Math.max(1, answers.length - Math.round((answers.length * options.drop) / 100));
  const figures: Record<
    'ari' | 'nmi' | 'purity' | 'themes' | 'other' | 'stability' | 'labelsKept',
    number[]
  > = { ari: [], nmi: [], purity: [], themes: [], other: [], stability: [], labelsKept: [] };
  for (let run = 0; run < options.runs; run++) {
    const chosen = sampleIndices(answers.length, kept, seededRandom(resampleSeed + run));
    const subset = Array.from(chosen, (i) => answers[i] as LabelledAnswer);
    const result = findThemes(subset, engine);
    const predicted = clustersOf(subset, result);
    const truth = subset.map((a) => a.label);
    figures.ari.push(adjustedRandIndex(truth, predicted));
    figures.nmi.push(normalizedMutualInformation(truth, predicted));
    figures.purity.push(purity(truth, predicted));
    figures.themes.push(result.themes.length);
    figures.other.push(predicted.filter((c) => c === otherCluster).length / subset.length);
    figures.stability.push(
      adjustedRandIndex(
        subset.map((a) => fullClusters.get(a.id) as string),
        predicted,
      ),
    );
    const labels = new Set(result.themes.map((theme) => theme.label));
    figures.labelsKept.push(
      fullLabels.size === 0
        ? 1
        : [...fullLabels].filter((label) => labels.has(label)).length / fullLabels.size,
    );
  }
  return {
    answers: answers.length,
    kept,
    labels: new Set(answers.map((a) => a.label)).size,
    runs: options.runs,
    drop: options.drop,
    ari: spread(figures.ari),
    nmi: spread(figures.nmi),
    purity: spread(figures.purity),
    themes: spread(figures.themes),
    other: spread(figures.other),
    stability: spread(figures.stability),
    labelsKept: spread(figures.labelsKept),
  };
}

export function clustersOf(answers: readonly ThemeInput[], result: ThemeResult): string[] {
  return answers.map((a) => result.assignments[a.id] ?? otherCluster);
}

/** Mean and sample standard deviation. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: Number.NaN, sd: Number.NaN };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance =
    values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, sd: Math.sqrt(variance) };
}
