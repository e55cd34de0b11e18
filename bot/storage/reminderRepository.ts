import type { TableEntityResult } from '@azure/data-tables';
import { type ReminderEntry, type ReminderKind, reminderKey } from '../domain/reminder';
import type { ReminderNeed } from '../domain/reminderNeeds';
import { OutboxTable, outboxFieldsOf } from './outboxTable';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * The reminder log, which is also the reminders' outbox. Keys: PK = round id; RK = occasion and
 * recipient (`auto:<slot>|channel|<group>`), so a slot is claimed by inserting its rows: the
 * insert of a row that is already there fails, and two schedulers plan each reminder once.
 * A marker row `planned|<occasion>` says an occasion has been planned in full.
 */
export class ReminderRepository extends OutboxTable<ReminderEntry> {
  constructor(storage: TableStorage) {
    super(storage.table('Reminders'), {
      entity: 'reminder',
      keyOf: reminderKey,
      toRow,
      fromRow,
      isEntry: (rowKey) => !rowKey.startsWith('planned|'),
    });
  }

  /** Inserts the entries not already there; returns how many were new. */
  async plan(entries: readonly ReminderEntry[]): Promise<number> {
    let created = 0;
    for (const entry of entries) {
      try {
        await this.table.createEntity(toRow(entry));
        created += 1;
      } catch (error) {
        if (!isStatus(error, 409)) translateTableError(error, 'reminder', reminderKey(entry));
      }
    }
    return created;
  }

  async isPlanned(roundId: string, occasion: string): Promise<boolean> {
    try {
      await this.table.getEntity(encodeKey(roundId), `planned|${encodeKey(occasion)}`);
      return true;
    } catch (error) {
      if (isStatus(error, 404)) return false;
      return translateTableError(error, 'reminder', occasion);
    }
  }

  async markPlanned(roundId: string, occasion: string): Promise<void> {
    try {
      await this.table.upsertEntity({
        partitionKey: encodeKey(roundId),
        rowKey: `planned|${encodeKey(occasion)}`,
      });
    } catch (error) {
      translateTableError(error, 'reminder', occasion);
    }
  }
}

function toRow(entry: ReminderEntry) {
  return {
    partitionKey: encodeKey(entry.roundId),
    rowKey: encodeKey(reminderKey(entry)),
    occasion: entry.occasion,
    kind: entry.kind,
    need: JSON.stringify(entry.need),
    state: entry.state,
    attempts: entry.attempts,
    claims: entry.claims,
    claimedBy: entry.claimedBy ?? '',
    leaseUntil: entry.leaseUntil?.toISOString() ?? '',
    nextAttemptAt: entry.nextAttemptAt.toISOString(),
    failure: entry.failure ? JSON.stringify(entry.failure) : '',
    sentAt: entry.sentAt?.toISOString() ?? '',
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

function fromRow(row: TableEntityResult<Record<string, unknown>>): ReminderEntry {
  const text = (name: string) => String(row[name] ?? '');
  return {
    ...outboxFieldsOf(row),
    roundId: decodeKey(row.partitionKey as string),
    occasion: text('occasion'),
    kind: text('kind') as ReminderKind,
    need: JSON.parse(text('need')) as ReminderNeed,
    createdAt: text('createdAt') ? new Date(text('createdAt')) : new Date(0),
  };
}
