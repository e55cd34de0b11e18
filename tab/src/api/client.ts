import { ApiError } from './apiError';
import type { ErrorBody, ErrorCode } from './types';

/** Gives the bearer token for the next call: Teams SSO (asked each time; Teams caches) or local. */
export type TokenSource = () => Promise<string>;

export type ApiClient = {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /**
   * Starts a GET now that a view will make shortly, so it runs beside sign-in and the view's own
   * code instead of after them; the view's first `get` of the same path takes its answer.
   */
  prefetch(path: string): void;
};

/** A prefetched answer older than this is not used: the view asks again. */
const prefetchLifetimeMs = 10_000;

type Options = {
  token: TokenSource | null;
  language: string;
  /** Called on 401, e.g. to drop an expired local token and show the sign-in again. */
  onUnauthorized?: () => void;
};

const errorCodes: readonly string[] = [
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_request',
  'conflict',
  'internal',
  'rate_limited',
];

export function createApiClient({ token, language, onUnauthorized }: Options): ApiClient {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal) {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
    if (token) headers.Authorization = `Bearer ${await token()}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(0, 'network', null);
    }
    if (!response.ok) {
      if (response.status === 401) onUnauthorized?.();
      throw await errorOf(response);
    }
    return (await response.json()) as T;
  }
  const prefetched = new Map<string, { at: number; answer: Promise<unknown> }>();
  return {
    get: <T>(path: string, signal?: AbortSignal) => {
      const early = prefetched.get(path);
      prefetched.delete(path);
      if (early && Date.now() - early.at < prefetchLifetimeMs) return early.answer as Promise<T>;
      return call<T>('GET', path, undefined, signal);
    },
    post: (path, body) => call('POST', path, body),
    prefetch: (path) => {
      const answer = call('GET', path);
      // Unclaimed or failed, it is simply asked again by the view; never an unhandled rejection.
      answer.catch(() => undefined);
      prefetched.set(path, { at: Date.now(), answer });
    },
  };
}

async function errorOf(response: Response): Promise<ApiError> {
  // A body that is not JSON (a proxy's error page) carries no message for people.
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    const code = 'error' in body && typeof body.error === 'string' ? body.error : '';
    return new ApiError(
      response.status,
      errorCodes.includes(code) ? (code as ErrorCode) : 'unknown',
      body as ErrorBody,
    );
  }
  return new ApiError(response.status, 'unknown', null);
}
