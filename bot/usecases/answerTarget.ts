import type { Person } from '../domain/person';
import type { ResponseSource } from '../domain/response';
import type { Round } from '../domain/round';
import type { RoundRepository } from '../storage/roundRepository';
import type { ThreadLink, ThreadRepository } from '../storage/threadRepository';

/** The round and group a message answers, found from the conversation it was written in. */
export type AnswerTarget = { round: Round; groupId: string; source: ResponseSource; author: Person };

/** Where a message was written and by whom, as Teams tells it. */
export type MessagePlace = { conversationId: string; personal: boolean; author: Person };

/**
 * A reply in a prompt's thread belongs to that thread's round and group. A message in a 1:1 chat
 * belongs to the round sent there to that person that is open (the most recently opened, when
 * several are); if none is open, to the latest, so the person is told it has closed. A message
 * anywhere else, or in a chat the bot sent that person nothing in, answers nothing.
 */
export async function answerTarget(
  stores: { threads: ThreadRepository; rounds: RoundRepository },
  place: MessagePlace,
  /** Wall-clock milliseconds: a round read this recently is not read again (a burst of replies). */
  readAt: number,
): Promise<AnswerTarget | undefined> {
  const links = await stores.threads.linksOf(place.conversationId);
  const own = place.personal
    ? links.filter((link) => link.kind === 'person' && link.personId === place.author.id)
    : links.filter((link) => link.kind === 'channel');
  if (own.length === 0) return undefined;

  const candidates: { link: ThreadLink; round: Round }[] = [];
  for (const link of own) {
    candidates.push({ link, round: (await stores.rounds.getRecent(link.roundId, readAt)).value });
  }
  const opened = (round: Round) => round.openedAt?.getTime() ?? 0;
  candidates.sort(
    (a, b) =>
      Number(b.round.state === 'open') - Number(a.round.state === 'open') ||
      opened(b.round) - opened(a.round),
  );
  const [chosen] = candidates;
  if (!chosen) return undefined;
  return {
    round: chosen.round,
    groupId: chosen.link.groupId,
    source: place.personal ? 'chat' : 'thread',
    author: place.author,
  };
}
