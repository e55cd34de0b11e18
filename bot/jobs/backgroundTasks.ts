import type { Logger } from 'pino';

export type BackgroundTasks = {
  /** Starts `work` now without waiting for it; a failure is logged under `name`. */
  run(name: string, work: () => Promise<void>): void;
  /** Resolves once everything started so far has ended: for a clean stop. */
  settled(): Promise<void>;
};

export function createBackgroundTasks(logger: Logger): BackgroundTasks {
  const running = new Set<Promise<void>>();
  return {
    run(name, work) {
      const task = Promise.resolve()
        .then(work)
        .catch((error: unknown) => logger.error({ err: error, task: name }, 'background task failed'))
        .finally(() => running.delete(task));
      running.add(task);
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
