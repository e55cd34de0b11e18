import { summarizeDeliveries } from '../domain/delivery';
import { summarizeReminders } from '../domain/reminder';
import type { Response } from '../domain/response';
import { isListed } from '../domain/roundList';
import { groupProgress, type RoundStatus } from '../domain/roundProgress';
import type { Stored } from '../storage/stored';
import { groupNameLookup } from './groupDirectory';
import type { RoundStores } from './roundServices';

/** Where a round stands, group by group: prompts sent, pending or failed, and answers so far. */
export async function roundStatus(
  stores: RoundStores,
  roundId: string,
  /** The round's answers when the caller has read them already: a large round's are costly to read twice. */
  answers?: Promise<Stored<Response>[]>,
): Promise<RoundStatus> {
  const { value: round } = await stores.rounds.get(roundId);
  const [targets, deliveries, responses, nameOf, reminders] = await Promise.all([
    stores.targets.list(roundId),
    stores.deliveries.list(roundId),
    answers ?? stores.responses.forRound(roundId),
    groupNameLookup(stores, round.locale),
    stores.reminders.list(roundId),
  ]);
  const summaries = summarizeDeliveries(deliveries.map((stored) => stored.value));
  const progress = groupProgress(
    round,
    targets,
    responses.map((stored) => stored.value),
  );
  return {
    round,
    reminders: summarizeReminders(reminders.map((stored) => stored.value)),
    groups: progress.map((group) => ({
      ...group,
      name: nameOf(group.groupId),
      delivery: summaries.get(group.groupId) ?? {
        groupId: group.groupId,
        sent: 0,
        pending: 0,
        failed: 0,
        total: 0,
        failures: [],
      },
    })),
  };
}

/** Rounds shown by "status": open ones, then drafts in progress, then the three most recently closed. */
export async function overviewStatuses(stores: RoundStores, now: Date): Promise<RoundStatus[]> {
  const rounds = (await stores.rounds.list())
    .map((stored) => stored.value)
    .filter((round) => isListed(round, now));
  const order = { open: 0, draft: 1, closed: 2 } as const;
  const shown = [
    ...rounds.filter((round) => round.state !== 'closed'),
    ...rounds.filter((round) => round.state === 'closed').slice(0, 3),
  ].sort((a, b) => order[a.state] - order[b.state]);
  return Promise.all(shown.map((round) => roundStatus(stores, round.id)));
}
