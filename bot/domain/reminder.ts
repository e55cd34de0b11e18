import { freshOutbox, type OutboxEntry } from './outbox';
import { needKey, type ReminderNeed } from './reminderNeeds';

/**
 * What a reminder entry is for: a scheduled slot, a coordinator's "remind now", the note and closed
 * card that go out when a round is closed, or the note and redrawn card when its deadline moves.
 */
export type ReminderKind = 'auto' | 'manual' | 'closing' | 'extended';

/** Notes that tell of a change to the round, sent whether or not answers are owed. */
export function isRoundNotice(kind: ReminderKind): boolean {
  return kind === 'closing' || kind === 'extended';
}

/** One message of the reminder log: to whom, why, and what became of it. */
export type ReminderEntry = OutboxEntry & {
  roundId: string;
  /** The occasion: `auto:<slot time>`, `manual:<request time>`, `closing` or `extended:<deadline>`. */
  occasion: string;
  kind: ReminderKind;
  need: ReminderNeed;
  createdAt: Date;
};

export function autoOccasion(slot: Date): string {
  return `auto:${slot.toISOString()}`;
}

export function manualOccasion(requestedAt: Date): string {
  return `manual:${requestedAt.toISOString()}`;
}

/** Each new deadline is told once in each thread, however often the extension is saved. */
export function extendedOccasion(deadline: Date): string {
  return `extended:${deadline.toISOString()}`;
}

/** The entries an occasion writes: one per group or person that still owes answers. */
export function planReminders(
  roundId: string,
  occasion: string,
  kind: ReminderKind,
  needs: readonly ReminderNeed[],
  now: Date,
): ReminderEntry[] {
  return needs.map((need) => ({ ...freshOutbox(now), roundId, occasion, kind, need, createdAt: now }));
}

export function reminderKey(entry: Pick<ReminderEntry, 'occasion' | 'need'>): string {
  return `${entry.occasion}|${needKey(entry.need)}`;
}

export type ReminderLog = { sent: number; failed: number; pending: number; lastSentAt: Date | null };

/** How the reminders of a round have gone, for the status card (notes of changes not counted). */
export function summarizeReminders(entries: readonly ReminderEntry[]): ReminderLog {
  const reminders = entries.filter((entry) => !isRoundNotice(entry.kind));
  const sent = reminders.filter((entry) => entry.state === 'sent');
  return {
    sent: sent.length,
    failed: reminders.filter((entry) => entry.state === 'failed').length,
    pending: reminders.filter((entry) => entry.state === 'pending' || entry.state === 'sending').length,
    lastSentAt: sent.reduce<Date | null>(
      (latest, entry) => (entry.sentAt && (!latest || entry.sentAt > latest) ? entry.sentAt : latest),
      null,
    ),
  };
}

/** Whether a coordinator's "remind now" came within `coolingMs` of an earlier one for the same groups. */
export function recentManualReminder(
  entries: readonly ReminderEntry[],
  groupId: string | undefined,
  now: Date,
  coolingMs: number,
): Date | null {
  const recent = entries
    .filter((entry) => entry.kind === 'manual' && (!groupId || entry.need.groupId === groupId))
    .map((entry) => entry.createdAt)
    .filter((at) => now.getTime() - at.getTime() < coolingMs)
    .sort((a, b) => b.getTime() - a.getTime());
  return recent[0] ?? null;
}
