/**
 * The identity of the sample round that `npm start` loads (bot/local/sampleRound.ts): the tab
 * marks it, lets a coordinator remove it, and gives the demo people its groups, so production
 * code knows it by these names without importing the local harness.
 */
export const sampleRoundId = 'exempel-pandemin-2020';
/** Marks the sample in every list and card, so nobody mistakes it for a real round. */
export const sampleTitlePrefix = 'Exempelrunda: ';

/**
 * The made-up Teams id of the sample's n:th group (1-based), numbered by the group's first
 * appearance in the answers file: 4 is Psykiatri Halland, 10 Regionservice in the development set.
 */
export function sampleGroupId(position: number): string {
  return `19:exempel-${position}@thread.tacv2`;
}
