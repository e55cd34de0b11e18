import { type ChildProcess, spawn } from 'node:child_process';

export type RunningProcess = {
  child: ChildProcess;
  /** Asks the process to stop (its `stopSignal`) and waits for it; kills it after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
};

/**
 * Starts a Node program and resolves once `ready` matches a line of its output. Rejects with the
 * program's own last words if it exits first or stays silent past `timeoutMs`.
 */
export function startNodeProgram(options: {
  name: string;
  script: string;
  args: string[];
  ready: RegExp;
  timeoutMs?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  onOutput?: (line: string) => void;
  /** The signal the program treats as "stop cleanly"; SIGTERM unless it says otherwise. */
  stopSignal?: NodeJS.Signals;
  /**
   * Runs the program in its own process group, so a Ctrl-C in the terminal reaches only this
   * process, which then stops the program once, with `stopSignal`. It is killed if this process
   * exits without stopping it.
   */
  ownProcessGroup?: boolean;
}): Promise<RunningProcess> {
  const child = spawn(process.execPath, [options.script, ...options.args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.ownProcessGroup ?? false,
  });
  if (options.ownProcessGroup) {
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
  }
  const recent: string[] = [];
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => {
    exited = true;
  });

  const stop = async (graceMs = 5000) => {
    if (exited) return;
    child.kill(options.stopSignal ?? 'SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exitedPromise;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(500);
      reject(
        new Error(
          `${options.name} did not start within ${options.timeoutMs ?? 20000} ms:\n${recent.join('\n')}`,
        ),
      );
    }, options.timeoutMs ?? 20000);

    const onLine = (line: string) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.onOutput?.(line);
      if (options.ready.test(line)) {
        clearTimeout(timer);
        resolve({ child, stop });
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split(/\r?\n/);
        buffered = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      });
    }
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `${options.name} exited (${signal ?? `code ${code}`}) before it was ready:\n${recent.join('\n')}`,
        ),
      );
    });
  });
}
