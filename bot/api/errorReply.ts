import type { Logger } from 'pino';
import { ZodError } from 'zod';
import {
  ConflictError,
  InvalidStateError,
  NotFoundError,
  UnavailableError,
  ValidationError,
} from '../domain/errors';
import { describeError } from '../i18n/errorMessage';
import { messagesFor } from '../i18n/messages';
import { ApiError } from './apiError';
import type { ErrorCode } from './contract';
import type { ApiReply } from './http';

/**
 * Turns anything a handler throws into the API's error body. Expected failures keep their short,
 * Swedish reason (the tab shows it as is); anything else is logged and answered without details,
 * so no stack trace or stored text ever reaches a caller.
 */
export function errorReply(error: unknown, logger: Logger): ApiReply {
  if (error instanceof ApiError) return reply(error.status, error.code, error.message, error.extra);
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return reply(
      400,
      'invalid_request',
      `Begäran kunde inte läsas (${where}${issue?.message ?? 'ogiltig'}).`,
    );
  }
  if (error instanceof ValidationError) return reply(400, 'invalid_request', describeError(error, 'sv'));
  if (error instanceof NotFoundError) return reply(404, 'not_found', describeError(error, 'sv'));
  if (error instanceof InvalidStateError || error instanceof ConflictError) {
    return reply(409, 'conflict', describeError(error, 'sv'));
  }
  const generic = messagesFor('sv').errors.generic;
  if (error instanceof UnavailableError) {
    logger.warn({ err: error }, 'tab API: a dependency is unavailable');
    return reply(503, 'internal', generic);
  }
  logger.error({ err: error }, 'tab API request failed');
  return reply(500, 'internal', generic);
}

function reply(
  status: number,
  error: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): ApiReply {
  return { status, body: { ...extra, error, message } };
}
