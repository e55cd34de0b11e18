import { summarizeDeliveries } from '../domain/delivery';
import { summarizeReminders } from '../domain/reminder';
import type { Response } from '../domain/response';
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
