import type { TableClient } from '@azure/data-tables';
import type { CompilationChange } from '../domain/compilationRecord';
import { packText, unpackText } from './packedText';
import { deletePartition } from './tableBatches';
import { translateTableError } from './tableErrors';
import { encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Every change to a round's compilations, kept for good. Keys: PK = round id, RK = the time and the
 * scope, so a partition query reads the history in order, and writing a change again (the repair
 * of a line whose first write failed) leaves one line. Two changes of one scope cannot share a
 * millisecond: each is made on the version the other stored.
 */
export class CompilationHistoryRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('CompilationHistory');
  }

  async append(change: CompilationChange): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: encodeKey(change.roundId),
          rowKey: `${change.at.toISOString()}|${encodeKey(change.scope)}`,
          scope: change.scope,
          at: change.at.toISOString(),
          byId: change.by.id,
          byName: change.by.name,
          ...packText('change', JSON.stringify(change.change)),
        },
        'Replace',
      );
    } catch (error) {
      translateTableError(error, 'compilation change', change.roundId);
    }
  }

  /** A round's changes, oldest first. */
  async forRound(roundId: string): Promise<CompilationChange[]> {
    const found: CompilationChange[] = [];
    try {
      const filter = `PartitionKey eq ${odataString(encodeKey(roundId))}`;
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        found.push({
          roundId,
          scope: String(row.scope ?? ''),
          at: new Date(String(row.at)),
          by: { id: String(row.byId ?? ''), name: String(row.byName ?? '') },
          change: JSON.parse(unpackText(row, 'change')) as CompilationChange['change'],
        });
      }
    } catch (error) {
      translateTableError(error, 'compilation change', roundId);
    }
    return found;
  }

  /** Removes a round's rows, every scope (the sample round's removal). */
  async deleteRound(roundId: string): Promise<void> {
    try {
      await deletePartition(this.table, encodeKey(roundId));
    } catch (error) {
      translateTableError(error, 'compilation change', roundId);
    }
  }
}
