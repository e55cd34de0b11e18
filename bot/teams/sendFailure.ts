import { ConnectorRequestError, ConnectorStatusError } from './singleAttemptTransport';

/**
 * Why a proactive message did not go out, as a stable code the tab and the logs can explain.
 * Teams' codes: https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis
 */
export type SendFailureReason =
  /** 403 BotNotInConversationRoster: the app was removed from the team or chat. */
  | 'bot_removed'
  /** 404, or 403 ConversationNotFound: the channel, chat or thread no longer exists. */
  | 'conversation_not_found'
  /** 404 ActivityNotFoundInConversation: the message to update was deleted. */
  | 'message_not_found'
  /** 403 ConversationBlockedByUser: the person blocked the bot. */
  | 'user_blocked_bot'
  /** 403 BotDisabledByAdmin: the tenant's admin blocked the app. */
  | 'bot_disabled_by_admin'
  | 'forbidden'
  | 'bad_request'
  /** 413 MessageSizeTooBig. */
  | 'message_too_large'
  /** 401: the bot's credentials or registration are wrong. */
  | 'unauthorized'
  /** Any other answer that trying again will not change. */
  | 'rejected'
  /** Retryable failures (429, 412, 5xx, timeouts) until the attempts or the allowed wait ran out. */
  | 'gave_up';

/** What one failed attempt means for the next one. */
export type AttemptFailure = { status?: number; code?: string; message: string } & (
  | { retry: false; reason: Exclude<SendFailureReason, 'gave_up'> }
  | {
      retry: true;
      /** From Retry-After, when the connector said how long to wait. */
      retryAfterMs?: number;
      /** The request reached the network but no answer came: Teams may have processed it. */
      ambiguous: boolean;
    }
);

// Teams asks to retry 412, 429, 502, 503 and 504. 500 is retried too (within the same bounded
// attempts): the local connector and the Azure front door both answer it for passing faults.
const retryableStatuses = new Set([408, 412, 429, 500, 502, 503, 504]);

const systemErrorCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);

/**
 * Reads a failed SDK call. Returns undefined for an error that is not about the connector (a bug
 * in the caller or the SDK), which should not be dressed up as a delivery failure.
 */
export function classifyAttemptFailure(error: unknown, now: number): AttemptFailure | undefined {
  if (error instanceof ConnectorStatusError) {
    return fromStatus(error.status, (name) => error.headers[name.toLowerCase()], error.body, now);
  }
  if (error instanceof ConnectorRequestError) {
    return { retry: true, ambiguous: error.requestSent, message: error.message };
  }
  // The SDK's own error, in case an adapter without the single-attempt transport is used.
  const restError = error as {
    name?: string;
    statusCode?: unknown;
    code?: unknown;
    message?: string;
    response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string };
  };
  if (restError && typeof restError.statusCode === 'number') {
    return fromStatus(
      restError.statusCode,
      (name) => restError.response?.headers?.get(name),
      restError.response?.bodyAsText ?? '',
      now,
    );
  }
  if (restError && typeof restError.code === 'string' && systemErrorCodes.has(restError.code)) {
    return { retry: true, ambiguous: true, message: `request failed: ${restError.code}` };
  }
  return undefined;
}

function fromStatus(
  status: number,
  header: (name: string) => string | undefined,
  body: string,
  now: number,
): AttemptFailure {
  const { code, message } = connectorError(body);
  const described = describe(status, code, message);
  const base = { status, ...(code ? { code } : {}), message: described };
  if (retryableStatuses.has(status) || (status >= 500 && status !== 501 && status !== 505)) {
    const retryAfterMs = parseRetryAfter(header('retry-after'), now);
    return {
      ...base,
      retry: true,
      ambiguous: false,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  return { ...base, retry: false, reason: permanentReason(status, code) };
}

function permanentReason(status: number, code: string | undefined): Exclude<SendFailureReason, 'gave_up'> {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      if (code === 'ConversationBlockedByUser') return 'user_blocked_bot';
      if (code === 'BotNotInConversationRoster') return 'bot_removed';
      if (code === 'ConversationNotFound') return 'conversation_not_found';
      if (code === 'BotDisabledByAdmin') return 'bot_disabled_by_admin';
      return 'forbidden';
    case 404:
      return code === 'ActivityNotFoundInConversation' ? 'message_not_found' : 'conversation_not_found';
    case 413:
      return 'message_too_large';
    default:
      return 'rejected';
  }
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** The Bot Connector's error body: `{ "error": { "code": "...", "message": "..." } }`. */
function connectorError(body: string): { code?: string; message?: string } {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof parsed.error?.code === 'string' ? parsed.error.code : undefined;
    const message = typeof parsed.error?.message === 'string' ? parsed.error.message : undefined;
    return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
  } catch {
    // Not every proxy in front of the connector answers JSON; the status alone is enough then.
    return {};
  }
}

function describe(status: number, code: string | undefined, message: string | undefined): string {
  const text = [`${status}`, code, message].filter(Boolean).join(' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
