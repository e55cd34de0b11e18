import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestInFlight = { correlationId: string; method: string; path: string; startedAt: number };

/**
 * The requests being served, so that a process about to die of an error nobody caught can say
 * which request it was serving. Work started for a request carries it as its async context; an
 * error from elsewhere (a socket's event) can still be matched against the open requests.
 */
export class RequestsInFlight {
  private readonly context = new AsyncLocalStorage<RequestInFlight>();
  private readonly open = new Set<RequestInFlight>();

  /** Runs `handle` as the serving of `request`, until `closed` fires for it. */
  track(request: RequestInFlight, closed: (done: () => void) => void, handle: () => void): void {
    this.open.add(request);
    closed(() => this.open.delete(request));
    this.context.run(request, handle);
  }

  /** The request whose handling is running now, if any. */
  current(): RequestInFlight | undefined {
    return this.context.getStore();
  }

  all(): RequestInFlight[] {
    return [...this.open];
  }
}
