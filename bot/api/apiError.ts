import type { Messages } from '../i18n/messages';
import type { ErrorCode } from './contract';

/** A sentence of the API's own (bot/locales, `api`), put in the caller's language when answered. */
export type ApiText = { key: keyof Messages['api']; values?: Record<string, string | number> };

/**
 * The one HTTP error of the tab API (like hono's HTTPException): a status, a stable code and a
 * short message that is safe to show, in the caller's language (an `ApiText`) or, for what only
 * logs read (401, an unconfigured sign-in), a fixed English reason. Everything else thrown becomes
 * a 500 without details.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly text: ApiText | string,
    /** More fields for the body, e.g. when a reminder went out recently. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(typeof text === 'string' ? text : text.key);
    this.name = 'ApiError';
  }
}

export const unauthorized = (reason: string) => new ApiError(401, 'unauthorized', reason);

export const forbidden = (text: ApiText = { key: 'forbidden' }) => new ApiError(403, 'forbidden', text);
