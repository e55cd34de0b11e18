/**
 * The mechanics every outgoing message shares, whether a prompt or a reminder: an entry is written
 * before anything is sent, a worker claims it for a while (a lease), sends, and records what
 * happened. A worker that dies leaves a claim that runs out, and the entry is taken again.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

export type OutboxEntry = {
  state: OutboxState;
  /** Requests made to Teams so far, retries included. */
  attempts: number;
  /** Times a worker took the entry to send it. */
  claims: number;
  claimedBy: string | null;
  leaseUntil: Date | null;
  nextAttemptAt: Date;
  failure: { reason: string; message: string } | null;
  sentAt: Date | null;
  updatedAt: Date;
};

export const outboxPolicy = {
  /** How long a claim holds; a worker that dies mid-send frees its entries after this. */
  leaseMs: 2 * 60 * 1000,
  /** Claims (each retried by the sender in itself) before a transient failure becomes final. */
  maxClaims: 4,
  /** Wait before another attempt after a transient failure, doubled each time. */
  retryBaseMs: 30 * 1000,
} as const;

/** A new entry, due now. */
export function freshOutbox(now: Date): OutboxEntry {
  return {
    state: 'pending',
    attempts: 0,
    claims: 0,
    claimedBy: null,
    leaseUntil: null,
    nextAttemptAt: now,
    failure: null,
    sentAt: null,
    updatedAt: now,
  };
}

/** Whether a worker may take the entry now: due and unclaimed, or claimed by a worker that died. */
export function isClaimable(entry: OutboxEntry, now: Date): boolean {
  if (entry.state === 'pending') return entry.nextAttemptAt.getTime() <= now.getTime();
  if (entry.state === 'sending') return (entry.leaseUntil?.getTime() ?? 0) <= now.getTime();
  return false;
}

export function claim<T extends OutboxEntry>(entry: T, workerId: string, now: Date): T {
  return {
    ...entry,
    state: 'sending',
    claims: entry.claims + 1,
    claimedBy: workerId,
    leaseUntil: new Date(now.getTime() + outboxPolicy.leaseMs),
    updatedAt: now,
  };
}

export function markSent<T extends OutboxEntry>(entry: T, attempts: number, now: Date): T {
  return {
    ...entry,
    state: 'sent',
    attempts: entry.attempts + attempts,
    claimedBy: null,
    leaseUntil: null,
    failure: null,
    sentAt: now,
    updatedAt: now,
  };
}

/** Nothing to send after all (the person answered meanwhile); settled without a message. */
export function markSkipped<T extends OutboxEntry>(entry: T, reason: string, now: Date): T {
  return {
    ...entry,
    state: 'skipped',
    claimedBy: null,
    leaseUntil: null,
    failure: { reason, message: reason },
    updatedAt: now,
  };
}

/**
 * A failed send. A permanent failure (bot removed, user blocked the bot) is final at once; a
 * transient one is tried again later, with growing pauses, until the claims run out.
 */
export function recordFailure<T extends OutboxEntry>(
  entry: T,
  failure: { reason: string; message: string; permanent: boolean; attempts: number },
  now: Date,
): T {
  const final = failure.permanent || entry.claims >= outboxPolicy.maxClaims;
  return {
    ...entry,
    state: final ? 'failed' : 'pending',
    attempts: entry.attempts + failure.attempts,
    claimedBy: null,
    leaseUntil: null,
    failure: { reason: failure.reason, message: failure.message },
    nextAttemptAt: final
      ? entry.nextAttemptAt
      : new Date(now.getTime() + outboxPolicy.retryBaseMs * 2 ** Math.max(0, entry.claims - 1)),
    updatedAt: now,
  };
}
