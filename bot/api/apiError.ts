import type { ErrorCode } from './contract';

/**
 * The one HTTP error of the tab API (like hono's HTTPException): a status, a stable code and a
 * short message that is safe to show. Everything else thrown becomes a 500 without details.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** More fields for the body, e.g. when a reminder went out recently. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const unauthorized = (reason: string) => new ApiError(401, 'unauthorized', reason);

export const forbidden = (reason = 'Du har inte behörighet till det här.') =>
  new ApiError(403, 'forbidden', reason);
