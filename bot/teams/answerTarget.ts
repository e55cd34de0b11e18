import type { TurnContext } from 'botbuilder';
import type { Person } from '../domain/person';
import type { ResponseSource } from '../domain/response';
import type { Round } from '../domain/round';
import type { RoundRepository } from '../storage/roundRepository';
import type { ThreadLink, ThreadRepository } from '../storage/threadRepository';

/** The round and group a message answers, found from the conversation it was written in. */
export type AnswerTarget = { round: Round; groupId: string; source: ResponseSource; author: Person };

/**
 * A reply in a prompt's thread belongs to that thread's round and group. A message in a 1:1 chat
 * belongs to the round sent there to that person that is open (the most recently opened, when
 * several are); if none is open, to the latest, so the person is told it has closed.
 */
export async function answerTarget(
  context: TurnContext,
  stores: { threads: ThreadRepository; rounds: RoundRepository },
): Promise<AnswerTarget | undefined> {
  const activity = context.activity;
  const author = { id: activity.from.aadObjectId ?? activity.from.id, name: activity.from.name ?? '' };
  const links = await stores.threads.linksOf(activity.conversation.id);
  const personal = activity.conversation.conversationType === 'personal';
  const own = personal
    ? links.filter((link) => link.kind === 'person' && link.personId === author.id)
    : links.filter((link) => link.kind === 'channel');
  if (own.length === 0) return undefined;

  const candidates: { link: ThreadLink; round: Round }[] = [];
  for (const link of own) {
    candidates.push({ link, round: (await stores.rounds.getRecent(link.roundId, Date.now())).value });
  }
  const opened = (round: Round) => round.openedAt?.getTime() ?? 0;
  candidates.sort(
    (a, b) =>
      Number(b.round.state === 'open') - Number(a.round.state === 'open') ||
      opened(b.round) - opened(a.round),
  );
  const [chosen] = candidates;
  if (!chosen) return undefined;
  return { round: chosen.round, groupId: chosen.link.groupId, source: personal ? 'chat' : 'thread', author };
}
