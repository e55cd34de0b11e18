import type { Response } from 'restify';
import type { Locale } from '../domain/locale';
import { format, type Messages, messagesFor } from '../i18n/messages';

export type RefusalCode =
  | 'payload_too_large'
  | 'unsupported_encoding'
  | 'unsupported_media_type'
  | 'invalid_json'
  | 'unreadable_body'
  | 'rate_limited';

/** What the HTTP edge says when it refuses a request before any route sees it. */
export type Refusal = {
  status: number;
  code: RefusalCode;
  text: keyof Messages['http'];
  values?: Record<string, string | number>;
  headers?: Record<string, string>;
  /**
   * Close the connection after answering: the body was not read, and reading a large or endless
   * one only to discard it would keep the request's cost with the server.
   */
  close?: boolean;
};

/** Sends a refusal in the caller's language, in the `{ error, message }` shape of every error. */
export function sendRefusal(response: Response, refusal: Refusal, locale: Locale): void {
  for (const [name, value] of Object.entries(refusal.headers ?? {})) response.setHeader(name, value);
  if (refusal.close) response.setHeader('connection', 'close');
  response.send(refusal.status, {
    error: refusal.code,
    message: format(messagesFor(locale).http[refusal.text], refusal.values ?? {}),
  });
}
