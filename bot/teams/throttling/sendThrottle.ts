import { type Clock, longestWait, type Sleep, TokenBucket, windowBucket } from './tokenBucket';

/**
 * Teams' limits for bots, from https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit:
 * per app per tenant 50 requests a second in all; per bot per conversation (a 1:1 chat, a group
 * chat, or a channel with all its threads) 7 in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour.
 */
export type ThrottleLimits = {
  /**
   * Requests a second this process may make to the Bot Connector. The buckets live in one process,
   * and every instance of the service counts against the same per-tenant limit, so with N instances
   * set this to about 50 / N.
   */
  tenantRatePerSecond: number;
  /**
   * Requests let through at once after a quiet spell; defaults to a fifth of a second's worth. Kept
   * well below Teams' own burst on purpose: a token is taken before the SDK builds the request, and
   * the time until Teams counts it (a cold start, a busy event loop, the network) varies, so
   * requests can reach Teams closer together than they left here. The headroom absorbs that.
   */
  tenantBurst?: number;
  /** Per conversation: at most `limit` requests in any window of `windowMs`. */
  conversationWindows: readonly { limit: number; windowMs: number }[];
};

export const teamsLimits: ThrottleLimits = {
  tenantRatePerSecond: 50,
  conversationWindows: [
    { limit: 7, windowMs: 1000 },
    { limit: 8, windowMs: 2000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1800, windowMs: 3_600_000 },
  ],
};

type Waiter = { buckets: TokenBucket[]; conversation: ConversationBuckets; resolve: () => void };
type ConversationBuckets = { buckets: TokenBucket[]; waiting: number };

// How often idle conversations are looked for; between sweeps the map may hold a few extra entries.
const sweepEveryMs = 10_000;

/**
 * Lets a request to the Bot Connector go when the tenant bucket and every bucket of its
 * conversation hold a token, taking them all at that instant. Requests wait in arrival order, but
 * one held back only by its own conversation does not hold up the others. A single timer waits for
 * the next token, so a thousand queued sends do not each poll the clock.
 */
export class SendThrottle {
  private readonly tenant: TokenBucket;
  private readonly conversations = new Map<string, ConversationBuckets>();
  private readonly waiting: Waiter[] = [];
  private pumping = false;
  private wake: (() => void) | undefined;
  private lastSweep: number;

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly now: Clock,
    private readonly sleep: Sleep,
  ) {
    this.tenant = new TokenBucket({
      capacity: limits.tenantBurst ?? Math.max(1, Math.ceil(limits.tenantRatePerSecond / 5)),
      refillPerSecond: limits.tenantRatePerSecond,
      now,
    });
    this.lastSweep = now();
  }

  /** Resolves when one request to this conversation may go out; the tokens are taken by then. */
  acquire(conversationId: string): Promise<void> {
    this.sweepIdleConversations();
    const conversation = this.conversationBuckets(conversationKey(conversationId));
    conversation.waiting += 1;
    return new Promise<void>((resolve) => {
      this.waiting.push({ buckets: [this.tenant, ...conversation.buckets], conversation, resolve });
      if (this.pumping) this.wake?.();
      else void this.pump();
    });
  }

  /** Conversations whose buckets are kept; for tests and metrics. */
  get trackedConversations(): number {
    return this.conversations.size;
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.waiting.length > 0) {
        const wait = this.letReadyGo();
        if (this.waiting.length === 0) break;
        // A newcomer may be able to go before the timer fires (another conversation, tokens left):
        // acquire() wakes the pump early to look again.
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          void this.sleep(wait).then(resolve);
        });
        this.wake = undefined;
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Lets every waiter go whose buckets all hold a token, in arrival order; returns ms until the next could. */
  private letReadyGo(): number {
    let next = Number.POSITIVE_INFINITY;
    for (let index = 0; index < this.waiting.length; ) {
      const waiter = this.waiting[index] as Waiter;
      const wait = longestWait(waiter.buckets);
      if (wait > 0) {
        next = Math.min(next, wait);
        index += 1;
        continue;
      }
      for (const bucket of waiter.buckets) bucket.tryTake();
      waiter.conversation.waiting -= 1;
      this.waiting.splice(index, 1);
      waiter.resolve();
    }
    return next;
  }

  private conversationBuckets(key: string): ConversationBuckets {
    let conversation = this.conversations.get(key);
    if (!conversation) {
      conversation = {
        buckets: this.limits.conversationWindows.map(({ limit, windowMs }) =>
          windowBucket(limit, windowMs, this.now),
        ),
        waiting: 0,
      };
      this.conversations.set(key, conversation);
    }
    return conversation;
  }

  /**
   * Forgets conversations whose buckets have refilled completely: a full bucket remembers nothing,
   * so a new one made on the next send behaves the same. Memory is then bounded by the conversations
   * sent to in the last refill time (seconds for a single message), not by all ever seen.
   */
  private sweepIdleConversations(): void {
    const at = this.now();
    if (at - this.lastSweep < sweepEveryMs) return;
    this.lastSweep = at;
    for (const [key, conversation] of this.conversations) {
      if (conversation.waiting === 0 && conversation.buckets.every((bucket) => bucket.isFull())) {
        this.conversations.delete(key);
      }
    }
  }
}

/**
 * The conversation a request counts against. Teams counts a channel's threads together with the
 * channel (`<channel id>;messageid=<root id>` is a thread of `<channel id>`).
 */
export function conversationKey(conversationId: string): string {
  const thread = conversationId.indexOf(';messageid=');
  return thread < 0 ? conversationId : conversationId.slice(0, thread);
}
