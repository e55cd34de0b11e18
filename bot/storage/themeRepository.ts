import type { TableClient } from '@azure/data-tables';
import type { StoredThemes, ThemePart } from '../domain/storedThemes';
import { packText, unpackText } from './packedText';
import { deletePartition } from './tableBatches';
import { isStatus, translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString, prefixUpperBound } from './tableKeys';
import type { TableStorage } from './tableStorage';

export type { StoredThemes, ThemePart };

/**
 * Themes per round and scope. Keys: PK = round id, RK = scope, so the tab reads all of a round's
 * themes in one partition query. A result larger than one property is split across several.
 */
export class ThemeRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Themes');
  }

  async save(themes: StoredThemes): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: encodeKey(themes.roundId),
          rowKey: encodeKey(themes.scope),
          engineVersion: themes.engineVersion,
          inputHash: themes.inputHash,
          answerCount: themes.answerCount,
          computedAt: themes.computedAt.toISOString(),
          ...packText('result', themes.result, 'chunks'),
        },
        'Replace',
      );
    } catch (error) {
      translateTableError(error, 'themes', `${themes.roundId}/${themes.scope}`);
    }
  }

  async get(roundId: string, scope: string): Promise<StoredThemes | undefined> {
    try {
      return fromRow(
        await this.table.getEntity<Record<string, unknown>>(encodeKey(roundId), encodeKey(scope)),
        roundId,
        scope,
      );
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      return translateTableError(error, 'themes', `${roundId}/${scope}`);
    }
  }

  /** Removes a round's themes, every scope. */
  async deleteRound(roundId: string): Promise<void> {
    try {
      await deletePartition(this.table, encodeKey(roundId));
    } catch (error) {
      translateTableError(error, 'themes', roundId);
    }
  }

  /** Every scope's themes of a round. */
  async forRound(roundId: string): Promise<StoredThemes[]> {
    return this.query(roundId, `PartitionKey eq ${odataString(encodeKey(roundId))}`);
  }

  /**
   * One part of a round's themes: the round-wide scopes (`round`, `question|<n>`) or one group's
   * (`group|<id>`, `group|<id>|question|<n>`). A view needs a few of a round's scopes, and a large
   * round has hundreds (one set per group), so reading only the part shown is what keeps it quick.
   */
  async forPart(roundId: string, part: ThemePart): Promise<StoredThemes[]> {
    const [exact, prefix] =
      part.kind === 'round' ? ['round', 'question|'] : [`group|${part.groupId}`, `group|${part.groupId}|`];
    const low = encodeKey(prefix);
    const inPrefix = `RowKey ge ${odataString(low)} and RowKey lt ${odataString(prefixUpperBound(low))}`;
    const found = await this.query(
      roundId,
      `PartitionKey eq ${odataString(encodeKey(roundId))} and (RowKey eq ${odataString(encodeKey(exact))} or (${inPrefix}))`,
    );
    // The prefix of group `a` also holds a group named `a|b`; only `<prefix>question|<n>` belongs.
    const rest = part.kind === 'round' ? /^\d+$/ : /^question\|\d+$/;
    return found.filter(
      ({ scope }) => scope === exact || (scope.startsWith(prefix) && rest.test(scope.slice(prefix.length))),
    );
  }

  private async query(roundId: string, filter: string): Promise<StoredThemes[]> {
    const found: StoredThemes[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      found.push(fromRow(row, roundId, decodeKey(row.rowKey as string)));
    }
    return found;
  }
}

function fromRow(row: Record<string, unknown>, roundId: string, scope: string): StoredThemes {
  return {
    roundId,
    scope,
    engineVersion: String(row.engineVersion ?? ''),
    inputHash: String(row.inputHash ?? ''),
    answerCount: Number(row.answerCount ?? 0),
    computedAt: new Date(String(row.computedAt)),
    result: unpackText(row, 'result', 'chunks'),
  };
}
