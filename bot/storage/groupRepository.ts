import type { TableClient } from '@azure/data-tables';
import { ValidationError } from '../domain/errors';
import { groupNameMaxLength } from '../domain/group';
import { translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * The names coordinators give groups. A group is a channel, so only the name needs storing; the
 * channel itself is known from the team. One partition: a region has tens of groups, not thousands.
 */
export class GroupRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Groups');
  }

  async names(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const filter = `PartitionKey eq ${odataString(partitionKey)}`;
    for await (const row of this.table.listEntities<{ name: string }>({ queryOptions: { filter } })) {
      names.set(decodeKey(row.rowKey as string), row.name);
    }
    return names;
  }

  /** Names a group; an empty name returns it to the name it has in Teams. */
  async rename(groupId: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (trimmed.length > groupNameMaxLength) {
      throw new ValidationError(`A group name has at most ${groupNameMaxLength} characters`, 'name');
    }
    try {
      if (trimmed === '') {
        await this.table
          .deleteEntity(partitionKey, encodeKey(groupId))
          .catch((error: { statusCode?: number }) => {
            if (error.statusCode !== 404) throw error;
          });
        return;
      }
      await this.table.upsertEntity({ partitionKey, rowKey: encodeKey(groupId), name: trimmed }, 'Replace');
    } catch (error) {
      translateTableError(error, 'group', groupId);
    }
  }
}

const partitionKey = 'group';
