import type { Logger } from 'pino';
import { withAnswerForm } from '../cards/answerForm';
import { promptCard } from '../cards/promptCard';
import { reminderText, threadLink } from '../cards/reminderMessage';
import { deadlineText } from '../domain/deadlineText';
import type { DeliveryEntry } from '../domain/delivery';
import { ConflictError } from '../domain/errors';
import type { AnswerMode } from '../domain/group';
import type { Locale } from '../domain/locale';
import { claim, isClaimable, markSent, markSkipped, recordFailure } from '../domain/outbox';
import { autoOccasion, isRoundNotice, planReminders, type ReminderEntry } from '../domain/reminder';
import { needKey, reminderNeeds } from '../domain/reminderNeeds';
import { dueSlots } from '../domain/reminderPolicy';
import type { Round } from '../domain/round';
import { format, messagesFor } from '../i18n/messages';
import type { ReminderRepository } from '../storage/reminderRepository';
import type { Stored } from '../storage/stored';
import { cardAnswerState } from '../usecases/cardAnswers';
import type { RoundStores } from '../usecases/roundServices';
import type { Delivered, NotDelivered } from './promptPort';
import type { ReminderPort } from './reminderPort';
import { OutboxWorker } from './workerLoop';

type GroupsOfRound = { nameOf: (groupId: string) => string; modes: Map<string, AnswerMode> };

export type ReminderWorkerDeps = {
  workerId: string;
  stores: RoundStores;
  reminders: ReminderRepository;
  port: ReminderPort;
  groupNames: (locale: Locale) => Promise<(groupId: string) => string>;
  logger: Logger;
  now: () => Date;
  /** How often to look at the clock; reminders are due at whole minutes, so a minute is plenty. */
  tickMs?: number;
};

/**
 * Sends reminders from stored state and the clock, never from timers that die with the process.
 * Each tick plans the slots that are due (inserting one row per group or person that still owes
 * answers: the insert fails for a row already there, so schedulers on several instances plan each
 * reminder once), then sends what is planned and unsent, claiming each row as the delivery worker
 * does. Just before sending it looks again: someone who has answered meanwhile gets nothing.
 */
export class ReminderWorker extends OutboxWorker {
  constructor(private readonly deps: ReminderWorkerDeps) {
    super({ name: 'reminder', intervalMs: deps.tickMs ?? 60_000, logger: deps.logger });
  }

  /** One pass: plan what is due, then send what is planned. Resolves with how many were settled. */
  override async runOnce(): Promise<number> {
    let settled = 0;
    for (const { value: round } of await this.deps.stores.rounds.list()) {
      if (this.stopped || round.state === 'draft') continue;
      if (round.state === 'open') await this.planDue(round);
      settled += await this.sendPlanned(round);
    }
    return settled;
  }

  private async planDue(round: Round): Promise<void> {
    if (!round.deadline || !round.openedAt) return;
    const now = this.deps.now();
    for (const slot of dueSlots(round.deadline, round.openedAt, round.reminders, now)) {
      const occasion = autoOccasion(slot);
      if (await this.deps.reminders.isPlanned(round.id, occasion)) continue;
      const { needs } = await this.currentState(round);
      await this.deps.reminders.plan(planReminders(round.id, occasion, 'auto', needs, now));
      await this.deps.reminders.markPlanned(round.id, occasion);
      this.deps.logger.info({ roundId: round.id, occasion, planned: needs.length }, 'reminders planned');
    }
  }

  private async sendPlanned(round: Round): Promise<number> {
    const now = this.deps.now();
    const due = (await this.deps.reminders.unsettled(round.id)).filter((stored) =>
      isClaimable(stored.value, now),
    );
    if (due.length === 0) return 0;
    const deliveries = new Map(
      (await this.deps.stores.deliveries.list(round.id)).map((s) => [s.value.key, s.value]),
    );
    const state = await this.currentState(round);
    const stillOwed = new Set(state.needs.map(needKey));
    const nameOf = await this.deps.groupNames(round.locale);
    let settled = 0;
    for (const stored of due) {
      if (this.stopped) break;
      if (await this.settle(round, stored, deliveries, stillOwed, { nameOf, modes: state.modes }))
        settled += 1;
    }
    return settled;
  }

  private async settle(
    round: Round,
    stored: Stored<ReminderEntry>,
    deliveries: Map<string, DeliveryEntry>,
    stillOwed: Set<string>,
    groups: GroupsOfRound,
  ): Promise<boolean> {
    const { reminders, now, workerId } = this.deps;
    const claimed = claim(stored.value, workerId, now());
    let etag: string;
    try {
      etag = await reminders.replace(claimed, stored.etag);
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
    const reminder = !isRoundNotice(claimed.kind);
    let settled: ReminderEntry;
    // A new deadline is no news once the round has closed; the closing note says what matters.
    const stale = reminder || claimed.kind === 'extended';
    if (stale && round.state !== 'open') settled = markSkipped(claimed, 'round_closed', now());
    else if (reminder && !stillOwed.has(needKey(claimed.need)))
      settled = markSkipped(claimed, 'answered', now());
    else {
      const outcome = await this.send(round, claimed, deliveries, groups);
      settled = outcome.ok
        ? markSent(claimed, outcome.attempts, now())
        : recordFailure(claimed, outcome, now());
    }
    try {
      await reminders.replace(settled, etag);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return false;
    }
    this.deps.logger.info(
      { roundId: round.id, occasion: claimed.occasion, to: needKey(claimed.need), outcome: settled.state },
      'reminder',
    );
    return true;
  }

  private async send(
    round: Round,
    entry: ReminderEntry,
    deliveries: Map<string, DeliveryEntry>,
    groups: GroupsOfRound,
  ): Promise<Delivered | NotDelivered> {
    const delivery = deliveries.get(needKey(entry.need));
    const team = delivery ? await this.deps.stores.teams.get(delivery.recipient.teamId) : undefined;
    if (!delivery?.conversationId || !delivery.activityId || !team || team.removedAt) {
      return {
        ok: false,
        reason: 'no_conversation',
        message: 'The prompt never reached them',
        permanent: true,
        attempts: 0,
      };
    }
    const address = { ...team.address, conversationId: delivery.conversationId };
    const now = this.deps.now();
    if (isRoundNotice(entry.kind)) return this.redraw(round, entry, address, delivery.activityId, groups);
    const thread = deliveries.get(`channel|${entry.need.groupId}`);
    const link =
      entry.need.kind === 'member' && thread?.activityId
        ? threadLink({
            channelId: entry.need.groupId,
            messageId: thread.activityId,
            tenantId: team.tenantId,
            ...(team.aadGroupId ? { aadGroupId: team.aadGroupId } : {}),
          })
        : undefined;
    const text = reminderText({ ...round, deadline: round.deadline ?? now }, entry.need, {
      locale: round.locale,
      now,
      ...(link ? { threadLink: link } : {}),
    });
    return this.deps.port.post(address, text);
  }

  /**
   * The round closed or its deadline moved: the prompt card is redrawn as it stands now (closed,
   * or open with the new date), and the group's thread is told, once.
   */
  private async redraw(
    round: Round,
    entry: ReminderEntry,
    address: Parameters<ReminderPort['post']>[0],
    promptId: string,
    groups: GroupsOfRound,
  ): Promise<Delivered | NotDelivered> {
    const now = this.deps.now();
    const mode = groups.modes.get(entry.need.groupId) ?? 'together';
    const personId = entry.need.kind === 'member' ? entry.need.member.id : '';
    const prompt = promptCard(
      { ...round, deadline: round.deadline ?? now },
      { locale: round.locale, mode, groupName: groups.nameOf(entry.need.groupId), now },
    );
    // The channel card of a group answering individually has no answers in it; it stays as it was.
    const answerable = mode === 'together' || entry.need.kind === 'member';
    const open = entry.kind !== 'closing';
    const card = answerable
      ? withAnswerForm(
          prompt,
          {
            roundId: round.id,
            groupId: entry.need.groupId,
            mode,
            questionCount: round.questions.length,
            answers: await cardAnswerState(this.deps.stores.responses, {
              round,
              groupId: entry.need.groupId,
              mode,
              personId,
            }),
            open,
            // A member's own card is refreshed for them as they look at it, as when it was sent.
            ...(open && entry.need.kind === 'member' ? { viewerId: entry.need.member.userId } : {}),
          },
          round.locale,
        )
      : prompt;
    const redrawn = await this.deps.port.replaceCard(address, promptId, card);
    if (entry.need.kind !== 'group') return redrawn;
    const texts = messagesFor(round.locale).reminders;
    const note = await this.deps.port.post(
      address,
      open
        ? format(texts.extended, {
            deadline: deadlineText(round.deadline ?? now, { locale: round.locale, now }),
          })
        : texts.closing,
    );
    return note.ok ? { ...note, attempts: note.attempts + redrawn.attempts } : note;
  }

  /** Who still owes answers now, and how each group answers. */
  private async currentState(round: Round) {
    const [targets, responses] = await Promise.all([
      this.deps.stores.targets.list(round.id),
      this.deps.stores.responses.forRound(round.id),
    ]);
    return {
      needs: reminderNeeds(
        round.questions.length,
        targets,
        responses.map((stored) => stored.value),
      ),
      modes: new Map(targets.map((target) => [target.groupId, target.mode])),
    };
  }
}
