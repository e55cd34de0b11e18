import type { AnswerMode, Group } from './group';
import {
  claim,
  freshOutbox,
  isClaimable,
  markSent,
  type OutboxEntry,
  type OutboxState,
  outboxPolicy,
  recordFailure,
} from './outbox';
import type { Person } from './person';
import type { RoundTarget } from './target';

export { claim, isClaimable, recordFailure };

/**
 * The delivery ledger: one entry per prompt to send (a new thread in a group's channel, or a 1:1
 * message to a member), written before anything is sent. Workers claim entries, send, and record
 * what happened, so a crash or a second worker neither loses nor repeats a prompt.
 */
export type DeliveryState = OutboxState;

export type DeliveryRecipient =
  | { kind: 'channel'; teamId: string; channelId: string }
  | { kind: 'person'; teamId: string; person: Person; userId: string };

export type DeliveryEntry = OutboxEntry & {
  roundId: string;
  key: string;
  groupId: string;
  mode: AnswerMode;
  recipient: DeliveryRecipient;
  conversationId: string | null;
  activityId: string | null;
};

export const deliveryPolicy = outboxPolicy;

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

export function recordSent(
  entry: DeliveryEntry,
  sent: { conversationId: string; activityId: string; attempts: number },
  now: Date,
): DeliveryEntry {
  return {
    ...markSent(entry, sent.attempts, now),
    conversationId: sent.conversationId,
    activityId: sent.activityId,
  };
}

/** The coordinator asks to try a failed prompt again: it starts over as if newly launched. */
export function retryFailed(entry: DeliveryEntry, now: Date): DeliveryEntry {
  if (entry.state !== 'failed') return entry;
  return { ...entry, ...fresh(now), failure: entry.failure };
}

function fresh(now: Date) {
  return { ...freshOutbox(now), conversationId: null, activityId: null };
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
