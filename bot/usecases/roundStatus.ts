import { membersWhoAnsweredAll, questionsAnswered } from '../domain/answerProgress';
import { summarizeDeliveries } from '../domain/delivery';
import { summarizeReminders } from '../domain/reminder';
import type { Response } from '../domain/response';
import type { RoundStatus } from '../domain/roundProgress';
import type { Stored } from '../storage/stored';
import { groupNameLookup } from './groupDirectory';
import type { RoundStores } from './roundServices';

/** Where a round stands, group by group: prompts sent, pending or failed, and answers so far. */
export async function roundStatus(
  stores: RoundStores,
  roundId: string,
  /** The round's answers when the caller has read them already: a large round's are costly to read twice. */
  answers?: Promise<Stored<Response>[]>,
): Promise<RoundStatus> {
  const { value: round } = await stores.rounds.get(roundId);
  const [targets, deliveries, responses, nameOf, reminders] = await Promise.all([
    stores.targets.list(roundId),
    stores.deliveries.list(roundId),
    answers ?? stores.responses.forRound(roundId),
    groupNameLookup(stores, round.locale),
    stores.reminders.list(roundId),
  ]);
  const summaries = summarizeDeliveries(deliveries.map((stored) => stored.value));
  const live = responses.map((stored) => stored.value).filter((response) => response.withdrawnAt === null);
  return {
    round,
    reminders: summarizeReminders(reminders.map((stored) => stored.value)),
    groups: targets.map((target) => {
      const own = live.filter((response) => response.groupId === target.groupId);
      const together = target.mode === 'together';
      const done = membersWhoAnsweredAll(own, round.questions.length);
      return {
        groupId: target.groupId,
        name: nameOf(target.groupId),
        mode: target.mode,
        delivery: summaries.get(target.groupId) ?? {
          groupId: target.groupId,
          sent: 0,
          pending: 0,
          failed: 0,
          total: 0,
          failures: [],
        },
        answered: together
          ? questionsAnswered(own).size
          : target.members.filter((member) => done.has(member.id)).length,
        answerable: together ? round.questions.length : target.members.length,
      };
    }),
  };
}
