import { type ChildProcess, fork } from 'node:child_process';
import type { ServiceProcessMessage } from './serviceProcess';

export type SupervisedService = {
  url: string;
  port: number;
  /** The process id of the service running now. */
  pid(): number | undefined;
  /** Stops the service for good: no restart follows. */
  stop(): Promise<void>;
};

export type SupervisorOptions = {
  /** The service's entry (serviceProcess.ts), run with this process's loader (tsx). */
  script: string;
  /** A line for the person at the terminal. */
  say: (line: string) => void;
  /** Called when the service keeps dying: more than `maxCrashes` within `crashWindowMs`. */
  onGiveUp: (reason: string) => void;
  restartDelaysMs?: readonly number[];
  maxCrashes?: number;
  crashWindowMs?: number;
  readyTimeoutMs?: number;
};

/**
 * Runs the service as a child of `npm start` and starts it again when it dies, so a crash costs a
 * second of service, not the data: Azurite runs beside it and is never stopped by a crash (stopping
 * it at the wrong moment loses its last writes). A service that keeps dying is given up on, with
 * the reason, rather than restarted in a loop.
 */
export async function superviseService(options: SupervisorOptions): Promise<SupervisedService> {
  const delays = options.restartDelaysMs ?? [500, 1000, 2000, 5000, 10000];
  const maxCrashes = options.maxCrashes ?? 5;
  const crashWindowMs = options.crashWindowMs ?? 120_000;
  let current: ChildProcess | undefined;
  let stopping = false;
  const crashes: number[] = [];

  const killOnExit = () => current?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const launch = (): Promise<ServiceProcessMessage> => {
    // Its own process group: the terminal's Ctrl-C reaches only the launcher, which stops the
    // service once and in order (before Azurite).
    const child = fork(options.script, [], {
      execArgv: process.execArgv,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    current = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the service did not start within ${(options.readyTimeoutMs ?? 120_000) / 1000} s`));
      }, options.readyTimeoutMs ?? 120_000);
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timer);
        reject(new Error(`the service exited (${signal ?? `code ${code}`}) before it was ready`));
      };
      child.once('exit', onExit);
      child.on('message', (message: ServiceProcessMessage) => {
        if (message?.kind !== 'ready') return;
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        child.once('exit', (code, signal) => crashed(`${signal ?? `exit code ${code}`}`));
        resolve(message);
      });
    });
  };

  const crashed = (how: string) => {
    if (stopping) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && (crashes[0] as number) < now - crashWindowMs) crashes.shift();
    if (crashes.length > maxCrashes) {
      options.onGiveUp(
        `The service stopped ${crashes.length} times within ${crashWindowMs / 1000} s (last: ${how}); not starting it again.`,
      );
      return;
    }
    const delay = delays[Math.min(crashes.length - 1, delays.length - 1)] ?? 1000;
    options.say(
      `The service stopped unexpectedly (${how}). Azurite keeps running; starting the service again…`,
    );
    setTimeout(() => {
      if (stopping) return;
      launch().then(
        () => options.say(`The service is running again (pid ${current?.pid}).`),
        (error: unknown) => crashed(error instanceof Error ? error.message : String(error)),
      );
    }, delay);
  };

  const first = await launch();
  return {
    url: first.url,
    port: first.port,
    pid: () => current?.pid,
    stop: async () => {
      stopping = true;
      process.removeListener('exit', killOnExit);
      const child = current;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
