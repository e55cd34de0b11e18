import type { TableEntityResult, TransactionAction } from '@azure/data-tables';
import type { DeliveryEntry, DeliveryRecipient } from '../domain/delivery';
import type { AnswerMode } from '../domain/group';
import { OutboxTable, outboxFieldsOf } from './outboxTable';
import { submitInBatches } from './tableBatches';
import { translateTableError } from './tableErrors';
import { decodeKey, encodeKey } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * The delivery ledger. Keys: PK = round id, RK = the entry's key (`channel|<group>` or
 * `person|<group>|<person>`), so the work left in a round is one partition query and every claim or
 * outcome is a conditional write on one row's ETag: of two workers racing, one wins, one gets 412.
 */
export class DeliveryRepository extends OutboxTable<DeliveryEntry> {
  constructor(storage: TableStorage) {
    super(storage.table('Deliveries'), { entity: 'delivery', keyOf: (entry) => entry.key, toRow, fromRow });
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
  return {
    ...outboxFieldsOf(row),
    roundId: decodeKey(row.partitionKey as string),
    key: decodeKey(row.rowKey as string),
    groupId: text('groupId'),
    mode: text('mode') as AnswerMode,
    recipient: JSON.parse(text('recipient')) as DeliveryRecipient,
    conversationId: text('conversationId') || null,
    activityId: text('activityId') || null,
  };
}
