import type { TableClient, TableEntityResult } from '@azure/data-tables';
import type { OutboxState } from '../domain/outbox';
import { type ReminderEntry, type ReminderKind, reminderKey } from '../domain/reminder';
import type { ReminderNeed } from '../domain/reminderNeeds';
import { OutboxTable } from './outboxTable';
import type { Stored } from './stored';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * The reminder log, which is also the reminders' outbox. Keys: PK = round id; RK = occasion and
 * recipient (`auto:<slot>|channel|<group>`), so a slot is claimed by inserting its rows: the
 * insert of a row that is already there fails, and two schedulers plan each reminder once.
 * A marker row `planned|<occasion>` says an occasion has been planned in full.
 */
export class ReminderRepository {
  private readonly table: TableClient;
  private readonly outbox: OutboxTable<ReminderEntry>;

  constructor(storage: TableStorage) {
    this.table = storage.table('Reminders');
    this.outbox = new OutboxTable(this.table, {
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

  list(roundId: string): Promise<Stored<ReminderEntry>[]> {
    return this.outbox.list(roundId);
  }

  unsettled(roundId: string): Promise<Stored<ReminderEntry>[]> {
    return this.outbox.unsettled(roundId);
  }

  replace(entry: ReminderEntry, etag: string): Promise<string> {
    return this.outbox.replace(entry, etag);
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
  const date = (name: string) => (text(name) ? new Date(text(name)) : null);
  return {
    roundId: decodeKey(row.partitionKey as string),
    occasion: text('occasion'),
    kind: text('kind') as ReminderKind,
    need: JSON.parse(text('need')) as ReminderNeed,
    state: text('state') as OutboxState,
    attempts: Number(row.attempts ?? 0),
    claims: Number(row.claims ?? 0),
    claimedBy: text('claimedBy') || null,
    leaseUntil: date('leaseUntil'),
    nextAttemptAt: date('nextAttemptAt') ?? new Date(0),
    failure: text('failure') ? (JSON.parse(text('failure')) as ReminderEntry['failure']) : null,
    sentAt: date('sentAt'),
    createdAt: date('createdAt') ?? new Date(0),
    updatedAt: date('updatedAt') ?? new Date(0),
  };
}
