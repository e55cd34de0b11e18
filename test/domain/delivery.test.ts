import {
  claim,
  type DeliveryEntry,
  deliveryPolicy,
  isClaimable,
  planDeliveries,
  recordFailure,
  recordSent,
  retryFailed,
  summarizeDeliveries,
} from '../../bot/domain/delivery';
import type { Group } from '../../bot/domain/group';

const now = new Date('2026-10-01T08:00:00Z');
const groups = new Map<string, Group>([
  ['c-psyk', { id: 'c-psyk', name: 'Psykiatri Halland', teamId: 't-psyk', channelId: 'c-psyk', named: true }],
  ['c-rlg', { id: 'c-rlg', name: 'RLG', teamId: 't-rlg', channelId: 'c-rlg', named: true }],
]);
const members = [
  { id: 'oid-anna', name: 'Anna', userId: '29:anna' },
  { id: 'oid-bo', name: 'Bo', userId: '29:bo' },
];

function plan(): DeliveryEntry[] {
  return planDeliveries(
    'r1',
    [
      { roundId: 'r1', groupId: 'c-psyk', mode: 'together', members: [] },
      { roundId: 'r1', groupId: 'c-rlg', mode: 'individual', members },
    ],
    groups,
    now,
  );
}

describe('planning a launch', () => {
  it('writes a thread per group and a 1:1 message per member of an individual group', () => {
    expect(plan().map((entry) => [entry.key, entry.recipient.kind])).toEqual([
      ['channel|c-psyk', 'channel'],
      ['channel|c-rlg', 'channel'],
      ['person|c-rlg|oid-anna', 'person'],
      ['person|c-rlg|oid-bo', 'person'],
    ]);
    expect(plan().every((entry) => entry.state === 'pending' && isClaimable(entry, now))).toBe(true);
  });

  it('leaves out a group that no longer exists', () => {
    const entries = planDeliveries(
      'r1',
      [{ roundId: 'r1', groupId: 'gone', mode: 'together', members: [] }],
      groups,
      now,
    );

    expect(entries).toEqual([]);
  });
});

describe('claiming and recording', () => {
  const [entry] = plan() as [DeliveryEntry];

  it('takes an entry for the lease time; nobody else may take it meanwhile', () => {
    const claimed = claim(entry, 'worker-a', now);

    expect(claimed).toMatchObject({ state: 'sending', claimedBy: 'worker-a', claims: 1 });
    expect(isClaimable(claimed, new Date(now.getTime() + deliveryPolicy.leaseMs - 1))).toBe(false);
  });

  it('frees an entry whose worker died, once the lease runs out', () => {
    const claimed = claim(entry, 'worker-a', now);

    expect(isClaimable(claimed, new Date(now.getTime() + deliveryPolicy.leaseMs))).toBe(true);
  });

  it('records a sent prompt with where it went', () => {
    const sent = recordSent(
      claim(entry, 'w', now),
      { conversationId: 'c-psyk;messageid=1', activityId: '1', attempts: 2 },
      now,
    );

    expect(sent).toMatchObject({
      state: 'sent',
      attempts: 2,
      conversationId: 'c-psyk;messageid=1',
      claimedBy: null,
    });
    expect(isClaimable(sent, new Date('2030-01-01'))).toBe(false);
  });

  it('fails at once on a permanent failure', () => {
    const failed = recordFailure(
      claim(entry, 'w', now),
      { reason: 'bot_not_in_team', message: 'Forbidden', permanent: true, attempts: 1 },
      now,
    );

    expect(failed).toMatchObject({ state: 'failed', failure: { reason: 'bot_not_in_team' } });
  });

  it('tries a transient failure again later, with growing pauses, until the claims run out', () => {
    let current = entry;
    const waits: number[] = [];
    let at = now;
    for (let i = 0; i < deliveryPolicy.maxClaims; i++) {
      current = recordFailure(
        claim(current, 'w', at),
        { reason: 'gave_up', message: '503', permanent: false, attempts: 3 },
        at,
      );
      if (current.state === 'pending') waits.push(current.nextAttemptAt.getTime() - at.getTime());
      at = current.nextAttemptAt;
    }

    expect(waits).toEqual([30_000, 60_000, 120_000]);
    expect(current).toMatchObject({ state: 'failed', attempts: 12, claims: 4 });
  });

  it('starts a failed entry over when the coordinator retries it', () => {
    const failed = recordFailure(
      claim(entry, 'w', now),
      { reason: 'x', message: 'x', permanent: true, attempts: 1 },
      now,
    );
    const later = new Date('2026-10-02T08:00:00Z');

    expect(retryFailed(failed, later)).toMatchObject({ state: 'pending', claims: 0, nextAttemptAt: later });
    expect(retryFailed(entry, later)).toBe(entry);
  });
});

describe('summarizeDeliveries', () => {
  it('counts per group and names who failed and why', () => {
    const [thread, rlgThread, anna, bo] = plan() as DeliveryEntry[];
    const entries = [
      recordSent(
        claim(thread as DeliveryEntry, 'w', now),
        { conversationId: 'x', activityId: '1', attempts: 1 },
        now,
      ),
      rlgThread as DeliveryEntry,
      recordFailure(
        claim(anna as DeliveryEntry, 'w', now),
        { reason: 'user_blocked_bot', message: '', permanent: true, attempts: 1 },
        now,
      ),
      bo as DeliveryEntry,
    ];

    const summary = summarizeDeliveries(entries);

    expect(summary.get('c-psyk')).toMatchObject({ sent: 1, pending: 0, failed: 0, total: 1 });
    expect(summary.get('c-rlg')).toMatchObject({
      sent: 0,
      pending: 2,
      failed: 1,
      total: 3,
      failures: [{ recipient: 'Anna', reason: 'user_blocked_bot' }],
    });
  });
});
