/** Milliseconds on some monotonic-enough clock; passed in so the arithmetic is tested without waiting. */
export type Clock = () => number;
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Refill is fractional; without a little slack a bucket that slept exactly long enough can read
// 0.9999999 tokens and make the caller wait one more millisecond for nothing.
const epsilon = 1e-9;

export type TokenBucketOptions = {
  /** Tokens the bucket holds when full: the largest burst it lets through at once. */
  capacity: number;
  refillPerSecond: number;
  now: Clock;
  sleep?: Sleep;
};

/**
 * A token bucket: one token per request, `refillPerSecond` tokens back per second, never more than
 * `capacity`. It starts full.
 */
export class TokenBucket {
  readonly capacity: number;
  readonly refillPerSecond: number;
  private readonly now: Clock;
  private readonly sleep: Sleep;
  private tokens: number;
  private updatedAt: number;
  // Callers of take() queue behind each other, so they are served in order and one timer waits
  // for the next token instead of every caller polling.
  private line: Promise<void> = Promise.resolve();

  constructor(options: TokenBucketOptions) {
    if (!(options.capacity >= 1)) throw new RangeError('capacity must be at least 1');
    if (!(options.refillPerSecond > 0)) throw new RangeError('refillPerSecond must be positive');
    this.capacity = options.capacity;
    this.refillPerSecond = options.refillPerSecond;
    this.now = options.now;
    this.sleep = options.sleep ?? realSleep;
    this.tokens = options.capacity;
    this.updatedAt = options.now();
  }

  /** Tokens in the bucket now (fractional while refilling). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** A full bucket holds no memory of past requests: dropping it and making a new one changes nothing. */
  isFull(): boolean {
    return this.available() >= this.capacity - epsilon;
  }

  /** Milliseconds until one token is there; 0 when one is there now. */
  waitTime(): number {
    const missing = 1 - this.available();
    if (missing <= epsilon) return 0;
    return Math.max(1, Math.ceil((missing * 1000) / this.refillPerSecond - 1e-6));
  }

  /** Takes a token if one is there now. */
  tryTake(): boolean {
    if (this.waitTime() > 0) return false;
    this.tokens -= 1;
    return true;
  }

  /** Takes a token, waiting as long as the bucket needs to refill one. */
  take(): Promise<void> {
    const turn = this.line.then(async () => {
      for (let wait = this.waitTime(); wait > 0; wait = this.waitTime()) await this.sleep(wait);
      this.tokens -= 1;
    });
    this.line = turn;
    return turn;
  }

  private refill(): void {
    const at = this.now();
    const elapsed = at - this.updatedAt;
    if (elapsed <= 0) return;
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.refillPerSecond) / 1000);
    this.updatedAt = at;
  }
}

/**
 * A bucket that lets at most `limit` requests through in ANY window of `windowMs`, wherever the
 * window starts. A bucket lets through at most capacity + refill × window in a window, so half the
 * limit is the burst and the other half refills over the window. Teams states its per-conversation
 * limits as counts per window (7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour), not as rates.
 */
export function windowBucket(limit: number, windowMs: number, now: Clock, sleep?: Sleep): TokenBucket {
  if (!(limit >= 2)) throw new RangeError('a window limit must allow at least 2 requests');
  const capacity = Math.max(1, Math.floor(limit / 2));
  return new TokenBucket({
    capacity,
    refillPerSecond: ((limit - capacity) * 1000) / windowMs,
    now,
    ...(sleep ? { sleep } : {}),
  });
}

/** How long a request that needs a token of every one of these buckets must wait. */
export function longestWait(buckets: readonly TokenBucket[]): number {
  let wait = 0;
  for (const bucket of buckets) wait = Math.max(wait, bucket.waitTime());
  return wait;
}
