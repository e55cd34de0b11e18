import { type ChildProcess, spawn } from 'node:child_process';

export type RunningProcess = {
  child: ChildProcess;
  /** Asks the process to stop (SIGTERM) and waits for it; kills it after `graceMs`. */
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
}): Promise<RunningProcess> {
  const child = spawn(process.execPath, [options.script, ...options.args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => {
    exited = true;
  });

  const stop = async (graceMs = 5000) => {
    if (exited) return;
    child.kill('SIGTERM');
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
