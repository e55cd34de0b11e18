import { claim, planDeliveries, recordSent } from '../../bot/domain/delivery';
import { ConflictError } from '../../bot/domain/errors';
import type { Group } from '../../bot/domain/group';
import { DeliveryRepository } from '../../bot/storage/deliveryRepository';
import { first } from '../support/first';
import { createTestStorage } from '../support/storage';

const now = new Date('2026-10-01T08:00:00Z');

function launch(count: number) {
  const groups = new Map<string, Group>();
  const targets = Array.from({ length: count }, (_, index) => {
    const id = `19:g${index}@thread.tacv2`;
    groups.set(id, { id, name: `Grupp ${index}`, teamId: `t${index}`, channelId: id, named: false });
    return { roundId: 'r1', groupId: id, mode: 'together' as const, members: [] };
  });
  return planDeliveries('r1', targets, groups, now);
}

describe('DeliveryRepository', () => {
  let deliveries: DeliveryRepository;

  beforeEach(async () => {
    deliveries = new DeliveryRepository(await createTestStorage());
  });

  it('writes a launch of more entries than fit one batch, and reads them back as written', async () => {
    const entries = launch(250);

    await deliveries.writeLaunch('r1', entries);

    const stored = await deliveries.list('r1');
    expect(stored).toHaveLength(250);
    expect(stored.map((s) => s.value).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...entries].sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  it('writes a launch again without complaint, as a launch that died half-way is run again', async () => {
    const entries = launch(150);
    await deliveries.writeLaunch('r1', entries.slice(0, 120));

    await deliveries.writeLaunch('r1', entries);

    const stored = await deliveries.list('r1');
    expect(stored).toHaveLength(150);
    expect(stored.every((s) => s.value.state === 'pending' && s.value.claims === 0)).toBe(true);
  });

  it('lets only one of two racing workers claim an entry', async () => {
    await deliveries.writeLaunch('r1', launch(1));
    const seenByA = first(await deliveries.unsettled('r1'));
    const seenByB = first(await deliveries.unsettled('r1'));

    await deliveries.replace(claim(seenByA.value, 'worker-a', now), seenByA.etag);

    await expect(
      deliveries.replace(claim(seenByB.value, 'worker-b', now), seenByB.etag),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await deliveries.list('r1'))[0]?.value.claimedBy).toBe('worker-a');
  });

  it('no longer lists a sent entry as unsettled', async () => {
    await deliveries.writeLaunch('r1', launch(2));
    const entry = first(await deliveries.unsettled('r1'));
    const etag = await deliveries.replace(claim(entry.value, 'w', now), entry.etag);

    await deliveries.replace(
      recordSent(
        claim(entry.value, 'w', now),
        { conversationId: 'c;messageid=1', activityId: '1', attempts: 1 },
        now,
      ),
      etag,
    );

    expect(await deliveries.unsettled('r1')).toHaveLength(1);
  });
});
