import { NotFoundError } from '../domain/errors';
import type { AnswerMode } from '../domain/group';
import type { Round } from '../domain/round';
import type { ThreadRepository } from '../storage/threadRepository';
import type { RoundStores } from './roundServices';

/** Who acts on a card, and where the card they act on lives, as Teams tells it. */
export type CardActor = {
  /** The Entra object id when Teams gives it, else the channel account id: as answers store it. */
  id: string;
  conversationId: string;
};

export type CardPlace = { round: Round; groupId: string; mode: AnswerMode };

export type CardPlaceOutcome =
  | { kind: 'allowed'; place: CardPlace }
  /** The card's data names no round and group of it: a doctored or outdated card. */
  | { kind: 'refused'; code: 'unknownCard' }
  /** The card was not sent where it is acted on, or not to this person. */
  | { kind: 'refused'; code: 'notYours' };

/**
 * The round and group a prompt card's action is about, and whether this person may act on it
 * there. The ids in the card's data are only a claim: what decides is where the bot itself sent
 * that round's card for that group. A group answering together answers in its prompt's channel
 * thread (Teams shows a thread only to those who can see the channel); a group answering
 * individually answers in each member's own 1:1 chat, which only that person writes in.
 */
export async function cardPlaceFor(
  stores: Pick<RoundStores, 'rounds' | 'targets'> & { threads: ThreadRepository },
  claim: { roundId: string; groupId: string },
  actor: CardActor,
): Promise<CardPlaceOutcome> {
  let round: Round;
  try {
    round = (await stores.rounds.get(claim.roundId)).value;
  } catch (error) {
    if (error instanceof NotFoundError) return { kind: 'refused', code: 'unknownCard' };
    throw error;
  }
  const target = (await stores.targets.list(round.id)).find((t) => t.groupId === claim.groupId);
  if (!target) return { kind: 'refused', code: 'unknownCard' };

  const link = await stores.threads.find(actor.conversationId, round.id);
  const sentHere =
    link?.groupId === target.groupId &&
    (target.mode === 'together'
      ? link.kind === 'channel'
      : link.kind === 'person' && link.personId === actor.id);
  if (!sentHere) return { kind: 'refused', code: 'notYours' };
  return { kind: 'allowed', place: { round, groupId: target.groupId, mode: target.mode } };
}
