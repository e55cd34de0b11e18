import { planDeliveries } from '../domain/delivery';
import type { Group } from '../domain/group';
import type { Round } from '../domain/round';
import { openRound } from '../domain/roundLifecycle';
import type { Effects } from './effects';
import { listGroups } from './groupDirectory';
import type { RoundStores } from './roundServices';

/**
 * Opens a draft and writes its delivery ledger. The ledger is written first and the round opened
 * after, with the ETag the draft was read with: a launch that dies in between leaves a draft that
 * can be launched again, and two coordinators pressing "Starta" at once open it only once.
 */
export async function launchRound(
  stores: RoundStores,
  effects: Effects,
  roundId: string,
  now: Date,
): Promise<Round> {
  const [stored, targets, groupList] = await Promise.all([
    stores.rounds.get(roundId),
    stores.targets.list(roundId),
    // Only which channel and team each group is matters here, not the language of its name.
    listGroups(stores, 'sv'),
  ]);
  const groups = new Map<string, Group>(groupList.map((g) => [g.id, g]));
  const reachable = targets.filter((target) => groups.has(target.groupId));
  const opened = openRound(stored.value, reachable, now);
  await stores.deliveries.writeLaunch(roundId, planDeliveries(roundId, reachable, groups, now));
  await stores.rounds.update(opened, stored.etag);
  effects.deliveryQueued();
  return opened;
}
