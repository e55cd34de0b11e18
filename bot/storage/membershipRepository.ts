import type { TableClient } from '@azure/data-tables';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/** How many rows are written at once: rows of different people are different partitions. */
const parallelWrites = 8;

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

  async add(groupIds: readonly string[], personIds: readonly string[]): Promise<void> {
    await this.forEachRow(groupIds, personIds, (partitionKey, rowKey) =>
      this.table.upsertEntity({ partitionKey, rowKey }, 'Replace').then(() => undefined),
    );
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
    let next = 0;
    const lane = async () => {
      while (next < rows.length) {
        const [partitionKey, rowKey] = rows[next++] as readonly [string, string];
        try {
          await write(partitionKey, rowKey);
        } catch (error) {
          translateTableError(error, 'membership', `${partitionKey}/${rowKey}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallelWrites, rows.length) }, lane));
  }
}

/** Entra object ids are GUIDs; tokens and rosters may differ in case. */
function personKey(personId: string): string {
  return encodeKey(personId.toLowerCase());
}
