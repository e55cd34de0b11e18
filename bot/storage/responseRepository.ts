import type { TableClient, TableEntityResult } from '@azure/data-tables';
import type { Person } from '../domain/person';
import { type Response, type ResponseSource, responseSourceKey } from '../domain/response';
import { InsertBatcher } from './insertBatcher';
import type { Stored } from './stored';
import { deletePartition } from './tableBatches';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString, prefixUpperBound } from './tableKeys';
import type { TableStorage } from './tableStorage';

/** The parts of one message, as stored together, with the ETag of their row. */
export type StoredMessage = { parts: Response[]; etag: string };

/**
 * Contributions to rounds. Keys: PK = round id, so "all responses of a round" is one partition;
 * RK = `<group id>|<source key>`, so "a round's responses for one group" is a range in that
 * partition. A message (thread reply or chat) is one row holding all its parts, keyed by its
 * activity id: it is stored whole or not at all in one write, and Teams delivering it again meets
 * the row already there. A card answer is one row per person (or group) and question.
 */
export class ResponseRepository {
  private readonly table: TableClient;
  private readonly inserts: InsertBatcher;
  /** Each round's last full read: see forRoundRecent. */
  private readonly recent = new Map<string, { at: number; rows: Stored<Response>[] }>();
  /** Full reads under way for forRoundRecent, so callers at the same moment share one. */
  private readonly reading = new Map<string, Promise<Stored<Response>[]>>();
  /** Counts each round's writes, so a read that overlapped one is not kept. */
  private readonly writes = new Map<string, number>();

  constructor(storage: TableStorage) {
    this.table = storage.table('Responses');
    this.inserts = new InsertBatcher(this.table);
  }

  /**
   * Stores a single contribution (a card answer) once. If it is already stored nothing is written
   * and the stored one is returned with `created: false`.
   */
  async record(response: Response): Promise<{ created: boolean; stored: Stored<Response> }> {
    this.forget(response.roundId);
    try {
      const result = await this.table.createEntity(singleRow(response));
      return { created: true, stored: { value: response, etag: result.etag ?? '' } };
    } catch (error) {
      if (isStatus(error, 409)) return { created: false, stored: await this.getSingle(response) };
      return translateTableError(error, 'response', response.sourceKey);
    } finally {
      this.forget(response.roundId);
    }
  }

  /** Replaces a single contribution only if it is unchanged since `etag`; returns the new ETag. */
  async replace(response: Response, etag: string): Promise<string> {
    this.forget(response.roundId);
    try {
      const result = await this.table.updateEntity(singleRow(response), 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'response', response.sourceKey);
    } finally {
      this.forget(response.roundId);
    }
  }

  /**
   * Stores the parts of one message in one row. Returns false, writing nothing, when the message
   * is already stored (Teams delivered it again).
   */
  async recordMessage(activityId: string, parts: readonly Response[]): Promise<boolean> {
    const [first] = parts;
    if (!first) return false;
    this.forget(first.roundId);
    try {
      return await this.inserts.insert(messageRow(activityId, parts));
    } catch (error) {
      return translateTableError(error, 'response', activityId);
    } finally {
      this.forget(first.roundId);
    }
  }

  /** The parts stored from one message, or nothing if it was never stored. */
  async message(roundId: string, groupId: string, activityId: string): Promise<StoredMessage | undefined> {
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(
        encodeKey(roundId),
        messageRowKey(groupId, activityId),
      );
      return { parts: fromRow(row), etag: row.etag };
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      return translateTableError(error, 'response', activityId);
    }
  }

  /** Replaces a message's parts only if its row is unchanged since `etag`. */
  async replaceMessage(activityId: string, parts: readonly Response[], etag: string): Promise<string> {
    for (const part of parts) this.forget(part.roundId);
    try {
      const result = await this.table.updateEntity(messageRow(activityId, parts), 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'response', activityId);
    } finally {
      for (const part of parts) this.forget(part.roundId);
    }
  }

  async forRound(roundId: string): Promise<Stored<Response>[]> {
    const before = this.writes.get(roundId) ?? 0;
    const rows = await this.query(`PartitionKey eq ${odataString(encodeKey(roundId))}`);
    if ((this.writes.get(roundId) ?? 0) === before) this.remember(roundId, rows);
    return rows;
  }

  /**
   * A round's answers as read at most `maxAgeMs` ago, for the compiler's views, which read a large
   * round's every answer on each search and edit. Any write through this repository forgets the
   * round at once, and every full read (the theme updater's after answers change) renews it; an
   * answer stored by another instance of the service shows within `maxAgeMs`. Callers share the
   * rows: they are values, never changed in place.
   */
  async forRoundRecent(roundId: string, maxAgeMs = 2000): Promise<Stored<Response>[]> {
    const cached = this.recent.get(roundId);
    if (cached && Date.now() - cached.at < maxAgeMs) return cached.rows;
    const under = this.reading.get(roundId);
    if (under) return under;
    const read = this.forRound(roundId).finally(() => {
      if (this.reading.get(roundId) === read) this.reading.delete(roundId);
    });
    this.reading.set(roundId, read);
    return read;
  }

  private remember(roundId: string, rows: Stored<Response>[]): void {
    if (this.recent.size > 100) this.recent.clear();
    this.recent.set(roundId, { at: Date.now(), rows });
  }

  /** Called before and after every write of a round's answers. */
  private forget(roundId: string): void {
    this.recent.delete(roundId);
    this.reading.delete(roundId);
    this.writes.set(roundId, (this.writes.get(roundId) ?? 0) + 1);
  }

  /**
   * A round's answers for counting (who answered which question, and when), without the text of
   * single answers: a large round's texts are most of what a full read carries. Message rows keep
   * their parts, whose question numbers live beside the text.
   */
  async forRoundWithoutText(roundId: string): Promise<Stored<Response>[]> {
    return this.query(`PartitionKey eq ${odataString(encodeKey(roundId))}`, countingColumns);
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

  /** A single contribution (a card answer) by its key, or nothing. */
  async single(roundId: string, groupId: string, sourceKey: string): Promise<Stored<Response> | undefined> {
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(
        encodeKey(roundId),
        `${encodeKey(groupId)}|${encodeKey(sourceKey)}`,
      );
      return { value: fromRow(row)[0] as Response, etag: row.etag };
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      return translateTableError(error, 'response', sourceKey);
    }
  }

  private async getSingle(response: Response): Promise<Stored<Response>> {
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(
        encodeKey(response.roundId),
        `${encodeKey(response.groupId)}|${encodeKey(response.sourceKey)}`,
      );
      return { value: fromRow(row)[0] as Response, etag: row.etag };
    } catch (error) {
      return translateTableError(error, 'response', response.sourceKey);
    }
  }

  /** Removes every answer of a round (the sample round, when a coordinator removes it). */
  async deleteRound(roundId: string): Promise<void> {
    this.forget(roundId);
    try {
      await deletePartition(this.table, encodeKey(roundId));
    } catch (error) {
      translateTableError(error, 'responses', roundId);
    }
  }

  private async query(filter: string, select?: string[]): Promise<Stored<Response>[]> {
    const found: Stored<Response>[] = [];
    const queryOptions = select ? { filter, select } : { filter };
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions })) {
      for (const value of fromRow(row)) found.push({ value, etag: row.etag });
    }
    return found;
  }
}

const countingColumns = [
  'PartitionKey',
  'RowKey',
  'authorId',
  'authorName',
  'source',
  'questionNumber',
  'createdAt',
  'updatedAt',
  'withdrawnAt',
  // A message's parts (at most 20 of 4,000 characters) fit in three properties of 30,000.
  'parts',
  'parts2',
  'parts3',
];

function messageRowKey(groupId: string, activityId: string): string {
  return `${encodeKey(groupId)}|${encodeKey(`msg:${activityId}`)}`;
}

type StoredPart = { q: number | null; text: string; updatedAt?: string; withdrawnAt?: string };

/** A property holds at most 64 KiB (32,768 UTF-16 characters); parts beyond that spill over. */
const propertyLimit = 30_000;

/**
 * A message's row: what all parts share, and the parts as JSON, in as few properties as fit
 * ("parts", then "parts2" …): a message may hold 20 parts of 4,000 characters, more than one
 * property takes. A part's own times are kept only when they differ from the message's.
 */
function messageRow(activityId: string, parts: readonly Response[]) {
  const first = parts[0] as Response;
  const createdAt = first.createdAt.toISOString();
  const chunks: StoredPart[][] = [[]];
  let size = 0;
  for (const part of parts) {
    const stored: StoredPart = { q: part.questionNumber, text: part.text };
    const updatedAt = part.updatedAt.toISOString();
    if (updatedAt !== createdAt) stored.updatedAt = updatedAt;
    if (part.withdrawnAt) stored.withdrawnAt = part.withdrawnAt.toISOString();
    const length = JSON.stringify(stored).length;
    if (size + length > propertyLimit) {
      chunks.push([]);
      size = 0;
    }
    (chunks[chunks.length - 1] as StoredPart[]).push(stored);
    size += length;
  }
  return {
    partitionKey: encodeKey(first.roundId),
    rowKey: messageRowKey(first.groupId, activityId),
    authorId: first.author.id,
    authorName: first.author.name,
    source: first.source,
    createdAt,
    ...Object.fromEntries(
      chunks.map((chunk, index) => [index === 0 ? 'parts' : `parts${index + 1}`, JSON.stringify(chunk)]),
    ),
  };
}

function singleRow(response: Response) {
  return {
    partitionKey: encodeKey(response.roundId),
    rowKey: `${encodeKey(response.groupId)}|${encodeKey(response.sourceKey)}`,
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

function fromRow(row: TableEntityResult<Record<string, unknown>>): Response[] {
  const rowKey = row.rowKey as string;
  const separator = rowKey.indexOf('|');
  const roundId = decodeKey(row.partitionKey as string);
  const groupId = decodeKey(rowKey.slice(0, separator));
  const sourceKey = decodeKey(rowKey.slice(separator + 1));
  const author: Person = { id: String(row.authorId ?? ''), name: String(row.authorName ?? '') };
  const source = row.source as ResponseSource;
  const createdAt = new Date(String(row.createdAt));

  if (sourceKey.startsWith('msg:')) {
    const activityId = sourceKey.slice('msg:'.length);
    const parts: StoredPart[] = [];
    for (let index = 1; row[index === 1 ? 'parts' : `parts${index}`] !== undefined; index++) {
      parts.push(...(JSON.parse(String(row[index === 1 ? 'parts' : `parts${index}`])) as StoredPart[]));
    }
    return parts.map((part, index) => ({
      roundId,
      groupId,
      questionNumber: part.q,
      author,
      text: part.text,
      source,
      sourceKey: responseSourceKey({ kind: 'message', activityId, part: index + 1 }),
      createdAt,
      updatedAt: part.updatedAt ? new Date(part.updatedAt) : createdAt,
      withdrawnAt: part.withdrawnAt ? new Date(part.withdrawnAt) : null,
    }));
  }
  const questionNumber = Number(row.questionNumber);
  return [
    {
      roundId,
      groupId,
      sourceKey,
      questionNumber: questionNumber >= 1 ? questionNumber : null,
      author,
      text: String(row.text ?? ''),
      source,
      createdAt,
      updatedAt: new Date(String(row.updatedAt)),
      withdrawnAt: row.withdrawnAt ? new Date(String(row.withdrawnAt)) : null,
    },
  ];
}
