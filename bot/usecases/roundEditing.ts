import { ValidationError } from '../domain/errors';
import type { Round } from '../domain/round';
import { openRound } from '../domain/roundLifecycle';
import type { RoundTarget } from '../domain/target';
import type { RoundStores } from './roundServices';

/** A round with the groups it asks, as the editor and the status views show them. */
export async function roundWithTargets(
  stores: Pick<RoundStores, 'rounds' | 'targets'>,
  roundId: string,
): Promise<{ round: Round; targets: RoundTarget[] }> {
  const [{ value: round }, targets] = await Promise.all([
    stores.rounds.get(roundId),
    stores.targets.list(roundId),
  ]);
  return { round, targets };
}

/** The groups a round asks, and how each answers. */
export async function roundTargets(
  stores: Pick<RoundStores, 'targets'>,
  roundId: string,
): Promise<RoundTarget[]> {
  return stores.targets.list(roundId);
}

export type DraftPreview =
  | { kind: 'ready'; round: Round; targets: RoundTarget[] }
  /** What a launch would refuse, said before the coordinator sees the preview. */
  | { kind: 'invalid'; error: ValidationError };

/** A saved draft checked for everything a launch needs, nothing written. */
export async function previewDraft(
  stores: Pick<RoundStores, 'rounds' | 'targets'>,
  roundId: string,
  now: Date,
): Promise<DraftPreview> {
  const { round, targets } = await roundWithTargets(stores, roundId);
  try {
    openRound(round, targets, now);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { kind: 'invalid', error };
  }
  return { kind: 'ready', round, targets };
}
