import type { Caller } from '../domain/caller';
import { ForbiddenError } from '../domain/errors';
import type { Response } from '../domain/response';
import type { Round } from '../domain/round';
import { isListed } from '../domain/roundList';
import { type GroupProgress, groupProgress } from '../domain/roundProgress';
import type { RoundTarget } from '../domain/target';
import type { Stored } from '../storage/stored';
import { groupsIn, rosterGroupsOf } from './roundAccess';
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

/**
 * Every group the caller answers in: among the targets of rounds that have been sent (a draft's
 * groups have not been asked yet), and the groups the edge vouches for (local mode's demo people).
 */
export async function callerGroups(
  stores: Pick<RoundStores, 'rounds' | 'targets' | 'memberships'>,
  caller: Caller,
): Promise<Set<string>> {
  const [targets, rosterGroups] = await Promise.all([sentTargets(stores), rosterGroupsOf(stores, caller)]);
  return new Set([...(caller.vouchedGroups ?? []), ...groupsIn(caller, targets, rosterGroups)]);
}

export type CallerRound = ListedRound & {
  /** True when the caller sees only their own groups' progress (a member, not leadership). */
  ownGroupsOnly: boolean;
};

/**
 * The rounds the caller may see, newest first. Coordinators see drafts too (not those untouched
 * for 30 days); leadership every round sent; a member the rounds that asked one of their groups,
 * with only those groups' progress. Someone in no group and without a role is refused.
 */
export async function roundsForCaller(
  stores: Pick<RoundStores, 'rounds' | 'targets' | 'memberships'>,
  caller: Caller,
  input: { now: Date; answers: (roundId: string) => Promise<Stored<Response>[]> },
): Promise<CallerRound[]> {
  const seesAll = caller.roles.length > 0;
  if (!seesAll && (await callerGroups(stores, caller)).size === 0) throw new ForbiddenError('member');
  const rosterGroups = await rosterGroupsOf(stores, caller);
  const listed = await listRounds(stores, { ...input, includeDrafts: caller.roles.includes('coordinator') });
  return listed.flatMap((entry): CallerRound[] => {
    if (seesAll) return [{ ...entry, ownGroupsOnly: false }];
    const own = groupsIn(caller, entry.targets, rosterGroups);
    if (own.size === 0) return [];
    return [
      { ...entry, progress: entry.progress.filter((group) => own.has(group.groupId)), ownGroupsOnly: true },
    ];
  });
}
