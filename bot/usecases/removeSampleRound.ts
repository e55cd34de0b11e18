import { NotFoundError } from '../domain/errors';
import type { Round } from '../domain/round';
import { sampleRoundId } from '../domain/sampleRound';
import type { Stored } from '../storage/stored';
import type { Effects } from './effects';
import type { RoundStores } from './roundServices';

/**
 * Removes the sample round with its answers, targets, prompts, reminders and themes. The made-up teams stay, marked
 * as left, so nothing can be sent to them; they no longer appear anywhere without the round.
 */
export async function removeSampleRound(stores: RoundStores, effects: Effects): Promise<boolean> {
  let round: Stored<Round>;
  try {
    round = await stores.rounds.get(sampleRoundId);
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
  // The round row goes first: a removal interrupted halfway leaves no half-empty round behind.
  await stores.rounds.delete(sampleRoundId, round.etag);
  await stores.responses.deleteRound(sampleRoundId);
  await stores.targets.replace(sampleRoundId, []);
  await stores.themes.deleteRound(sampleRoundId);
  await stores.compilations.deleteRound(sampleRoundId);
  await stores.compilationHistory.deleteRound(sampleRoundId);
  await stores.deliveries.deleteRound(sampleRoundId);
  await stores.reminders.deleteRound(sampleRoundId);
  effects.roundChanged(sampleRoundId);
  return true;
}
