import type { AnswerMode, Group } from './group';
import type { Person } from './person';
import type { RoundTarget } from './target';

/**
 * The delivery ledger: one entry per prompt to send (a new thread in a group's channel, or a 1:1
 * message to a member), written before anything is sent. Workers claim entries, send, and record
 * what happened, so a crash or a second worker neither loses nor repeats a prompt.
 */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed';

export type DeliveryRecipient =
  | { kind: 'channel'; teamId: string; channelId: string }
  | { kind: 'person'; teamId: string; person: Person; userId: string };

export type DeliveryEntry = {
  roundId: string;
  key: string;
  groupId: string;
  mode: AnswerMode;
  recipient: DeliveryRecipient;
  state: DeliveryState;
  /** Requests made to Teams so far, retries included. */
  attempts: number;
  /** Times a worker took the entry to send it. */
  claims: number;
  claimedBy: string | null;
  leaseUntil: Date | null;
  nextAttemptAt: Date;
  failure: { reason: string; message: string } | null;
  conversationId: string | null;
  activityId: string | null;
  sentAt: Date | null;
  updatedAt: Date;
};

export const deliveryPolicy = {
  /** How long a claim holds; a worker that dies mid-send frees its entries after this. */
  leaseMs: 2 * 60 * 1000,
  /** Claims (each retried by the sender in itself) before a transient failure becomes final. */
  maxClaims: 4,
  /** Wait before another attempt after a transient failure, doubled each time. */
  retryBaseMs: 30 * 1000,
} as const;

/** The entries a launch writes: a thread per group, plus a 1:1 message per member when individual. */
export function planDeliveries(
  roundId: string,
  targets: readonly RoundTarget[],
  groups: ReadonlyMap<string, Group>,
  now: Date,
): DeliveryEntry[] {
  return targets.flatMap((target) => {
    const group = groups.get(target.groupId);
    if (!group) return [];
    const base = { roundId, groupId: group.id, mode: target.mode, ...fresh(now) };
    const thread: DeliveryEntry = {
      ...base,
      key: channelKey(group.id),
      recipient: { kind: 'channel', teamId: group.teamId, channelId: group.channelId },
    };
    if (target.mode !== 'individual') return [thread];
    return [
      thread,
      ...target.members.map(
        (member): DeliveryEntry => ({
          ...base,
          key: personKey(group.id, member.id),
          recipient: {
            kind: 'person',
            teamId: group.teamId,
            person: { id: member.id, name: member.name },
            userId: member.userId,
          },
        }),
      ),
    ];
  });
}

export function channelKey(groupId: string): string {
  return `channel|${groupId}`;
}

export function personKey(groupId: string, personId: string): string {
  return `person|${groupId}|${personId}`;
}

/** Whether a worker may take the entry now: due and unclaimed, or claimed by a worker that died. */
export function isClaimable(entry: DeliveryEntry, now: Date): boolean {
  if (entry.state === 'pending') return entry.nextAttemptAt.getTime() <= now.getTime();
  if (entry.state === 'sending') return (entry.leaseUntil?.getTime() ?? 0) <= now.getTime();
  return false;
}

export function claim(entry: DeliveryEntry, workerId: string, now: Date): DeliveryEntry {
  return {
    ...entry,
    state: 'sending',
    claims: entry.claims + 1,
    claimedBy: workerId,
    leaseUntil: new Date(now.getTime() + deliveryPolicy.leaseMs),
    updatedAt: now,
  };
}

export function recordSent(
  entry: DeliveryEntry,
  sent: { conversationId: string; activityId: string; attempts: number },
  now: Date,
): DeliveryEntry {
  return {
    ...entry,
    state: 'sent',
    attempts: entry.attempts + sent.attempts,
    claimedBy: null,
    leaseUntil: null,
    failure: null,
    conversationId: sent.conversationId,
    activityId: sent.activityId,
    sentAt: now,
    updatedAt: now,
  };
}

/**
 * A failed send. A permanent failure (bot removed, user blocked the bot) is final at once; a
 * transient one is tried again later, with growing pauses, until the attempts run out.
 */
export function recordFailure(
  entry: DeliveryEntry,
  failure: { reason: string; message: string; permanent: boolean; attempts: number },
  now: Date,
): DeliveryEntry {
  const final = failure.permanent || entry.claims >= deliveryPolicy.maxClaims;
  return {
    ...entry,
    state: final ? 'failed' : 'pending',
    attempts: entry.attempts + failure.attempts,
    claimedBy: null,
    leaseUntil: null,
    failure: { reason: failure.reason, message: failure.message },
    nextAttemptAt: final
      ? entry.nextAttemptAt
      : new Date(now.getTime() + deliveryPolicy.retryBaseMs * 2 ** Math.max(0, entry.claims - 1)),
    updatedAt: now,
  };
}

/** The coordinator asks to try a failed prompt again: it starts over as if newly launched. */
export function retryFailed(entry: DeliveryEntry, now: Date): DeliveryEntry {
  if (entry.state !== 'failed') return entry;
  return { ...entry, ...fresh(now), failure: entry.failure };
}

function fresh(now: Date) {
  return {
    state: 'pending' as const,
    attempts: 0,
    claims: 0,
    claimedBy: null,
    leaseUntil: null,
    nextAttemptAt: now,
    failure: null,
    conversationId: null,
    activityId: null,
    sentAt: null,
    updatedAt: now,
  };
}

export type GroupDeliverySummary = {
  groupId: string;
  sent: number;
  pending: number;
  failed: number;
  total: number;
  failures: { recipient: string; reason: string }[];
};

/** Per group: how many prompts went out, are on their way, or failed and why. */
export function summarizeDeliveries(entries: readonly DeliveryEntry[]): Map<string, GroupDeliverySummary> {
  const summaries = new Map<string, GroupDeliverySummary>();
  for (const entry of entries) {
    const summary = summaries.get(entry.groupId) ?? {
      groupId: entry.groupId,
      sent: 0,
      pending: 0,
      failed: 0,
      total: 0,
      failures: [],
    };
    summary.total += 1;
    if (entry.state === 'sent') summary.sent += 1;
    else if (entry.state === 'failed') {
      summary.failed += 1;
      summary.failures.push({
        recipient: entry.recipient.kind === 'person' ? entry.recipient.person.name : 'channel',
        reason: entry.failure?.reason ?? 'unknown',
      });
    } else summary.pending += 1;
    summaries.set(entry.groupId, summary);
  }
  return summaries;
}
