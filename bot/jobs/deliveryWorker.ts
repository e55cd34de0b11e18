import type { Logger } from 'pino';
import { withAnswerForm } from '../cards/answerForm';
import { promptCard } from '../cards/promptCard';
import { claim, type DeliveryEntry, isClaimable, recordFailure, recordSent } from '../domain/delivery';
import { ConflictError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import type { Round } from '../domain/round';
import { channelAddress, type InstalledTeam } from '../domain/team';
import type { DeliveryRepository } from '../storage/deliveryRepository';
import type { RoundRepository } from '../storage/roundRepository';
import type { Stored } from '../storage/stored';
import type { TeamRepository } from '../storage/teamRepository';
import type { ThreadRepository } from '../storage/threadRepository';
import type { Delivered, NotDelivered, PromptPort } from './promptPort';
import { OutboxWorker } from './workerLoop';

export type DeliveryWorkerDeps = {
  workerId: string;
  rounds: RoundRepository;
  deliveries: DeliveryRepository;
  teams: TeamRepository;
  threads: ThreadRepository;
  prompts: PromptPort;
  /** The groups' names as the coordinator gave them, read once per pass over a round. */
  groupNames: (locale: Locale) => Promise<(groupId: string) => string>;
  logger: Logger;
  now: () => Date;
  /** Sends in flight at once; the sender's rate limits pace them, this only keeps the pipe full. */
  concurrency?: number;
  /** How often to look for due work when nothing has been launched. */
  pollMs?: number;
  /** Told after each outcome, so a status card can follow the delivery. */
  onProgress?: (roundId: string) => void;
};

/**
 * Sends the prompts the ledger holds. It claims one entry at a time (a conditional write: of two
 * workers on two instances only one gets it), sends, and records the outcome on the claimed row.
 * A worker that dies leaves claims that expire, and another worker sends those entries then. That
 * is the one case a prompt can go out twice: Teams took the message but the worker died before
 * writing so; Teams offers no way to ask, and a prompt twice is better than a group never asked.
 */
export class DeliveryWorker extends OutboxWorker {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: DeliveryWorkerDeps) {
    super({ name: 'delivery', intervalMs: deps.pollMs ?? 5000, logger: deps.logger });
  }

  /** Stops taking work and waits for the sends in flight to be recorded. */
  override async stop(): Promise<void> {
    await super.stop();
    await Promise.all(this.inFlight);
  }

  /** One pass over every open round; resolves with how many entries it settled or retried. */
  override async runOnce(): Promise<number> {
    let handled = 0;
    for (const { value: round } of await this.deps.rounds.list()) {
      if (round.state !== 'open' || this.stopped) continue;
      handled += await this.deliverRound(round);
    }
    return handled;
  }

  private async deliverRound(round: Round): Promise<number> {
    const due = (await this.deps.deliveries.unsettled(round.id)).filter((stored) =>
      isClaimable(stored.value, this.deps.now()),
    );
    if (due.length === 0) return 0;
    const teams = new Map<string, InstalledTeam | undefined>();
    const nameOf = await this.deps.groupNames(round.locale);
    let handled = 0;
    const concurrency = this.deps.concurrency ?? 16;
    for (const stored of due) {
      if (this.stopped) break;
      while (this.inFlight.size >= concurrency) await Promise.race(this.inFlight);
      const work = this.deliver(round, stored, teams, nameOf)
        .then((done) => {
          if (done) handled += 1;
        })
        .catch((error: unknown) => {
          this.deps.logger.error({ err: error, roundId: round.id, key: stored.value.key }, 'delivery failed');
        });
      const tracked = work.finally(() => this.inFlight.delete(tracked));
      this.inFlight.add(tracked);
    }
    await Promise.all(this.inFlight);
    return handled;
  }

  private async deliver(
    round: Round,
    stored: Stored<DeliveryEntry>,
    teams: Map<string, InstalledTeam | undefined>,
    nameOf: (groupId: string) => string,
  ): Promise<boolean> {
    const { deliveries, now, workerId } = this.deps;
    const claimed = claim(stored.value, workerId, now());
    let etag: string;
    try {
      etag = await deliveries.replace(claimed, stored.etag);
    } catch (error) {
      if (error instanceof ConflictError) return false; // another worker took it first
      throw error;
    }

    const outcome = await this.send(round, claimed, teams, nameOf);
    const settled = outcome.ok ? recordSent(claimed, outcome, now()) : recordFailure(claimed, outcome, now());
    try {
      await deliveries.replace(settled, etag);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The claim outlived its lease and another worker took the entry over; its outcome stands.
      this.deps.logger.warn(
        { roundId: round.id, key: claimed.key },
        'claim expired before the outcome was written',
      );
      return false;
    }
    if (outcome.ok) {
      await this.deps.threads.link({
        conversationId: outcome.conversationId,
        roundId: round.id,
        groupId: claimed.groupId,
        kind: claimed.recipient.kind,
        ...(claimed.recipient.kind === 'person' ? { personId: claimed.recipient.person.id } : {}),
      });
    }
    this.deps.logger.info(
      {
        roundId: round.id,
        key: claimed.key,
        outcome: outcome.ok ? 'sent' : settled.state,
        attempts: outcome.attempts,
      },
      'prompt delivery',
    );
    this.deps.onProgress?.(round.id);
    return true;
  }

  private async send(
    round: Round,
    entry: DeliveryEntry,
    teams: Map<string, InstalledTeam | undefined>,
    nameOf: (groupId: string) => string,
  ): Promise<Delivered | NotDelivered> {
    const teamId = entry.recipient.teamId;
    if (!teams.has(teamId)) teams.set(teamId, await this.deps.teams.get(teamId));
    const team = teams.get(teamId);
    if (!team || team.removedAt) {
      return {
        ok: false,
        reason: 'bot_not_in_team',
        message: 'The app is no longer in the team',
        permanent: true,
        attempts: 0,
      };
    }
    if (!round.deadline) {
      return {
        ok: false,
        reason: 'round_without_deadline',
        message: 'The round has no deadline',
        permanent: true,
        attempts: 0,
      };
    }
    const card = promptCard(
      { ...round, deadline: round.deadline },
      { locale: round.locale, mode: entry.mode, groupName: nameOf(entry.groupId), now: this.deps.now() },
    );
    const summary = round.title;
    // Groups answering together write their shared answer in the channel's card; a member asked
    // individually writes in their own 1:1 card. An individual group's channel card only informs.
    const answerable = entry.mode === 'together' || entry.recipient.kind === 'person';
    const prompt = answerable
      ? withAnswerForm(
          card,
          {
            roundId: round.id,
            groupId: entry.groupId,
            mode: entry.mode,
            questionCount: round.questions.length,
            answers: new Map(),
            open: true,
            ...(entry.recipient.kind === 'person' ? { viewerId: entry.recipient.userId } : {}),
          },
          round.locale,
        )
      : card;
    if (entry.recipient.kind === 'channel') {
      return this.deps.prompts.startThread(channelAddress(team, entry.recipient.channelId), prompt, summary);
    }
    return this.deps.prompts.sendToPerson(
      {
        serviceUrl: team.address.serviceUrl,
        tenantId: team.tenantId,
        botId: team.address.botId,
        userId: entry.recipient.userId,
      },
      prompt,
      summary,
    );
  }
}
