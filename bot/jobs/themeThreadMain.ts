/**
 * The theme engine's own thread: answers in, themes out. The Swedish word list is read here, once,
 * so the service's main thread neither waits for it nor holds it.
 */
import { parentPort } from 'node:worker_threads';
import { findThemes } from '../themes/findThemes';
import type { ThemeInput } from '../themes/types';
import { swedishLexicon } from './swedishLexicon';

export type ThemeRequest = { id: number; inputs: ThemeInput[] };
export type ThemeReply = { id: number; result?: unknown; error?: string };

parentPort?.on('message', ({ id, inputs }: ThemeRequest) => {
  let reply: ThemeReply;
  try {
    reply = { id, result: findThemes(inputs, { lexicon: swedishLexicon() }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
