import type { Response } from '../domain/response';
import type { Round } from '../domain/round';
import { isListed } from '../domain/roundList';
import { type GroupProgress, groupProgress } from '../domain/roundProgress';
import type { RoundTarget } from '../domain/target';
import type { Stored } from '../storage/stored';
import type { RoundStores } from './roundServices';

export type ListedRound = { round: Round; targets: RoundTarget[]; progress: GroupProgress[] };

/**
 * The rounds people browse, newest first, each with its groups' progress. Reading costs two
 * queries for the whole list (the rounds, every round's targets) and one for the answers of each
 * round that has been sent: drafts have none to read, and abandoned drafts are not listed.
 */
export async function listRounds(
  stores: Pick<RoundStores, 'rounds' | 'targets'>,
  input: {
    now: Date;
    includeDrafts: boolean;
    /** A round's answers (the tab shares them between its polls). */
    answers: (roundId: string) => Promise<Stored<Response>[]>;
  },
): Promise<ListedRound[]> {
  const [stored, targetsByRound] = await Promise.all([stores.rounds.list(), stores.targets.listAll()]);
  const rounds = stored
    .map((entry) => entry.value)
    .filter((round) => (round.state === 'draft' ? input.includeDrafts : true) && isListed(round, input.now));
  return Promise.all(
    rounds.map(async (round) => {
      const targets = targetsByRound.get(round.id) ?? [];
      const answers =
        round.state === 'draft' ? [] : (await input.answers(round.id)).map((entry) => entry.value);
      return { round, targets, progress: groupProgress(round, targets, answers) };
    }),
  );
}

/**
 * The targets of every round sent so far, in two queries whatever the number of rounds: who has
 * been asked (a draft's groups have not been yet).
 */
export async function sentTargets(stores: Pick<RoundStores, 'rounds' | 'targets'>): Promise<RoundTarget[]> {
  const [stored, targetsByRound] = await Promise.all([stores.rounds.list(), stores.targets.listAll()]);
  return stored
    .filter((entry) => entry.value.state !== 'draft')
    .flatMap((entry) => targetsByRound.get(entry.value.id) ?? []);
}
