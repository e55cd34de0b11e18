import type { TableStorage } from './tableStorage';

export type StorageHealth = { reachable: true; latencyMs: number } | { reachable: false; reason: string };

/** One cheap round trip to the table service, bounded so a dead storage answers within `timeoutMs`. */
export async function checkStorage(
  storage: TableStorage,
  timeoutMs = 2000,
  now = () => Date.now(),
): Promise<StorageHealth> {
  const started = now();
  try {
    const pages = storage.service
      .listTables({ abortSignal: AbortSignal.timeout(timeoutMs) })
      .byPage({ maxPageSize: 1 });
    await pages.next();
    return { reachable: true, latencyMs: now() - started };
  } catch (error) {
    return { reachable: false, reason: describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'timeout';
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : error.name;
  }
  return 'unknown';
}
