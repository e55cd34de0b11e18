import type { Locale } from '../domain/locale';
import type { Round } from '../domain/round';
import { groupNameLookup } from './groupDirectory';
import type { RoundStores } from './roundServices';

/** Every stored round, newest first: what a new round may copy its texts and groups from. */
export async function roundsToCopy(stores: Pick<RoundStores, 'rounds'>): Promise<Round[]> {
  return (await stores.rounds.list()).map((stored) => stored.value);
}

export type RemindChoice = { round: Round; groups: { id: string; name: string }[] };

/** The open rounds, each with the groups that may be reminded. */
export async function remindChoices(stores: RoundStores, locale: Locale): Promise<RemindChoice[]> {
  const open = (await stores.rounds.list()).map((stored) => stored.value).filter((r) => r.state === 'open');
  const nameOf = await groupNameLookup(stores, locale);
  return Promise.all(
    open.map(async (round) => ({
      round,
      groups: (await stores.targets.list(round.id)).map((t) => ({ id: t.groupId, name: nameOf(t.groupId) })),
    })),
  );
}
