import type { Logger } from 'pino';
import { ZodError } from 'zod';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  UnavailableError,
  ValidationError,
} from '../domain/errors';
import type { Locale } from '../domain/locale';
import { describeError } from '../i18n/errorMessage';
import { format, messagesFor } from '../i18n/messages';
import { ApiError } from './apiError';
import type { ErrorCode } from './contract';
import type { ApiReply } from './http';

/**
 * Turns anything a handler throws into the API's error body, in the caller's language. Expected
 * failures keep their short reason (the tab shows it as is); anything else is logged and
 * answered without details, so no stack trace or stored text ever reaches a caller.
 */
export function errorReply(error: unknown, logger: Logger, locale: Locale): ApiReply {
  const messages = messagesFor(locale);
  if (error instanceof ApiError) {
    const text =
      typeof error.text === 'string'
        ? error.text
        : format(messages.api[error.text.key], error.text.values ?? {});
    return reply(error.status, error.code, text, error.extra);
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return reply(
      400,
      'invalid_request',
      format(messages.api.unreadableRequest, {
        detail: `${where}${issue?.message ?? messages.api.invalidValue}`,
      }),
    );
  }
  if (error instanceof ForbiddenError) {
    return reply(
      403,
      'forbidden',
      error.needs === 'coordinator' ? messages.api.coordinatorsOnly : messages.api.forbidden,
    );
  }
  if (error instanceof ValidationError) return reply(400, 'invalid_request', describeError(error, locale));
  if (error instanceof NotFoundError) return reply(404, 'not_found', describeError(error, locale));
  if (error instanceof InvalidStateError || error instanceof ConflictError) {
    return reply(409, 'conflict', describeError(error, locale));
  }
  if (error instanceof UnavailableError) {
    logger.warn({ err: error }, 'tab API: a dependency is unavailable');
    return reply(503, 'internal', messages.errors.generic);
  }
  logger.error({ err: error }, 'tab API request failed');
  return reply(500, 'internal', messages.errors.generic);
}

function reply(
  status: number,
  error: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): ApiReply {
  return { status, body: { ...extra, error, message } };
}
