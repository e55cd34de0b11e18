import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import type { AnswerMode } from '../domain/group';
import type { Member } from '../domain/person';
import type { RoundTarget } from '../domain/target';
import { submitInBatches } from './tableBatches';
import { translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Which groups a round goes to, how each answers, and who is asked when individually.
 * Keys: PK = round id; RK `t|<group>` for the target, `m|<group>|<person>` per member, so the
 * whole choice of a round is one partition and is replaced in batches.
 */
export class TargetRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Targets');
  }

  async list(roundId: string): Promise<RoundTarget[]> {
    return targetsOf(roundId, await this.rows(roundId));
  }

  /**
   * Every round's targets in one scan of the table, for lists of many rounds: one query (paged)
   * instead of one per round.
   */
  async listAll(): Promise<Map<string, RoundTarget[]>> {
    const byRound = new Map<string, TableEntityResult<Record<string, unknown>>[]>();
    try {
      for await (const row of this.table.listEntities<Record<string, unknown>>()) {
        const roundId = decodeKey(row.partitionKey as string);
        const rows = byRound.get(roundId) ?? [];
        rows.push(row);
        byRound.set(roundId, rows);
      }
    } catch (error) {
      translateTableError(error, 'targets', '*');
    }
    return new Map([...byRound].map(([roundId, rows]) => [roundId, targetsOf(roundId, rows)]));
  }

  /** Replaces a round's targets with these: groups and members not among them are removed. */
  async replace(roundId: string, targets: readonly RoundTarget[]): Promise<void> {
    const partitionKey = encodeKey(roundId);
    const wanted = new Map<string, Record<string, unknown>>();
    targets.forEach((target, order) => {
      wanted.set(`t|${encodeKey(target.groupId)}`, { mode: target.mode, order });
      for (const member of target.members) {
        wanted.set(`m|${encodeKey(target.groupId)}|${encodeKey(member.id)}`, {
          personId: member.id,
          name: member.name,
          userId: member.userId,
        });
      }
    });
    const existing = await this.rows(roundId);
    const actions: TransactionAction[] = [
      ...existing
        .filter((row) => !wanted.has(row.rowKey as string))
        .map((row): TransactionAction => ['delete', { partitionKey, rowKey: row.rowKey as string }]),
      ...[...wanted].map(
        ([rowKey, values]): TransactionAction => ['upsert', { partitionKey, rowKey, ...values }, 'Replace'],
      ),
    ];
    try {
      await submitInBatches(this.table, actions);
    } catch (error) {
      translateTableError(error, 'targets', roundId);
    }
  }

  private async rows(roundId: string): Promise<TableEntityResult<Record<string, unknown>>[]> {
    const rows: TableEntityResult<Record<string, unknown>>[] = [];
    const filter = `PartitionKey eq ${odataString(encodeKey(roundId))}`;
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      rows.push(row);
    }
    return rows;
  }
}

/** A round's targets from its rows: `t|` rows are groups, `m|` rows their members. */
function targetsOf(
  roundId: string,
  rows: readonly TableEntityResult<Record<string, unknown>>[],
): RoundTarget[] {
  const members = new Map<string, Member[]>();
  for (const row of rows) {
    const rowKey = row.rowKey as string;
    if (!rowKey.startsWith('m|')) continue;
    const [, group] = rowKey.split('|');
    const list = members.get(decodeKey(group ?? '')) ?? [];
    list.push({ id: String(row.personId), name: String(row.name), userId: String(row.userId) });
    members.set(decodeKey(group ?? ''), list);
  }
  // Targets keep the order the coordinator chose them in.
  return rows
    .filter((row) => (row.rowKey as string).startsWith('t|'))
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((row) => {
      const groupId = decodeKey((row.rowKey as string).slice(2));
      return {
        roundId,
        groupId,
        mode: row.mode as AnswerMode,
        members: (members.get(groupId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      };
    });
}
