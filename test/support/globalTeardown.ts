import type { RunningProcess } from '../../bot/local/childProcess';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __azurite?: RunningProcess }).__azurite?.stop();
}
