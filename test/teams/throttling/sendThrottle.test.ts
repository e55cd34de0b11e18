import {
  conversationKey,
  SendThrottle,
  type ThrottleLimits,
  teamsLimits,
} from '../../../bot/teams/throttling/sendThrottle';
import { realSleep } from '../../../bot/teams/throttling/tokenBucket';

// Fake timers fake both the clock the throttle is given and the timers its sleep uses, so seconds
// of throttling run in microseconds and every grant time is exact.
beforeEach(() => jest.useFakeTimers({ now: 0 }));
afterEach(() => jest.useRealTimers());

function throttleWith(limits: Partial<ThrottleLimits> = {}) {
  return new SendThrottle({ ...teamsLimits, ...limits }, () => Date.now(), realSleep);
}

/** Asks for `count` sends to the conversations `keyOf(i)` names; records when each was let go. */
function requestSends(throttle: SendThrottle, count: number, keyOf: (index: number) => string) {
  const granted: { index: number; at: number }[] = [];
  for (let index = 0; index < count; index++) {
    void throttle.acquire(keyOf(index)).then(() => granted.push({ index, at: Date.now() }));
  }
  return granted;
}

function mostInAnyWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (let first = 0; first < times.length; first++) {
    const end = (times[first] as number) + windowMs;
    most = Math.max(most, times.filter((at, i) => i >= first && at < end).length);
  }
  return most;
}

describe('SendThrottle', () => {
  it('paces all conversations together at the tenant rate after a burst', async () => {
    const throttle = throttleWith({ tenantRatePerSecond: 50, tenantBurst: 50 });

    const granted = requestSends(throttle, 120, (i) => `19:channel-${i}@thread.tacv2`);
    await jest.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(50);

    await jest.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(100);
    await jest.advanceTimersByTimeAsync(400);
    expect(granted).toHaveLength(120);
    const afterBurst = granted.slice(50).map((grant) => grant.at);
    for (let i = 1; i < afterBurst.length; i++) {
      expect((afterBurst[i] as number) - (afterBurst[i - 1] as number)).toBeGreaterThanOrEqual(20);
    }
  });

  it('allows a fifth of a second’s worth at once unless told otherwise', async () => {
    const throttle = throttleWith({ tenantRatePerSecond: 50 });

    const granted = requestSends(throttle, 20, (i) => `19:channel-${i}@thread.tacv2`);
    await jest.advanceTimersByTimeAsync(0);

    expect(granted).toHaveLength(10);
  });

  it('keeps one conversation inside every one of Teams’ windows', async () => {
    const throttle = throttleWith();

    const granted = requestSends(throttle, 40, () => 'a:personal-anna');
    await jest.advanceTimersByTimeAsync(120_000);

    expect(granted).toHaveLength(40);
    const times = granted.map((grant) => grant.at);
    expect(mostInAnyWindow(times, 1000)).toBeLessThanOrEqual(7);
    expect(mostInAnyWindow(times, 2000)).toBeLessThanOrEqual(8);
    expect(mostInAnyWindow(times, 30_000)).toBeLessThanOrEqual(60);
    expect(granted.map((grant) => grant.index)).toEqual([...Array(40).keys()]);
  });

  it('counts a channel’s threads against the channel', async () => {
    const throttle = throttleWith();

    const granted = requestSends(throttle, 10, (i) => `19:ledning@thread.tacv2;messageid=${1000 + i}`);
    await jest.advanceTimersByTimeAsync(0);

    expect(granted.length).toBeLessThan(10);
  });

  it('does not hold up other conversations behind one that has to wait', async () => {
    const throttle = throttleWith();
    const busy = requestSends(throttle, 20, () => 'a:personal-anna');
    await jest.advanceTimersByTimeAsync(0);
    expect(busy.length).toBeLessThan(20);

    const other = requestSends(throttle, 1, () => 'a:personal-bertil');
    await jest.advanceTimersByTimeAsync(0);

    expect(other).toEqual([{ index: 0, at: 0 }]);
  });

  it('forgets conversations that have been quiet long enough to refill', async () => {
    const throttle = throttleWith();
    requestSends(throttle, 100, (i) => `a:personal-${i}`);
    await jest.advanceTimersByTimeAsync(2000);
    expect(throttle.trackedConversations).toBe(100);

    await jest.advanceTimersByTimeAsync(15_000);
    const later = requestSends(throttle, 1, () => 'a:personal-new');
    await jest.advanceTimersByTimeAsync(0);

    expect(later).toHaveLength(1);
    expect(throttle.trackedConversations).toBe(1);
  });

  it('keeps a conversation that is still refilling, so its history is not lost', async () => {
    const throttle = throttleWith();
    requestSends(throttle, 30, () => 'a:personal-anna');
    await jest.advanceTimersByTimeAsync(11_000);

    requestSends(throttle, 1, () => 'a:personal-bertil');
    await jest.advanceTimersByTimeAsync(0);

    expect(throttle.trackedConversations).toBe(2);
  });
});

describe('conversationKey', () => {
  it('is the channel for a thread, and the conversation itself otherwise', () => {
    expect(conversationKey('19:abc@thread.tacv2;messageid=1700000000001')).toBe('19:abc@thread.tacv2');
    expect(conversationKey('a:personal-anna')).toBe('a:personal-anna');
  });
});
