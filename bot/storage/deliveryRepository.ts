import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import type { DeliveryEntry, DeliveryRecipient, DeliveryState } from '../domain/delivery';
import type { AnswerMode } from '../domain/group';
import type { Stored } from './stored';
import { submitInBatches } from './tableBatches';
import { translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * The delivery ledger. Keys: PK = round id, RK = the entry's key (`channel|<group>` or
 * `person|<group>|<person>`), so the work left in a round is one partition query and every claim or
 * outcome is a conditional write on one row's ETag: of two workers racing, one wins, one gets 412.
 */
export class DeliveryRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Deliveries');
  }

  /**
   * Writes a launch's entries. Inserted in batches; a batch that meets rows already there (a
   * launch that died half-way and is run again) is written again as upserts. Nothing has been sent
   * before the round opens, so nothing overwritten mattered.
   */
  async writeLaunch(roundId: string, entries: readonly DeliveryEntry[]): Promise<void> {
    const rows = entries.map(toRow);
    try {
      await submitInBatches(
        this.table,
        rows.map((row): TransactionAction => ['create', row]),
        4,
        (batch) => batch.map(([, row]) => ['upsert', row, 'Replace'] as TransactionAction),
      );
    } catch (error) {
      translateTableError(error, 'deliveries', roundId);
    }
  }

  async list(roundId: string): Promise<Stored<DeliveryEntry>[]> {
    return this.query(`PartitionKey eq ${odataString(encodeKey(roundId))}`);
  }

  /** Entries not yet settled (pending, or being sent); the caller decides which are due. */
  async unsettled(roundId: string): Promise<Stored<DeliveryEntry>[]> {
    return this.query(
      `PartitionKey eq ${odataString(encodeKey(roundId))} and (state eq 'pending' or state eq 'sending')`,
    );
  }

  /** Writes the entry only if it is unchanged since `etag`; returns the new ETag. */
  async replace(entry: DeliveryEntry, etag: string): Promise<string> {
    try {
      const result = await this.table.updateEntity(toRow(entry), 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'delivery', `${entry.roundId}/${entry.key}`);
    }
  }

  private async query(filter: string): Promise<Stored<DeliveryEntry>[]> {
    const found: Stored<DeliveryEntry>[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      found.push({ value: fromRow(row), etag: row.etag });
    }
    return found;
  }
}

function toRow(entry: DeliveryEntry) {
  // Properties without a value are left out rather than stored empty: a launch writes thousands
  // of rows at once, and smaller rows are written faster.
  const optional = {
    claimedBy: entry.claimedBy,
    leaseUntil: entry.leaseUntil?.toISOString(),
    failure: entry.failure ? JSON.stringify(entry.failure) : undefined,
    conversationId: entry.conversationId,
    activityId: entry.activityId,
    sentAt: entry.sentAt?.toISOString(),
  };
  return {
    partitionKey: encodeKey(entry.roundId),
    rowKey: encodeKey(entry.key),
    groupId: entry.groupId,
    mode: entry.mode,
    recipient: JSON.stringify(entry.recipient),
    state: entry.state,
    attempts: entry.attempts,
    claims: entry.claims,
    nextAttemptAt: entry.nextAttemptAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    ...Object.fromEntries(
      Object.entries(optional).filter(([, value]) => value !== null && value !== undefined),
    ),
  };
}

function fromRow(row: TableEntityResult<Record<string, unknown>>): DeliveryEntry {
  const text = (name: string) => String(row[name] ?? '');
  const date = (name: string) => (text(name) ? new Date(text(name)) : null);
  return {
    roundId: decodeKey(row.partitionKey as string),
    key: decodeKey(row.rowKey as string),
    groupId: text('groupId'),
    mode: text('mode') as AnswerMode,
    recipient: JSON.parse(text('recipient')) as DeliveryRecipient,
    state: text('state') as DeliveryState,
    attempts: Number(row.attempts ?? 0),
    claims: Number(row.claims ?? 0),
    claimedBy: text('claimedBy') || null,
    leaseUntil: date('leaseUntil'),
    nextAttemptAt: date('nextAttemptAt') ?? new Date(0),
    failure: text('failure') ? (JSON.parse(text('failure')) as DeliveryEntry['failure']) : null,
    conversationId: text('conversationId') || null,
    activityId: text('activityId') || null,
    sentAt: date('sentAt'),
    updatedAt: date('updatedAt') ?? new Date(0),
  };
}
