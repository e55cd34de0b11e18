import type { TableClient } from '@azure/data-tables';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/** What a conversation the bot started belongs to: a prompt's thread or 1:1 chat → round and group. */
export type ThreadLink = {
  conversationId: string;
  roundId: string;
  groupId: string;
  kind: 'channel' | 'person';
  personId?: string;
};

/**
 * Replies in a prompt's thread arrive with the thread's conversation id; this table answers "which
 * round and group is that?" in one point read. PK = the conversation id, RK = round id, since a
 * 1:1 chat serves every round sent to that person.
 */
export class ThreadRepository {
  private readonly table: TableClient;
  private readonly threads = new Map<string, ThreadLink>();

  constructor(storage: TableStorage) {
    this.table = storage.table('Threads');
  }

  async link(link: ThreadLink): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: encodeKey(link.conversationId),
          rowKey: encodeKey(link.roundId),
          groupId: link.groupId,
          kind: link.kind,
          personId: link.personId ?? '',
        },
        'Replace',
      );
    } catch (error) {
      translateTableError(error, 'thread', link.conversationId);
    }
  }

  /** Every round a conversation serves; a thread serves one, a 1:1 chat one per round sent there. */
  async linksOf(conversationId: string): Promise<ThreadLink[]> {
    // A channel thread belongs to one round for good, so once found it is kept; a 1:1 chat gains
    // a round with every round sent to the person, so it is always read afresh.
    const kept = this.threads.get(conversationId);
    if (kept) return [kept];
    const links = await this.read(conversationId);
    const [only] = links;
    if (links.length === 1 && only?.kind === 'channel') {
      if (this.threads.size > 10_000) this.threads.clear();
      this.threads.set(conversationId, only);
    }
    return links;
  }

  private async read(conversationId: string): Promise<ThreadLink[]> {
    const links: ThreadLink[] = [];
    const filter = `PartitionKey eq ${odataString(encodeKey(conversationId))}`;
    try {
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        links.push(toLink(conversationId, decodeKey(row.rowKey as string), row));
      }
    } catch (error) {
      translateTableError(error, 'thread', conversationId);
    }
    return links;
  }

  async find(conversationId: string, roundId: string): Promise<ThreadLink | undefined> {
    try {
      const row = await this.table.getEntity<Record<string, unknown>>(
        encodeKey(conversationId),
        encodeKey(roundId),
      );
      return toLink(conversationId, roundId, row);
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      return translateTableError(error, 'thread', conversationId);
    }
  }
}

function toLink(conversationId: string, roundId: string, row: Record<string, unknown>): ThreadLink {
  return {
    conversationId,
    roundId,
    groupId: String(row.groupId),
    kind: row.kind as ThreadLink['kind'],
    ...(row.personId ? { personId: String(row.personId) } : {}),
  };
}
