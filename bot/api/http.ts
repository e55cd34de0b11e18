import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';

/**
 * The tab API's HTTP shapes, free of any server library: bot/server turns a restify request into
 * an `ApiRequest` and sends the `ApiReply`, so the API can move to another server untouched.
 */
export type ApiRequest = {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  authorization: string | undefined;
  /** The caller's language (`Accept-Language`; the service's default when it names none of ours). */
  locale: Locale;
  logger: Logger;
};

export type ApiReply = { status: number; body: unknown };

export type ApiRoute = {
  method: 'GET' | 'POST';
  /** A path with `:name` parameters, as restify and most routers write them. */
  path: string;
  handle(request: ApiRequest): Promise<ApiReply>;
};

export function ok(body: unknown): ApiReply {
  return { status: 200, body };
}
