/**
 * What must follow a change, named once. Use cases call it as they act; the composition root
 * (bot/service.ts) implements it once, so no adapter has to remember an after-effect.
 */
export type Effects = {
  /** Prompts were queued (a launch, a retry): the delivery worker wakes. */
  deliveryQueued(): void;
  /** Reminders or closing notes were planned: the reminder worker wakes. */
  remindersQueued(): void;
  /**
   * A round's answers changed: shared reads are forgotten, its themes recomputed soon, and the
   * status cards that follow it redrawn.
   */
  answersChanged(roundId: string): void;
  /**
   * A coordinator changed a round (extended, closed, retried, reminded, removed), in chat or tab:
   * shared reads are forgotten and the round's status cards in chat redrawn, so every view shows
   * the change alike.
   */
  roundChanged(roundId: string): void;
  /** Brings a round's themes up to date now, and waits; only what changed is computed. */
  themesNeeded(roundId: string): Promise<void>;
  /** Someone is looking at themes not computed yet: start on them now, unless that is under way. */
  themesWanted(roundId: string): void;
};
