import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import type { TeamsAdapter } from '@microsoft/teams-ai';

export type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof TeamsAdapter>[3]>;

/**
 * The Bot Connector answered with a status other than 2xx. Named so that the SDK's retry policy
 * does not recognise it (it retries only errors named `RestError`).
 */
export class ConnectorStatusError extends Error {
  override readonly name = 'ConnectorStatusError';
  constructor(
    readonly status: number,
    readonly headers: Readonly<Record<string, string>>,
    readonly body: string,
  ) {
    super(`Bot Connector answered ${status}`);
  }
}

/**
 * No answer: the connection failed or the request timed out. `requestSent` says whether the whole
 * request had been handed to the network; if it had, the connector may have processed it.
 */
export class ConnectorRequestError extends Error {
  override readonly name = 'ConnectorRequestError';
  constructor(
    readonly kind: 'timeout' | 'network',
    readonly requestSent: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type Attempt = { timeoutMs: number; reachedTransport: boolean };
const attempts = new AsyncLocalStorage<Attempt>();

export type AttemptResult<T> = ({ ok: true; value: T } | { ok: false; error: unknown }) & {
  /** Whether the call sent anything through this transport; false means the adapter lacks it. */
  reachedTransport: boolean;
};

/** Runs one SDK call as one attempt: every HTTP request the call makes gets `timeoutMs`. */
export async function asSingleAttempt<T>(
  timeoutMs: number,
  call: () => Promise<T>,
): Promise<AttemptResult<T>> {
  const attempt: Attempt = { timeoutMs, reachedTransport: false };
  try {
    const value = await attempts.run(attempt, call);
    return { ok: true, value, reachedTransport: attempt.reachedTransport };
  } catch (error) {
    return { ok: false, error, reachedTransport: attempt.reachedTransport };
  }
}

/**
 * Connector client options that make every SDK request a single attempt.
 *
 * botframework-connector 4.23 sends through @azure/core-client, whose pipeline has the default
 * retry policy of @azure/core-rest-pipeline: up to 3 silent retries of 429 and 503 after
 * Retry-After, of 408 and 5xx (except 501/505) with exponential backoff from 1 s, and of
 * ECONNRESET/ETIMEDOUT-style errors. Neither ServiceClientContext nor the adapter passes retry
 * options, and `requestPolicyFactories` run above the retry phase, so they cannot stop it. The
 * transport (`httpClient`) runs below it: this one turns every non-2xx answer and every failed
 * request into an error that is not a `RestError`, which the retry policy rethrows at once. The
 * proactive sender is then the only place that retries, waits and counts attempts against the
 * buckets. Use it only for the proactive adapter; replies within a turn keep the SDK's transport.
 */
export function singleAttemptConnectorOptions(
  options: { defaultTimeoutMs?: number } = {},
): ConnectorClientOptions {
  const transport = new SingleAttemptTransport(options.defaultTimeoutMs ?? 30_000);
  return { httpClient: transport } as unknown as ConnectorClientOptions;
}

type HeadersLike = { rawHeaders(): Record<string, string> };
type OutgoingRequest = {
  url: string;
  method: string;
  headers: HeadersLike;
  body?: unknown;
  timeout?: number;
  abortSignal?: { aborted: boolean; addEventListener?(type: 'abort', listener: () => void): void };
  agent?: http.Agent;
};

class SingleAttemptTransport {
  // Keep-alive: at 50 requests a second a new TLS handshake per request would cost more than the request.
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 128 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 128 }),
  };

  constructor(private readonly defaultTimeoutMs: number) {}

  async sendRequest(request: OutgoingRequest) {
    const attempt = attempts.getStore();
    if (attempt) attempt.reachedTransport = true;
    const timeoutMs = Math.min(
      attempt?.timeoutMs ?? this.defaultTimeoutMs,
      request.timeout && request.timeout > 0 ? request.timeout : Number.POSITIVE_INFINITY,
    );
    const answer = await this.exchange(request, timeoutMs);
    if (answer.status < 200 || answer.status > 299) {
      throw new ConnectorStatusError(answer.status, answer.headers, answer.body);
    }
    return {
      request,
      status: answer.status,
      headers: responseHeaders(answer.headers),
      bodyAsText: answer.body,
    };
  }

  private exchange(
    request: OutgoingRequest,
    timeoutMs: number,
  ): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const url = new URL(request.url);
    const protocol = url.protocol === 'https:' ? https : http;
    const body = requestBody(request.body);
    const headers = request.headers.rawHeaders();
    // The answers are a few hundred bytes of JSON; asking for them uncompressed saves a decoder.
    for (const name of Object.keys(headers))
      if (name.toLowerCase() === 'accept-encoding') delete headers[name];
    if (body !== undefined) headers['content-length'] = String(body.byteLength);

    return new Promise((resolve, reject) => {
      let requestSent = false;
      let settled = false;
      const fail = (error: ConnectorRequestError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outgoing.destroy();
        reject(error);
      };
      const outgoing = protocol.request(url, {
        method: request.method,
        headers,
        agent: request.agent ?? this.agents[url.protocol === 'https:' ? 'https:' : 'http:'],
      });
      const timer = setTimeout(() => {
        fail(
          new ConnectorRequestError(
            'timeout',
            requestSent,
            `no answer from the Bot Connector within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      if (request.abortSignal?.aborted) fail(new ConnectorRequestError('network', false, 'aborted'));
      request.abortSignal?.addEventListener?.('abort', () =>
        fail(new ConnectorRequestError('network', requestSent, 'aborted')),
      );
      outgoing.on('finish', () => {
        requestSent = true;
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        fail(
          new ConnectorRequestError(
            'network',
            requestSent,
            `request to the Bot Connector failed: ${error.code ?? error.message}`,
            { cause: error },
          ),
        );
      });
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) =>
          fail(new ConnectorRequestError('network', true, 'answer cut off', { cause: error })),
        );
        response.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            headers: flatHeaders(response.headers),
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      outgoing.end(body);
    });
  }
}

function requestBody(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (Buffer.isBuffer(body)) return body;
  // The Bot Connector operations send JSON text; streams and forms never go through here.
  throw new TypeError('the single-attempt transport sends only string or Buffer bodies');
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The part of core-http's HttpHeaders that @azure/core-http-compat reads from a response. */
function responseHeaders(headers: Record<string, string>) {
  return {
    get: (name: string) => headers[name.toLowerCase()],
    contains: (name: string) => name.toLowerCase() in headers,
    rawHeaders: () => ({ ...headers }),
    toJson: () => ({ ...headers }),
  };
}
