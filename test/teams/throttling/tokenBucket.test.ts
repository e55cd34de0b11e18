import { longestWait, TokenBucket, windowBucket } from '../../../bot/teams/throttling/tokenBucket';

/** A clock the test moves by hand; `sleep` moves it, so waiting costs no real time. */
function manualClock() {
  const clock = {
    at: 0,
    slept: [] as number[],
    now: () => clock.at,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.at += ms;
    },
  };
  return clock;
}

describe('TokenBucket', () => {
  it('starts full, lets a burst of its capacity through, then waits for the refill', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, now: clock.now });

    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.waitTime()).toBe(500);

    clock.at = 499;
    expect(bucket.tryTake()).toBe(false);
    expect(bucket.waitTime()).toBe(1);
    clock.at = 500;
    expect(bucket.tryTake()).toBe(true);
  });

  it('refills fractionally and never above its capacity', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ capacity: 4, refillPerSecond: 10, now: clock.now });
    for (let i = 0; i < 4; i++) bucket.tryTake();

    clock.at = 250;
    expect(bucket.available()).toBeCloseTo(2.5);
    expect(bucket.isFull()).toBe(false);

    clock.at = 60_000;
    expect(bucket.available()).toBe(4);
    expect(bucket.isFull()).toBe(true);
  });

  it('take() waits exactly as long as the next token needs', async () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 4, now: clock.now, sleep: clock.sleep });

    await bucket.take();
    await bucket.take();
    expect(clock.slept).toEqual([]);
    await bucket.take();
    expect(clock.slept).toEqual([250]);
    expect(clock.at).toBe(250);
  });

  it('serves concurrent take() calls in order, each after its own token', async () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 10, now: clock.now, sleep: clock.sleep });
    const order: [number, number][] = [];

    await Promise.all([1, 2, 3, 4].map((caller) => bucket.take().then(() => order.push([caller, clock.at]))));

    expect(order).toEqual([
      [1, 0],
      [2, 100],
      [3, 200],
      [4, 300],
    ]);
  });

  it('refuses a bucket that could never let anything through', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1, now: () => 0 })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: 0, now: () => 0 })).toThrow(RangeError);
  });
});

describe('windowBucket', () => {
  /** A sender that goes the moment the bucket allows, for `durationMs`; returns when each request went. */
  function greedySends(limit: number, windowMs: number, durationMs: number): number[] {
    const clock = manualClock();
    const bucket = windowBucket(limit, windowMs, clock.now);
    const sent: number[] = [];
    while (clock.at <= durationMs) {
      if (bucket.tryTake()) sent.push(clock.at);
      else clock.at += bucket.waitTime();
    }
    return sent;
  }

  function mostInAnyWindow(sent: number[], windowMs: number): number {
    let most = 0;
    for (let first = 0; first < sent.length; first++) {
      let count = 0;
      for (let i = first; i < sent.length && (sent[i] as number) < (sent[first] as number) + windowMs; i++)
        count++;
      most = Math.max(most, count);
    }
    return most;
  }

  it.each([
    [7, 1000],
    [8, 2000],
    [60, 30_000],
    [1800, 3_600_000],
  ])('never lets more than %i through in any window of %i ms', (limit, windowMs) => {
    const sent = greedySends(limit, windowMs, windowMs * 5);

    expect(mostInAnyWindow(sent, windowMs)).toBeLessThanOrEqual(limit);
    // …and uses at least half of what the limit allows over a long run.
    expect(sent.length).toBeGreaterThanOrEqual((limit / 2) * 5);
  });

  it('refuses a limit of one, which cannot be split into burst and refill', () => {
    expect(() => windowBucket(1, 1000, () => 0)).toThrow(RangeError);
  });
});

describe('longestWait', () => {
  it('is the wait of the emptiest bucket', () => {
    const clock = manualClock();
    const fast = new TokenBucket({ capacity: 1, refillPerSecond: 10, now: clock.now });
    const slow = new TokenBucket({ capacity: 1, refillPerSecond: 1, now: clock.now });
    fast.tryTake();
    slow.tryTake();

    expect(longestWait([fast, slow])).toBe(1000);
    expect(longestWait([])).toBe(0);
  });
});
