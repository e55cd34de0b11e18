import type { TableClient, TableEntityResult } from '@azure/data-tables';
import type { Response, ResponseSource } from '../domain/response';
import type { Stored } from './stored';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString, prefixUpperBound } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Contributions to rounds. Keys: PK = round id, so "all responses of a round" is one partition;
 * RK = `<group id>|<source key>`, so "a round's responses for one group" is a range in that
 * partition, and the source key (activity id, or person + question for a card) makes a second
 * delivery of the same activity land on the same row instead of a new one.
 */
export class ResponseRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Responses');
  }

  /**
   * Stores a contribution once. If the same contribution is already stored (Teams delivered the
   * activity again) nothing is written and the stored one is returned with `created: false`.
   */
  async record(response: Response): Promise<{ created: boolean; stored: Stored<Response> }> {
    try {
      const result = await this.table.createEntity(toRow(response));
      return { created: true, stored: { value: response, etag: result.etag ?? '' } };
    } catch (error) {
      if (isStatus(error, 409)) return { created: false, stored: await this.get(response) };
      return translateTableError(error, 'response', response.sourceKey);
    }
  }

  /** Replaces a contribution only if it is unchanged since `etag`; returns the new ETag. */
  async replace(response: Response, etag: string): Promise<string> {
    try {
      const result = await this.table.updateEntity(toRow(response), 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'response', response.sourceKey);
    }
  }

  async forRound(roundId: string): Promise<Stored<Response>[]> {
    return this.query(`PartitionKey eq ${odataString(encodeKey(roundId))}`);
  }

  async forGroup(roundId: string, groupId: string): Promise<Stored<Response>[]> {
    const prefix = `${encodeKey(groupId)}|`;
    return this.query(
      [
        `PartitionKey eq ${odataString(encodeKey(roundId))}`,
        `RowKey ge ${odataString(prefix)}`,
        `RowKey lt ${odataString(prefixUpperBound(prefix))}`,
      ].join(' and '),
    );
  }

  /** Every part stored from one message (its activity id), in part order. */
  async forMessage(roundId: string, groupId: string, activityId: string): Promise<Stored<Response>[]> {
    const prefix = `${encodeKey(groupId)}|${encodeKey(`msg:${activityId}:`)}`;
    const found = await this.query(
      [
        `PartitionKey eq ${odataString(encodeKey(roundId))}`,
        `RowKey ge ${odataString(prefix)}`,
        `RowKey lt ${odataString(prefixUpperBound(prefix))}`,
      ].join(' and '),
    );
    const partOf = (stored: Stored<Response>) => Number(stored.value.sourceKey.split(':').pop());
    return found.sort((a, b) => partOf(a) - partOf(b));
  }

  private async get(response: Response): Promise<Stored<Response>> {
    const { partitionKey, rowKey } = keysOf(response);
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(partitionKey, rowKey);
      return { value: fromRow(row), etag: row.etag };
    } catch (error) {
      return translateTableError(error, 'response', response.sourceKey);
    }
  }

  private async query(filter: string): Promise<Stored<Response>[]> {
    const found: Stored<Response>[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      found.push({ value: fromRow(row), etag: row.etag });
    }
    return found;
  }
}

function keysOf(response: Pick<Response, 'roundId' | 'groupId' | 'sourceKey'>) {
  return {
    partitionKey: encodeKey(response.roundId),
    rowKey: `${encodeKey(response.groupId)}|${encodeKey(response.sourceKey)}`,
  };
}

function toRow(response: Response) {
  return {
    ...keysOf(response),
    // -1 stands for "no particular question", since a Table property cannot hold null.
    questionNumber: response.questionNumber ?? -1,
    authorId: response.author.id,
    authorName: response.author.name,
    text: response.text,
    source: response.source,
    createdAt: response.createdAt.toISOString(),
    updatedAt: response.updatedAt.toISOString(),
    withdrawnAt: response.withdrawnAt ? response.withdrawnAt.toISOString() : '',
  };
}

function fromRow(row: TableEntityResult<Record<string, unknown>>): Response {
  const rowKey = row.rowKey as string;
  const separator = rowKey.indexOf('|');
  const questionNumber = Number(row.questionNumber);
  return {
    roundId: decodeKey(row.partitionKey as string),
    groupId: decodeKey(rowKey.slice(0, separator)),
    sourceKey: decodeKey(rowKey.slice(separator + 1)),
    questionNumber: questionNumber >= 1 ? questionNumber : null,
    author: { id: String(row.authorId ?? ''), name: String(row.authorName ?? '') },
    text: String(row.text ?? ''),
    source: row.source as ResponseSource,
    createdAt: new Date(String(row.createdAt)),
    updatedAt: new Date(String(row.updatedAt)),
    withdrawnAt: row.withdrawnAt ? new Date(String(row.withdrawnAt)) : null,
  };
}
