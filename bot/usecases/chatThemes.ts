import type { Locale } from '../domain/locale';
import type { Round } from '../domain/round';
import type { ThemeResult } from '../themes/types';
import type { Effects } from './effects';
import { groupNameLookup } from './groupDirectory';
import type { RoundStores } from './roundServices';

/** How many of the latest sent rounds "teman" shows. */
const shownRounds = 3;

export type RoundThemes = { round: Round; result: ThemeResult };

/**
 * "teman": the round-wide themes of the latest sent rounds that have answers, brought up to date
 * first (only what changed is computed), with the group names to show them by.
 */
export async function latestRoundThemes(
  stores: RoundStores,
  effects: Effects,
  locale: Locale,
): Promise<{ rounds: RoundThemes[]; groupName: (groupId: string) => string }> {
  const rounds = (await stores.rounds.list())
    .map((stored) => stored.value)
    .filter((round) => round.state !== 'draft')
    .slice(0, shownRounds);
  const groupName = await groupNameLookup(stores, locale);
  const shown: RoundThemes[] = [];
  for (const round of rounds) {
    await effects.themesNeeded(round.id);
    const stored = await stores.themes.get(round.id, 'round');
    if (!stored || stored.answerCount === 0) continue;
    shown.push({ round, result: JSON.parse(stored.result) as ThemeResult });
  }
  return { rounds: shown, groupName };
}
