import type { TableClient } from '@azure/data-tables';
import type { LiveStatusCard } from '../domain/statusCard';
import type { ConversationAddress } from '../domain/team';
import { translateTableError } from './tableErrors';
import { decodeKey, encodeKey, odataString } from './tableKeys';
import type { TableStorage } from './tableStorage';

/**
 * Kept in storage rather than in memory, so that whichever instance delivers a prompt can redraw
 * the card. PK = round id, RK = the card's activity id.
 */
export class StatusCardRepository {
  private readonly table: TableClient;

  constructor(storage: TableStorage) {
    this.table = storage.table('StatusCards');
  }

  async remember(card: LiveStatusCard): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: encodeKey(card.roundId),
          rowKey: encodeKey(card.activityId),
          address: JSON.stringify(card.address),
          locale: card.locale,
          viewerId: card.viewerId,
        },
        'Replace',
      );
    } catch (error) {
      translateTableError(error, 'status card', card.activityId);
    }
  }

  async forRound(roundId: string): Promise<LiveStatusCard[]> {
    const cards: LiveStatusCard[] = [];
    const filter = `PartitionKey eq ${odataString(encodeKey(roundId))}`;
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      cards.push({
        roundId,
        activityId: decodeKey(row.rowKey as string),
        address: JSON.parse(String(row.address)) as ConversationAddress,
        locale: row.locale === 'en' ? 'en' : 'sv',
        viewerId: String(row.viewerId),
      });
    }
    return cards;
  }
}
