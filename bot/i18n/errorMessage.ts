import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  UnavailableError,
  ValidationError,
} from '../domain/errors';
import type { Locale } from '../domain/locale';
import { format, messagesFor } from './messages';

/**
 * What to tell a user about an expected failure, in their language. Anything unexpected gets the
 * generic apology; the details go to the log, never to the user.
 */
export function describeError(
  error: unknown,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  const texts = messagesFor(locale).rounds.errors;
  if (error instanceof ValidationError) {
    const byField = (texts as unknown as Record<string, Record<string, string> | string>)[error.field ?? ''];
    const template = typeof byField === 'object' ? byField[error.rule] : undefined;
    return format(template ?? texts.fallback, { ...error.params, ...values });
  }
  if (error instanceof InvalidStateError) {
    const described = messagesFor(locale).rounds.stateDescription as Record<string, string>;
    return format(texts.invalidState, { state: described[error.state] ?? error.state });
  }
  if (error instanceof ForbiddenError) {
    // Someone outside a round learns nothing of it, not even that it exists.
    return error.needs === 'coordinator' ? messagesFor(locale).rounds.notCoordinator : texts.notFound;
  }
  if (error instanceof ConflictError) return texts.conflict;
  if (error instanceof NotFoundError) return texts.notFound;
  // Storage did not answer in time: nothing is wrong with what the person did, they can try again.
  if (error instanceof UnavailableError) return messagesFor(locale).errors.storageUnavailable;
  return messagesFor(locale).errors.generic;
}

/** Whether the error is one the user can act on (shown as it is) rather than a fault of ours. */
export function isExpected(error: unknown): boolean {
  return (
    error instanceof ValidationError ||
    error instanceof InvalidStateError ||
    error instanceof ConflictError ||
    error instanceof ForbiddenError ||
    error instanceof NotFoundError
  );
}
