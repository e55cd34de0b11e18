import { createHash } from 'node:crypto';

/** A short fingerprint of what a view shows: equal versions mean the tab need not redraw. */
export function viewVersion(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 22);
}
