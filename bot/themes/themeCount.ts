/**
 * How many themes a round gets when the coordinator has not said: as many as a meeting can take
 * and the answers can carry. The ceiling grows with the round (about √(n/2) + 2, at most 12). The
 * themes are fitted at the ceiling, and as many are kept as are the main theme of a real share of
 * the answers (4 %): past the number of themes the answers hold, NMF's further themes are slivers
 * of a few answers split off larger ones. Counting them at one fit is steadier than searching for
 * the largest k whose every theme is large enough: a sliver can appear at any k, and one run
 * would stop at 5 where the next stops at 10.
 *
 * Silhouette-style scores were not used: on sparse text they keep rising with the number of
 * themes, so "the best score" picks the most themes allowed, and "near the best" depends on a
 * cut-off that moves from round to round.
 */
export const fewestThemes = 4;
export const mostThemes = 12;
/**
 * The smallest theme must hold this share of the answers, and at least three (two in a round of
 * fewer than ten, where two answers saying one thing are already a theme).
 */
const minThemeShare = 0.04;
const minThemeAnswers = (answers: number) => (answers < 10 ? 2 : 3);

/** The range of theme counts worth trying for `answers` answers with `seeds` named themes. */
export function themeCountRange(answers: number, seeds: number): { min: number; max: number } {
  const ceiling = Math.min(mostThemes, Math.round(Math.sqrt(answers / 2)) + 2);
  const max = Math.max(seeds + 1, Math.min(answers - 1, ceiling));
  const min = Math.min(max, Math.max(seeds + 1, Math.min(fewestThemes, Math.floor(answers / 5))));
  return { min: Math.max(1, min), max: Math.max(1, max) };
}

/**
 * The number of themes that carry a real share of the answers when the most themes the round
 * allows are fitted: `sizesFor(k)` gives the main-theme count of each among the `answers` the
 * fit saw (a sample of a large round). The rest are slivers.
 */
export function chooseThemeCount(
  answers: number,
  range: { min: number; max: number },
  sizesFor: (k: number) => readonly number[],
): number {
  const smallest = Math.max(minThemeAnswers(answers), Math.ceil(answers * minThemeShare));
  const carried = sizesFor(range.max).filter((size) => size >= smallest).length;
  return Math.max(range.min, Math.min(range.max, carried));
}
