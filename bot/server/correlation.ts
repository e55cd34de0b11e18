import { randomUUID } from 'node:crypto';

const header = 'x-correlation-id';
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id that ties together the log lines of one request. A caller's own id is kept when it looks
 * like an id (so a trace can cross services); anything else gets a fresh one.
 */
export function correlationIdOf(headers: Record<string, string | string[] | undefined>): string {
  const given = headers[header];
  const value = Array.isArray(given) ? given[0] : given;
  return value && acceptable.test(value) ? value : randomUUID();
}

export const correlationHeader = header;
