import type { TableClient, TableEntityResult } from '@azure/data-tables';
import type { OutboxEntry, OutboxState } from '../domain/outbox';
import type { Stored } from './stored';
import { deletePartition } from './tableBatches';
import { translateTableError } from './tableErrors';
import { encodeKey, odataString } from './tableKeys';

type Row = TableEntityResult<Record<string, unknown>>;

/**
 * The shape every outbox table shares (the delivery ledger, the reminders): one partition per
 * round, one row per message to send, each claimed and settled by a conditional write on its
 * ETag. The repositories extend it, and differ only in how an entry becomes a row and back and in
 * how entries are written in the first place.
 */
export class OutboxTable<Entry extends { roundId: string }> {
  constructor(
    protected readonly table: TableClient,
    private readonly rows: {
      /** What an error names the entity ("delivery", "reminder"). */
      entity: string;
      keyOf: (entry: Entry) => string;
      toRow: (entry: Entry) => Record<string, unknown> & { partitionKey: string; rowKey: string };
      fromRow: (row: Row) => Entry;
      /** Rows of the partition that are no entries (markers), left out of every read. */
      isEntry?: (rowKey: string) => boolean;
    },
  ) {}

  /** Every entry of a round goes (the sample round, removed). */
  async deleteRound(roundId: string): Promise<void> {
    try {
      await deletePartition(this.table, encodeKey(roundId));
    } catch (error) {
      translateTableError(error, this.rows.entity, roundId);
    }
  }

  async list(roundId: string): Promise<Stored<Entry>[]> {
    return this.query(`PartitionKey eq ${odataString(encodeKey(roundId))}`);
  }

  /** Entries not yet settled (pending, or being sent); the caller decides which are due. */
  async unsettled(roundId: string): Promise<Stored<Entry>[]> {
    return this.query(
      `PartitionKey eq ${odataString(encodeKey(roundId))} and (state eq 'pending' or state eq 'sending')`,
    );
  }

  /** Writes the entry only if it is unchanged since `etag`; returns the new ETag. */
  async replace(entry: Entry, etag: string): Promise<string> {
    try {
      const result = await this.table.updateEntity(this.rows.toRow(entry), 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, this.rows.entity, `${entry.roundId}/${this.rows.keyOf(entry)}`);
    }
  }

  private async query(filter: string): Promise<Stored<Entry>[]> {
    const found: Stored<Entry>[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      if (this.rows.isEntry && !this.rows.isEntry(row.rowKey as string)) continue;
      found.push({ value: this.rows.fromRow(row), etag: row.etag });
    }
    return found;
  }
}

/** The outbox mechanics of an entry as its row holds them, read alike for every outbox table. */
export function outboxFieldsOf(row: Row): OutboxEntry {
  const text = (name: string) => String(row[name] ?? '');
  const date = (name: string) => (text(name) ? new Date(text(name)) : null);
  return {
    state: text('state') as OutboxState,
    attempts: Number(row.attempts ?? 0),
    claims: Number(row.claims ?? 0),
    claimedBy: text('claimedBy') || null,
    leaseUntil: date('leaseUntil'),
    nextAttemptAt: date('nextAttemptAt') ?? new Date(0),
    failure: text('failure') ? (JSON.parse(text('failure')) as OutboxEntry['failure']) : null,
    sentAt: date('sentAt'),
    updatedAt: date('updatedAt') ?? new Date(0),
  };
}
