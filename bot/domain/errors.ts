/**
 * Expected failures, each with a stable `code`. The domain and storage throw these; adapters turn
 * them into a card message, an HTTP status or a log line. None of them carries user text.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/**
 * Input that breaks a rule. `field` and `rule` (with `params`) let an adapter say what is wrong in
 * the user's language; `message` is for logs and developers.
 */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  constructor(
    message: string,
    readonly field?: string,
    readonly rule: ValidationRule = 'invalid',
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export type ValidationRule =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'tooFew'
  | 'notLater'
  | 'tooSoon'
  | 'outOfRange'
  | 'invalid';

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} was not found`);
    this.name = 'NotFoundError';
  }
}

/** Someone else changed the thing first (an ETag mismatch) or it already exists. */
export class ConflictError extends DomainError {
  readonly code = 'conflict';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} was changed by someone else or already exists`);
    this.name = 'ConflictError';
  }
}

export class ThrottledError extends DomainError {
  readonly code = 'throttled';
  constructor(readonly retryAfterMs: number) {
    super(`Throttled; retry after ${retryAfterMs} ms`);
    this.name = 'ThrottledError';
  }
}

export class UnavailableError extends DomainError {
  readonly code = 'unavailable';
  constructor(
    readonly dependency: string,
    options?: { cause?: unknown },
  ) {
    super(`${dependency} is unavailable`, options);
    this.name = 'UnavailableError';
  }
}

/** The thing is not in a state that allows the action (a round already opened, or closed). */
export class InvalidStateError extends DomainError {
  readonly code = 'invalid_state';
  constructor(
    readonly entity: string,
    readonly state: string,
    readonly action: string,
  ) {
    super(`Cannot ${action} a ${state} ${entity}`);
    this.name = 'InvalidStateError';
  }
}

/**
 * The caller may not do this: the operation is for coordinators, or for the members of a group the
 * round asks (someone outside a round learns nothing of it, not even whether it exists).
 */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  constructor(readonly needs: 'coordinator' | 'member') {
    super(`Only a ${needs} may do this`);
    this.name = 'ForbiddenError';
  }
}
