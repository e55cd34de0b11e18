import type { Logger } from 'pino';

/**
 * The loop every outbox worker runs: a pass at once when started, then one every `intervalMs`;
 * a kick asks for a pass now (during a pass, for another right after it); a failed pass is
 * logged and the loop goes on; after `stop` no pass starts, and the one running is waited for.
 * The state that matters is in Table Storage, so the loop itself holds none worth keeping.
 */
export class WorkerLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private again = false;
  private halted = false;

  constructor(
    private readonly options: {
      /** What the log calls a failed pass ("delivery pass failed"). */
      name: string;
      pass: () => Promise<unknown>;
      intervalMs: number;
      logger: Logger;
    },
  ) {}

  /** Whether the worker was stopped: a pass under way breaks off at the next entry. */
  get stopped(): boolean {
    return this.halted;
  }

  start(): void {
    this.halted = false;
    this.schedule(0);
  }

  /** New work is there (a launch, a retry, a reminder asked for): look now, not at the next poll. */
  kick(): void {
    if (this.halted) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.halted = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.halted) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.options
        .pass()
        .catch((error: unknown) =>
          this.options.logger.error({ err: error }, `${this.options.name} pass failed`),
        )
        .finally(() => {
          this.running = undefined;
          const next = this.again ? 0 : this.options.intervalMs;
          this.again = false;
          this.schedule(next);
        });
    }, delayMs);
    this.timer.unref?.();
  }
}

/**
 * A worker that sends from an outbox table: one pass (`runOnce`) over the work that is due, run by
 * a WorkerLoop. Tests call `runOnce` themselves; the service starts the loop.
 */
export abstract class OutboxWorker {
  private readonly loop: WorkerLoop;

  constructor(options: { name: string; intervalMs: number; logger: Logger }) {
    this.loop = new WorkerLoop({ ...options, pass: () => this.runOnce() });
  }

  /** One pass; resolves with how many entries it settled. */
  abstract runOnce(): Promise<number>;

  start(): void {
    this.loop.start();
  }

  /** New work is there: look now instead of at the next poll. */
  kick(): void {
    this.loop.kick();
  }

  /** Stops taking work, and waits for the pass under way. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  protected get stopped(): boolean {
    return this.loop.stopped;
  }
}
