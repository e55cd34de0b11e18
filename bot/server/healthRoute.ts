import type { StorageHealth } from '../storage/storageHealth';

/** `/healthz`: 200 while storage answers, 503 when it does not, so a load balancer can tell. */
export async function healthStatus(
  checkStorage: () => Promise<StorageHealth>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const storage = await checkStorage();
  return storage.reachable
    ? { status: 200, body: { status: 'ok', storage } }
    : { status: 503, body: { status: 'unavailable', storage } };
}
