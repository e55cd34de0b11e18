import { retryFailed } from '../domain/delivery';
import { ConflictError } from '../domain/errors';
import { extendedOccasion, planReminders } from '../domain/reminder';
import type { ReminderNeed } from '../domain/reminderNeeds';
import type { Round } from '../domain/round';
import { closeRound, extendDeadline } from '../domain/roundLifecycle';
import type { Effects } from './effects';
import type { RoundStores } from './roundServices';

/**
 * A later deadline. The round's status cards and the tab follow, coming reminders move with it, and
 * every prompt already posted is redrawn with the new date, which each group's thread is told once.
 */
export async function extendRoundDeadline(
  stores: RoundStores,
  effects: Effects,
  roundId: string,
  deadline: Date,
  now: Date,
): Promise<Round> {
  const stored = await stores.rounds.get(roundId);
  const extended = extendDeadline(stored.value, deadline, now);
  await stores.rounds.update(extended, stored.etag);
  const needs = await promptsSent(stores, roundId);
  await stores.reminders.plan(planReminders(roundId, extendedOccasion(deadline), 'extended', needs, now));
  if (needs.length > 0) effects.remindersQueued();
  effects.roundChanged(roundId);
  return extended;
}

/**
 * Closes an open round. Reminders not yet sent are dropped by the reminder worker (the round is
 * no longer open); a closing note for each thread and a closed card for each prompt are planned.
 */
export async function closeRoundEarly(
  stores: RoundStores,
  effects: Effects,
  roundId: string,
  now: Date,
): Promise<Round> {
  const stored = await stores.rounds.get(roundId);
  const closed = closeRound(stored.value, now);
  await stores.rounds.update(closed, stored.etag);
  const needs = await promptsSent(stores, roundId);
  await stores.reminders.plan(planReminders(roundId, 'closing', 'closing', needs, now));
  effects.remindersQueued();
  effects.roundChanged(roundId);
  return closed;
}

/** Every prompt of the round that was posted: a group's thread, or a member's 1:1 chat. */
async function promptsSent(
  stores: Pick<RoundStores, 'deliveries'>,
  roundId: string,
): Promise<ReminderNeed[]> {
  const sent = (await stores.deliveries.list(roundId))
    .map((entry) => entry.value)
    .filter((entry) => entry.state === 'sent');
  return sent.map((entry) =>
    entry.recipient.kind === 'channel'
      ? { kind: 'group', groupId: entry.groupId, missing: [] }
      : {
          kind: 'member',
          groupId: entry.groupId,
          member: { ...entry.recipient.person, userId: entry.recipient.userId },
          missing: [],
        },
  );
}

/** Puts every failed prompt of a round back in the queue; returns how many. */
export async function retryFailedDeliveries(
  stores: RoundStores,
  effects: Effects,
  roundId: string,
  now: Date,
): Promise<number> {
  let count = 0;
  for (const stored of await stores.deliveries.list(roundId)) {
    if (stored.value.state !== 'failed') continue;
    try {
      await stores.deliveries.replace(retryFailed(stored.value, now), stored.etag);
      count += 1;
    } catch (error) {
      // Someone retried or settled it at the same moment; their write stands.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  if (count > 0) effects.deliveryQueued();
  effects.roundChanged(roundId);
  return count;
}
