import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import { batchLimit } from './tableBatches';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/** How many writes run at once: rows of different people are different partitions. */
const parallelWrites = 16;

/**
 * Who belongs to which group, as the group's team roster says: what lets a member of a group that
 * answers together see their group in the tab. Keys: PK = the person's Entra object id (lower
 * case), RK = group id, so "my groups" is one partition read on every tab call; the rarer
 * "everyone in a group" (when a roster is read again) is a query across partitions.
 */
export class MembershipRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Memberships');
  }

  async groupsOf(personId: string): Promise<Set<string>> {
    const groups = new Set<string>();
    const filter = `PartitionKey eq ${odataString(personKey(personId))}`;
    try {
      for await (const row of this.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) {
        groups.add(decodeKey(row.rowKey as string));
      }
    } catch (error) {
      translateTableError(error, 'membership', personId);
    }
    return groups;
  }

  /** The group's members, by object id in lower case. */
  async membersOf(groupId: string): Promise<Set<string>> {
    const people = new Set<string>();
    const filter = `RowKey eq ${odataString(encodeKey(groupId))}`;
    try {
      for await (const row of this.table.listEntities({
        queryOptions: { filter, select: ['PartitionKey'] },
      })) {
        people.add(decodeKey(row.partitionKey as string));
      }
    } catch (error) {
      translateTableError(error, 'membership', groupId);
    }
    return people;
  }

  /** The group's members become exactly `personIds`: those not among them leave it. */
  async replaceMembers(groupId: string, personIds: readonly string[]): Promise<void> {
    const wanted = new Set(personIds.map((person) => person.toLowerCase()));
    const current = await this.membersOf(groupId);
    await this.add(
      [groupId],
      [...wanted].filter((person) => !current.has(person)),
    );
    await this.remove(
      [groupId],
      [...current].filter((person) => !wanted.has(person)),
    );
  }

  /**
   * The people join the groups. A person's rows share a partition, so each person's are one batch:
   * a team of 3,000 joining with its channels is 3,000 writes, not one per person and channel.
   */
  async add(groupIds: readonly string[], personIds: readonly string[]): Promise<void> {
    if (groupIds.length === 0) return;
    const people = [...new Set(personIds.map(personKey))];
    const rowKeys = [...new Set(groupIds.map(encodeKey))];
    await inLanes(people, async (partitionKey) => {
      for (let start = 0; start < rowKeys.length; start += batchLimit) {
        const actions = rowKeys
          .slice(start, start + batchLimit)
          .map((rowKey): TransactionAction => ['upsert', { partitionKey, rowKey }, 'Replace']);
        try {
          if (actions.length === 1) await this.table.upsertEntity(actions[0]?.[1] as TableEntity, 'Replace');
          else await this.table.submitTransaction(actions);
        } catch (error) {
          translateTableError(error, 'membership', partitionKey);
        }
      }
    });
  }

  async remove(groupIds: readonly string[], personIds: readonly string[]): Promise<void> {
    await this.forEachRow(groupIds, personIds, async (partitionKey, rowKey) => {
      try {
        await this.table.deleteEntity(partitionKey, rowKey);
      } catch (error) {
        // Already gone is what was asked for.
        if (!isStatus(error, 404)) throw error;
      }
    });
  }

  private async forEachRow(
    groupIds: readonly string[],
    personIds: readonly string[],
    write: (partitionKey: string, rowKey: string) => Promise<void>,
  ): Promise<void> {
    const rows = personIds.flatMap((person) =>
      groupIds.map((group) => [personKey(person), encodeKey(group)] as const),
    );
    await inLanes(rows, async ([partitionKey, rowKey]) => {
      try {
        await write(partitionKey, rowKey);
      } catch (error) {
        translateTableError(error, 'membership', `${partitionKey}/${rowKey}`);
      }
    });
  }
}

/** Runs `work` on every item, a few at a time. */
async function inLanes<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(parallelWrites, items.length) }, lane));
}

/** Entra object ids are GUIDs; tokens and rosters may differ in case. */
function personKey(personId: string): string {
  return encodeKey(personId.toLowerCase());
}
