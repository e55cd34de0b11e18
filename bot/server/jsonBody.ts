import contentType from 'content-type';
import getRawBody from 'raw-body';
import type { Next, Request, Response } from 'restify';
import type { Refusal } from './refusal';

type Headers = Request['headers'];

/**
 * Reads a JSON body for the routes, or refuses the request. It replaces restify's body reader,
 * whose gunzip stream has no error handler (a non-gzip body sent as gzip ends the process,
 * restify#1975) and whose size limit counts compressed bytes. Neither Teams nor a browser
 * compresses what it sends, so a compressed body is refused before a byte of it is read, and the
 * limit counts the bytes that would be parsed.
 */
export function jsonBodyReader(
  maxBytes: number,
  refuse: (request: Request, response: Response, refusal: Refusal) => void,
) {
  return (request: Request, response: Response, next: Next): void => {
    if (!hasBody(request.headers)) {
      next();
      return;
    }
    const early = refusalBeforeReading(request.headers, maxBytes);
    if (early) {
      refuse(request, response, early);
      next(false);
      return;
    }
    getRawBody(request, { length: request.headers['content-length'], limit: maxBytes, encoding: 'utf8' })
      .then((text) => {
        const parsed = parseJson(text);
        if (!parsed.ok) {
          refuse(request, response, { status: 400, code: 'invalid_json', text: 'invalidJson' });
          next(false);
          return;
        }
        request.body = parsed.value;
        next();
      })
      .catch((error: unknown) => {
        refuse(request, response, refusalForReadError(error, maxBytes));
        next(false);
      });
  };
}

/** A request carries a body when it says it is chunked or gives a length above zero. */
export function hasBody(headers: Headers): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = Number(headers['content-length']);
  return Number.isFinite(length) && length > 0;
}

/** What can be refused from the headers alone, so a hostile body is never read. */
export function refusalBeforeReading(headers: Headers, maxBytes: number): Refusal | undefined {
  const encoding = (headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    return {
      status: 415,
      code: 'unsupported_encoding',
      text: 'encodingUnsupported',
      values: { encoding: encoding.slice(0, 40) },
      headers: { 'accept-encoding': 'identity' },
      close: true,
    };
  }
  const type = mediaType(headers['content-type']);
  if (!type || !(type.type === 'application/json' || type.type.endsWith('+json'))) {
    return { status: 415, code: 'unsupported_media_type', text: 'mediaTypeUnsupported', close: true };
  }
  const charset = type.parameters.charset?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return { status: 415, code: 'unsupported_media_type', text: 'charsetUnsupported', close: true };
  }
  if (Number(headers['content-length']) > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

function refusalForReadError(error: unknown, maxBytes: number): Refusal {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') return tooLarge(maxBytes);
  // Aborted, shorter or longer than announced: nothing usable arrived.
  return { status: 400, code: 'unreadable_body', text: 'unreadable', close: true };
}

function tooLarge(maxBytes: number): Refusal {
  return {
    status: 413,
    code: 'payload_too_large',
    text: 'bodyTooLarge',
    values: { maxKiB: Math.floor(maxBytes / 1024) },
    close: true,
  };
}

function mediaType(header: string | undefined): contentType.ParsedMediaType | undefined {
  if (!header) return undefined;
  try {
    return contentType.parse(header);
  } catch (error) {
    // A header that does not parse names no type we read.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false };
    throw error;
  }
}
