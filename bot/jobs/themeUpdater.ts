import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Response } from '../domain/response';
import { themeInput } from '../domain/themeScope';
import type { ResponseRepository } from '../storage/responseRepository';
import type { RoundRepository } from '../storage/roundRepository';
import type { TargetRepository } from '../storage/targetRepository';
import type { ThemeRepository } from '../storage/themeRepository';
import type { ThemeInput, ThemeResult } from '../themes/types';

/**
 * The theme engine as the updater sees it: a version, and a function from answers to a result
 * (in the service, on its own thread: see themeThread.ts).
 */
export type ThemeEngine = { version: string; find(inputs: ThemeInput[]): ThemeResult | Promise<ThemeResult> };

export type ThemeUpdaterDeps = {
  rounds: RoundRepository;
  targets: TargetRepository;
  responses: ResponseRepository;
  themes: ThemeRepository;
  engine: ThemeEngine;
  logger: Logger;
  now: () => Date;
  /** Quiet time after the last answer before recomputing, so a burst of answers costs one run. */
  debounceMs?: number;
  /** Longest a steady stream of answers can hold a recomputation back. */
  maxWaitMs?: number;
  /** Told after a round's themes were stored, so readers holding older ones can let go. */
  onSaved?: (roundId: string) => void;
};

/**
 * Keeps each round's themes current for the tab: after answers arrive (debounced) and on demand,
 * themes are computed for the whole round, per question, per group and per group and question, and stored with the
 * engine version and a hash of the answers, so a scope is recomputed only when its answers (or
 * the engine) changed.
 */
export class ThemeUpdater {
  private readonly waiting = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  private readonly running = new Map<string, Promise<number>>();

  constructor(private readonly deps: ThemeUpdaterDeps) {}

  /** Answers of a round changed: recompute once things have been quiet for a moment. */
  answersChanged(roundId: string): void {
    const now = Date.now();
    const pending = this.waiting.get(roundId);
    const since = pending?.since ?? now;
    if (pending) clearTimeout(pending.timer);
    const wait = Math.min(
      this.deps.debounceMs ?? 5000,
      Math.max(0, since + (this.deps.maxWaitMs ?? 30_000) - now),
    );
    const timer = setTimeout(() => {
      this.waiting.delete(roundId);
      void this.recompute(roundId).catch((error: unknown) =>
        this.deps.logger.error({ err: error, roundId }, 'themes could not be recomputed'),
      );
    }, wait);
    timer.unref?.();
    this.waiting.set(roundId, { timer, since });
  }

  /** Someone waits for a round's themes: compute now, unless a computation is already due or running. */
  wanted(roundId: string): void {
    if (this.running.has(roundId) || this.waiting.has(roundId)) return;
    void this.recompute(roundId).catch((error: unknown) =>
      this.deps.logger.error({ err: error, roundId }, 'themes could not be computed'),
    );
  }

  /** Recomputes what changed now; resolves with how many scopes were computed. */
  async recompute(roundId: string): Promise<number> {
    const busy = this.running.get(roundId);
    if (busy) await busy.catch(() => 0);
    const run = this.run(roundId).finally(() => this.running.delete(roundId));
    this.running.set(roundId, run);
    return run;
  }

  /** Drops waiting recomputations and lets a running one finish, so storage is not cut off mid-write. */
  async stop(): Promise<void> {
    for (const { timer } of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    await Promise.allSettled([...this.running.values()]);
  }

  private async run(roundId: string): Promise<number> {
    const [{ value: round }, targets, responses, stored] = await Promise.all([
      this.deps.rounds.get(roundId),
      this.deps.targets.list(roundId),
      this.deps.responses.forRound(roundId),
      this.deps.themes.forRound(roundId),
    ]);
    const live = responses.map((entry) => entry.value).filter((response) => response.withdrawnAt === null);
    const scopes: [string, Response[]][] = [
      ['round', live],
      ...round.questions.map((question): [string, Response[]] => [
        `question|${question.number}`,
        live.filter((response) => response.questionNumber === question.number),
      ]),
      ...targets.flatMap((target): [string, Response[]][] => {
        const own = live.filter((response) => response.groupId === target.groupId);
        // Per question within the group too, so the tab can show one group's answers to one question.
        return [
          [`group|${target.groupId}`, own],
          ...round.questions.map((question): [string, Response[]] => [
            `group|${target.groupId}|question|${question.number}`,
            own.filter((response) => response.questionNumber === question.number),
          ]),
        ];
      }),
    ];
    const hashes = new Map(stored.map((themes) => [themes.scope, themes.inputHash]));
    let computed = 0;
    for (const [scope, answers] of scopes) {
      const inputs = answers.map(themeInput).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const inputHash = hashOf(this.deps.engine.version, inputs);
      if (hashes.get(scope) === inputHash) continue;
      const result = await this.deps.engine.find(inputs);
      await this.deps.themes.save({
        roundId,
        scope,
        engineVersion: this.deps.engine.version,
        inputHash,
        answerCount: inputs.length,
        computedAt: this.deps.now(),
        result: JSON.stringify(result),
      });
      computed += 1;
    }
    if (computed > 0) this.deps.onSaved?.(roundId);
    if (computed > 0) this.deps.logger.info({ roundId, scopes: computed }, 'themes recomputed');
    return computed;
  }
}

function hashOf(version: string, inputs: readonly ThemeInput[]): string {
  const hash = createHash('sha256').update(version);
  for (const input of inputs)
    hash.update(`\n${input.id}\t${input.group ?? ''}\t${input.question ?? ''}\t${input.text}`);
  return hash.digest('base64url');
}
