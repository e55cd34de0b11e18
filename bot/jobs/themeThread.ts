/**
 * Themes computed on a worker thread, so a large round's recomputation (seconds for 100,000
 * answers) never holds up the event loop: the bot keeps answering chat and the tab's API while
 * it runs. One thread, started at the first request and kept; requests wait their turn in it.
 * If the thread dies, what it held is refused and the next request starts a new one.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ThemeInput, ThemeResult } from '../themes/types';
import type { ThemeReply, ThemeRequest } from './themeThreadMain';

export type ThemeThread = {
  find(inputs: ThemeInput[]): Promise<ThemeResult>;
  /** Stops the thread; requests it held are refused. */
  close(): Promise<void>;
};

export class ThemeThreadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThemeThreadError';
  }
}

export function createThemeThread(): ThemeThread {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (result: ThemeResult) => void; reject: (error: Error) => void }
  >();

  const refuseAll = (reason: string) => {
    for (const { reject } of pending.values()) reject(new ThemeThreadError(reason));
    pending.clear();
  };

  function start(): Worker {
    // Run from source (tests, npm start) the thread must read TypeScript too; built, it is .js.
    const extension = extname(__filename);
    const main = join(__dirname, `themeThreadMain${extension}`);
    const code = `${extension === '.ts' ? "require('tsx/cjs');" : ''}require(${JSON.stringify(main)});`;
    const thread = new Worker(code, { eval: true, name: 'themes' });
    thread.unref();
    thread.on('message', ({ id, result, error }: ThemeReply) => {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if (error !== undefined) waiting.reject(new ThemeThreadError(error));
      else waiting.resolve(result as ThemeResult);
    });
    thread.on('error', (error) => {
      if (worker === thread) worker = undefined;
      refuseAll(`the themes thread failed: ${error.message}`);
    });
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      refuseAll(`the themes thread stopped (exit code ${code})`);
    });
    return thread;
  }

  return {
    find(inputs) {
      worker ??= start();
      const id = nextId++;
      const request: ThemeRequest = { id, inputs };
      return new Promise<ThemeResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        (worker as Worker).postMessage(request);
      });
    },
    async close() {
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
      refuseAll('the themes thread was closed');
    },
  };
}
