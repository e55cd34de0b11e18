import type { Texts } from '../i18n';
import type { ErrorBody, ErrorCode } from './types';

/**
 * A failed API call. `body` is the contract's ErrorBody, its `message` written for people; when the
 * server gave none (network down, a proxy's HTML page) the tab says something of its own.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network' | 'unknown',
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? `${code} (${status})`);
    this.name = 'ApiError';
  }
}

/** What to show a person for any error: the server's words when they are meant for people, never a stack. */
export function describeError(error: unknown, t: Texts): string {
  if (error instanceof ApiError) {
    // A 401's message is an English reason for the logs, not for the person.
    if (error.status === 401) return t.errors.unauthorized;
    if (error.body?.message) return error.body.message;
    if (error.code === 'network') return t.errors.network;
  }
  return t.errors.unexpected;
}

/** The 409 remind answers within two hours of an earlier reminder: when that one went out. */
export function earlierReminderAt(error: unknown): string | null {
  if (error instanceof ApiError && error.status === 409) return error.body?.lastReminderAt ?? null;
  return null;
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
