import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../../bot/local/ports';
import type { ServiceProcessMessage } from '../../bot/local/serviceProcess';
import { testStorageSettings } from './storage';

export type ServiceChild = {
  url: string;
  child: ChildProcess;
  /** Every JSON log line the process wrote to stdout so far. */
  logs: () => Record<string, unknown>[];
  /** The process's resident memory now, from /proc, in MiB. */
  rssMiB: () => number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
};

/**
 * The service as `npm start` runs it (bot/local/serviceProcess.ts), a process of its own on the
 * run's Azurite: what kills or bloats it shows here, not in the test runner.
 */
export async function startServiceChild(env: Record<string, string> = {}): Promise<ServiceChild> {
  const storage = testStorageSettings();
  if (storage.kind !== 'connectionString') throw new Error('tests run on Azurite');
  const child = fork(join(__dirname, '..', '..', 'bot', 'local', 'serviceProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      PORT: String(await findFreePort()),
      STORAGE_CONNECTION_STRING: storage.connectionString,
      TABLE_PREFIX: storage.tablePrefix,
      SAMPLE_DATA: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = await new Promise<ServiceProcessMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start:\n${output}`)), 60_000);
    child.on('message', (message: ServiceProcessMessage) => {
      clearTimeout(timer);
      resolve(message);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the service exited before it was ready:\n${output}`));
    });
  });
  return {
    url: ready.url.replace('localhost', '127.0.0.1'),
    child,
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    rssMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
    },
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
