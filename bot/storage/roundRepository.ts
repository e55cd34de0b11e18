import { randomBytes } from 'node:crypto';
import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { resolveLocale } from '../domain/locale';
import type { Question } from '../domain/question';
import { defaultReminderPolicy, type ReminderPolicy } from '../domain/reminderPolicy';
import { defaultAnonymityThreshold, type Round, type RoundState } from '../domain/round';
import type { Stored } from './stored';
import { translateTableError } from './tableErrors';
import { odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Rounds, all in one partition: there are tens of them, never thousands, and the coordinator's
 * list of rounds is then a single partition scan. The row key is the round id.
 */
export class RoundRepository {
  private readonly table: TableClient;
  private readonly recent = new Map<string, { stored: Stored<Round>; at: number }>();

  constructor(storage: TableStorage) {
    this.table = storage.table('Rounds');
  }

  /**
   * A new round id: the time first so ids sort by creation, then randomness so two coordinators
   * creating a round in the same millisecond still get different ids.
   */
  static newId(now: Date): string {
    return `${now.getTime().toString(36).padStart(9, '0')}${randomBytes(4).toString('hex')}`;
  }

  /** Inserts a round; a round with the same id already stored is a conflict, not an overwrite. */
  async create(round: Round): Promise<string> {
    try {
      const result = await this.table.createEntity(toRow(round));
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'round', round.id);
    }
  }

  /**
   * A round as read at most `maxAgeMs` ago, for the answer path, which reads the same round for
   * every reply. Writes through this repository drop the round from the cache at once; another
   * instance's change is seen within `maxAgeMs`.
   */
  async getRecent(roundId: string, now: number, maxAgeMs = 2000): Promise<Stored<Round>> {
    const cached = this.recent.get(roundId);
    if (cached && now - cached.at < maxAgeMs) return cached.stored;
    const stored = await this.get(roundId);
    if (this.recent.size > 1000) this.recent.clear();
    this.recent.set(roundId, { stored, at: now });
    return stored;
  }

  async get(roundId: string): Promise<Stored<Round>> {
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(partitionKey, roundId);
      return { value: fromRow(row), etag: row.etag };
    } catch (error) {
      return translateTableError(error, 'round', roundId);
    }
  }

  /** Replaces a round only if nobody changed it since `etag` was read; returns the new ETag. */
  async update(round: Round, etag: string): Promise<string> {
    this.recent.delete(round.id);
    try {
      const result = await this.table.updateEntity(toRow(round), 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      return translateTableError(error, 'round', round.id);
    }
  }

  async delete(roundId: string, etag: string): Promise<void> {
    this.recent.delete(roundId);
    try {
      await this.table.deleteEntity(partitionKey, roundId, { etag });
    } catch (error) {
      translateTableError(error, 'round', roundId);
    }
  }

  /** Every round, newest first. */
  async list(): Promise<Stored<Round>[]> {
    const rounds: Stored<Round>[] = [];
    const filter = `PartitionKey eq ${odataString(partitionKey)}`;
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      rounds.push({ value: fromRow(row), etag: row.etag });
    }
    return rounds.sort((a, b) => b.value.createdAt.getTime() - a.value.createdAt.getTime());
  }
}

const partitionKey = 'round';

function toRow(round: Round) {
  return {
    partitionKey,
    rowKey: round.id,
    state: round.state,
    locale: round.locale,
    title: round.title,
    purpose: round.purpose,
    // Questions and notes are small lists (at most 10 × 500 characters), well inside one 64 KiB property.
    questions: JSON.stringify(round.questions),
    reflectionHint: round.reflectionHint,
    outOfScope: JSON.stringify(round.outOfScope),
    deadline: round.deadline ? round.deadline.toISOString() : '',
    createdById: round.createdBy.id,
    createdByName: round.createdBy.name,
    createdAt: round.createdAt.toISOString(),
    updatedAt: round.updatedAt.toISOString(),
    reminders: JSON.stringify(round.reminders),
    anonymityThreshold: round.anonymityThreshold,
    openedAt: round.openedAt ? round.openedAt.toISOString() : '',
    closedAt: round.closedAt ? round.closedAt.toISOString() : '',
    // At most 20 addresses of 254 characters: well inside one property.
    compilers: JSON.stringify(round.compilers ?? []),
  };
}

function fromRow(row: TableEntityResult<Record<string, unknown>>): Round {
  return {
    id: row.rowKey as string,
    state: row.state as RoundState,
    locale: resolveLocale(String(row.locale), 'sv'),
    title: String(row.title ?? ''),
    purpose: String(row.purpose ?? ''),
    questions: JSON.parse(String(row.questions ?? '[]')) as Question[],
    reflectionHint: String(row.reflectionHint ?? ''),
    outOfScope: JSON.parse(String(row.outOfScope ?? '[]')) as string[],
    deadline: row.deadline ? new Date(String(row.deadline)) : null,
    createdBy: { id: String(row.createdById ?? ''), name: String(row.createdByName ?? '') },
    createdAt: new Date(String(row.createdAt)),
    updatedAt: new Date(String(row.updatedAt)),
    reminders: row.reminders ? (JSON.parse(String(row.reminders)) as ReminderPolicy) : defaultReminderPolicy,
    // Rounds stored before the threshold existed get the default.
    anonymityThreshold:
      typeof row.anonymityThreshold === 'number' ? row.anonymityThreshold : defaultAnonymityThreshold,
    openedAt: row.openedAt ? new Date(String(row.openedAt)) : null,
    closedAt: row.closedAt ? new Date(String(row.closedAt)) : null,
    compilers: row.compilers ? (JSON.parse(String(row.compilers)) as string[]) : [],
  };
}
