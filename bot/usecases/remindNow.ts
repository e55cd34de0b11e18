import { InvalidStateError } from '../domain/errors';
import { manualOccasion, planReminders, recentManualReminder } from '../domain/reminder';
import { reminderNeeds } from '../domain/reminderNeeds';
import type { Effects } from './effects';
import type { RoundStores } from './roundServices';

/** A second "remind now" within this time asks for confirmation first. */
export const remindNowCoolingMs = 2 * 60 * 60 * 1000;

export type RemindNowResult = { kind: 'queued'; count: number } | { kind: 'confirm'; lastAt: Date };

/**
 * The coordinator's "remind now": one reminder to every group (or the one group) and person who
 * still owes answers, sent by the reminder worker. Soon after an earlier one it asks first.
 */
export async function remindNow(
  stores: RoundStores,
  effects: Effects,
  input: { roundId: string; groupId?: string; confirmed: boolean; now: Date },
): Promise<RemindNowResult> {
  const { value: round } = await stores.rounds.get(input.roundId);
  if (round.state !== 'open') throw new InvalidStateError('round', round.state, 'remind');
  const log = (await stores.reminders.list(round.id)).map((stored) => stored.value);
  const lastAt = recentManualReminder(log, input.groupId, input.now, remindNowCoolingMs);
  if (lastAt && !input.confirmed) return { kind: 'confirm', lastAt };
  const [targets, responses] = await Promise.all([
    stores.targets.list(round.id),
    stores.responses.forRound(round.id),
  ]);
  const needs = reminderNeeds(
    round.questions.length,
    targets,
    responses.map((stored) => stored.value),
    input.groupId,
  );
  await stores.reminders.plan(planReminders(round.id, manualOccasion(input.now), 'manual', needs, input.now));
  if (needs.length > 0) effects.remindersQueued();
  effects.roundChanged(round.id);
  return { kind: 'queued', count: needs.length };
}
