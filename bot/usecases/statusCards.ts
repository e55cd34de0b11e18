import type { RoundStatus } from '../domain/roundProgress';
import type { LiveStatusCard } from '../domain/statusCard';
import type { RoundStores } from './roundServices';
import { roundStatus } from './roundStatus';

/** A status card that follows one round: remembered, so progress redraws it in place. */
export async function rememberStatusCard(
  stores: Pick<RoundStores, 'statusCards'>,
  card: LiveStatusCard,
): Promise<void> {
  await stores.statusCards.remember(card);
}

/** The status cards open on a round, with the round's status to draw them with (none: not read). */
export async function statusCardsToRedraw(
  stores: RoundStores,
  roundId: string,
): Promise<{ cards: LiveStatusCard[]; status?: RoundStatus }> {
  const cards = await stores.statusCards.forRound(roundId);
  if (cards.length === 0) return { cards };
  return { cards, status: await roundStatus(stores, roundId) };
}
