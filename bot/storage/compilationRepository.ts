import type { TableClient } from '@azure/data-tables';
import { type Compilation, emptyCompilation } from '../domain/compilation';
import type { CompilationChange, CompilationRecord } from '../domain/compilationRecord';
import type { CompiledThemes } from '../domain/compileThemes';
import { maxPackedChunks, packText, unpackText } from './packedText';
import type { Stored } from './stored';
import { deletePartition } from './tableBatches';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Compilations per round and scope. Keys: PK = round id, RK = scope. The overlay and the published
 * themes are lists of answer ids, stored packed (packedText.ts). Every write after the first names
 * the ETag it read, so of two compilers editing at once the second is refused, never lost.
 */
export class CompilationRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Compilations');
  }

  async get(roundId: string, scope: string): Promise<Stored<CompilationRecord> | undefined> {
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(encodeKey(roundId), encodeKey(scope));
      return { value: fromRow(row, roundId, scope), etag: row.etag };
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      return translateTableError(error, 'compilation', `${roundId}/${scope}`);
    }
  }

  /** Every scope's compilation of a round. */
  async forRound(roundId: string): Promise<Stored<CompilationRecord>[]> {
    const found: Stored<CompilationRecord>[] = [];
    try {
      const filter = `PartitionKey eq ${odataString(encodeKey(roundId))}`;
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        found.push({ value: fromRow(row, roundId, decodeKey(row.rowKey as string)), etag: row.etag });
      }
    } catch (error) {
      translateTableError(error, 'compilation', roundId);
    }
    return found;
  }

  /**
   * What readers see of a round's compilations: state and published themes, without the overlay
   * (the larger half), since the themes view polls this every few seconds.
   */
  async publishedForRound(roundId: string): Promise<CompilationRecord[]> {
    const found: CompilationRecord[] = [];
    const select = [
      'RowKey',
      'state',
      'editedById',
      'editedByName',
      'editedAt',
      'publishedById',
      'publishedByName',
      'publishedAt',
      'publishedChunks',
      ...Array.from({ length: maxPackedChunks }, (_, index) => `published${index}`),
    ];
    try {
      const filter = `PartitionKey eq ${odataString(encodeKey(roundId))}`;
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter, select },
      })) {
        found.push(fromRow(row, roundId, decodeKey(row.rowKey as string)));
      }
    } catch (error) {
      translateTableError(error, 'compilation', roundId);
    }
    return found;
  }

  /**
   * Stores the record: as new when `etag` is null (refused with a ConflictError if someone stored
   * one first), else only if nobody changed it since `etag` was read. Returns the new ETag.
   */
  async save(record: CompilationRecord, etag: string | null): Promise<string> {
    const row = toRow(record);
    try {
      const result =
        etag === null
          ? await this.table.createEntity(row)
          : await this.table.updateEntity(row, 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'compilation', `${record.roundId}/${record.scope}`);
    }
  }

  /** Removes a round's rows, every scope (the sample round's removal). */
  async deleteRound(roundId: string): Promise<void> {
    try {
      await deletePartition(this.table, encodeKey(roundId));
    } catch (error) {
      translateTableError(error, 'compilation', roundId);
    }
  }
}

function toRow(record: CompilationRecord) {
  return {
    partitionKey: encodeKey(record.roundId),
    rowKey: encodeKey(record.scope),
    state: record.state,
    editedById: record.edited?.by.id ?? '',
    editedByName: record.edited?.by.name ?? '',
    editedAt: record.edited?.at.toISOString() ?? '',
    publishedById: record.published?.by.id ?? '',
    publishedByName: record.published?.by.name ?? '',
    publishedAt: record.published?.at.toISOString() ?? '',
    ...packText('overlay', JSON.stringify(record.compilation)),
    ...(record.published ? packText('published', JSON.stringify(record.published.themes)) : {}),
    ...(record.lastChange ? packText('lastChange', JSON.stringify(record.lastChange)) : {}),
  };
}

function fromRow(row: Record<string, unknown>, roundId: string, scope: string): CompilationRecord {
  const text = (name: string) => String(row[name] ?? '');
  return {
    roundId,
    scope,
    compilation:
      row.overlayChunks === undefined
        ? emptyCompilation()
        : (JSON.parse(unpackText(row, 'overlay')) as Compilation),
    state: text('state') === 'published' ? 'published' : 'draft',
    edited: text('editedAt')
      ? { by: { id: text('editedById'), name: text('editedByName') }, at: new Date(text('editedAt')) }
      : null,
    published: text('publishedAt')
      ? {
          by: { id: text('publishedById'), name: text('publishedByName') },
          at: new Date(text('publishedAt')),
          themes: JSON.parse(unpackText(row, 'published')) as CompiledThemes,
        }
      : null,
    lastChange: row.lastChangeChunks === undefined ? null : changeOf(unpackText(row, 'lastChange')),
  };
}

function changeOf(json: string): CompilationChange {
  const change = JSON.parse(json) as CompilationChange & { at: string };
  return { ...change, at: new Date(change.at) };
}
