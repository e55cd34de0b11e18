import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import type { InstalledTeam, TeamChannel } from '../domain/team';
import { submitInBatches } from './tableBatches';
import { translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Teams the bot is installed in, with their channels and where to write to them.
 * Keys: one partition per team (PK = team id); the team itself is RK `team`, each channel
 * `channel|<channel id>`. Reading one team is one partition query; saving a team and its
 * channels is one batch per 100 rows, so an install is stored whole or not at all.
 */
export class TeamRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('Teams');
  }

  /** Stores a team as seen at install (or on a later change), replacing its list of channels. */
  async save(team: InstalledTeam): Promise<void> {
    const partitionKey = encodeKey(team.id);
    const existing = await this.rows(partitionKey);
    const keep = new Set(team.channels.map((channel) => channelRowKey(channel.id)));
    const actions: TransactionAction[] = [
      ['upsert', teamRow(team), 'Replace'],
      ...team.channels.map(
        (channel): TransactionAction => ['upsert', channelRow(team.id, channel), 'Replace'],
      ),
      ...existing
        .filter((row) => row.rowKey !== teamRowKey && !keep.has(row.rowKey as string))
        .map((row): TransactionAction => ['delete', { partitionKey, rowKey: row.rowKey as string }]),
    ];
    try {
      // A batch holds at most 100 operations; the team row goes in the first one.
      await submitInBatches(this.table, actions, 1);
    } catch (error) {
      translateTableError(error, 'team', team.id);
    }
  }

  async get(teamId: string): Promise<InstalledTeam | undefined> {
    const rows = await this.rows(encodeKey(teamId));
    return toTeams(rows)[0];
  }

  /** All teams the bot knows, installed ones first, each sorted by name. */
  async list(options: { includeRemoved?: boolean } = {}): Promise<InstalledTeam[]> {
    const rows: TableEntityResult<Record<string, unknown>>[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>()) rows.push(row);
    return toTeams(rows)
      .filter((team) => options.includeRemoved || team.removedAt === null)
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  /** The bot was removed from the team: keep what it knew (answers refer to it), mark it gone. */
  async markRemoved(teamId: string, now: Date): Promise<void> {
    try {
      await this.table.updateEntity(
        { partitionKey: encodeKey(teamId), rowKey: teamRowKey, removedAt: now.toISOString() },
        'Merge',
      );
    } catch (error) {
      translateTableError(error, 'team', teamId);
    }
  }

  private async rows(partitionKey: string): Promise<TableEntityResult<Record<string, unknown>>[]> {
    const rows: TableEntityResult<Record<string, unknown>>[] = [];
    const filter = `PartitionKey eq ${odataString(partitionKey)}`;
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      rows.push(row);
    }
    return rows;
  }
}

const teamRowKey = 'team';
const channelPrefix = 'channel|';

function channelRowKey(channelId: string): string {
  return `${channelPrefix}${encodeKey(channelId)}`;
}

function teamRow(team: InstalledTeam) {
  return {
    partitionKey: encodeKey(team.id),
    rowKey: teamRowKey,
    name: team.name,
    aadGroupId: team.aadGroupId ?? '',
    tenantId: team.tenantId,
    channelId: team.address.channelId,
    serviceUrl: team.address.serviceUrl,
    conversationId: team.address.conversationId,
    botId: team.address.botId,
    botName: team.address.botName ?? '',
    installedAt: team.installedAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
    removedAt: team.removedAt ? team.removedAt.toISOString() : '',
  };
}

function channelRow(teamId: string, channel: TeamChannel) {
  return {
    partitionKey: encodeKey(teamId),
    rowKey: channelRowKey(channel.id),
    name: channel.name,
    isGeneral: channel.isGeneral,
  };
}

function toTeams(rows: TableEntityResult<Record<string, unknown>>[]): InstalledTeam[] {
  const channelsByTeam = new Map<string, TeamChannel[]>();
  for (const row of rows) {
    const rowKey = row.rowKey as string;
    if (!rowKey.startsWith(channelPrefix)) continue;
    const list = channelsByTeam.get(row.partitionKey as string) ?? [];
    list.push({
      id: decodeKey(rowKey.slice(channelPrefix.length)),
      name: String(row.name ?? ''),
      isGeneral: row.isGeneral === true,
    });
    channelsByTeam.set(row.partitionKey as string, list);
  }
  return rows
    .filter((row) => row.rowKey === teamRowKey)
    .map((row) => {
      const channels = channelsByTeam.get(row.partitionKey as string) ?? [];
      // The General channel first, then the others alphabetically, as Teams lists them.
      channels.sort(
        (a, b) => Number(b.isGeneral) - Number(a.isGeneral) || a.name.localeCompare(b.name, 'sv'),
      );
      const aadGroupId = String(row.aadGroupId ?? '');
      const botName = String(row.botName ?? '');
      return {
        id: decodeKey(row.partitionKey as string),
        name: String(row.name ?? ''),
        ...(aadGroupId ? { aadGroupId } : {}),
        tenantId: String(row.tenantId ?? ''),
        address: {
          channelId: String(row.channelId ?? 'msteams'),
          serviceUrl: String(row.serviceUrl ?? ''),
          tenantId: String(row.tenantId ?? ''),
          conversationId: String(row.conversationId ?? ''),
          botId: String(row.botId ?? ''),
          ...(botName ? { botName } : {}),
        },
        channels,
        installedAt: new Date(String(row.installedAt)),
        updatedAt: new Date(String(row.updatedAt)),
        removedAt: row.removedAt ? new Date(String(row.removedAt)) : null,
      };
    });
}
