import type { CompiledThemes } from '../domain/compileThemes';
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
 * first (only what changed is computed), with the group names to show them by. A round whose
 * compilation is published shows that instead, as the tab does.
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
    const [stored, compiled] = await Promise.all([
      stores.themes.get(round.id, 'round'),
      stores.compilations.get(round.id, 'round'),
    ]);
    if (!stored || stored.answerCount === 0) continue;
    const published = compiled?.value.published;
    shown.push({
      round,
      result: published ? asResult(published.themes) : (JSON.parse(stored.result) as ThemeResult),
    });
  }
  return { rounds: shown, groupName };
}

/** A published compilation in the engine's shape, as the card reads it: each answer's theme. */
function asResult(compiled: CompiledThemes): ThemeResult {
  const assignments: Record<string, string | null> = {};
  for (const theme of compiled.themes) for (const id of theme.members) assignments[id] = theme.id;
  for (const id of compiled.other) assignments[id] = null;
  return { themes: compiled.themes, assignments };
}
