import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { personalMessage } from '../support/activities';
import { rawRequest } from '../support/rawRequest';
import { type ServiceChild, startServiceChild } from '../support/serviceChild';

/**
 * Requests that once ended or bloated the whole process (restify's gunzip without an error
 * handler, restify#1975; a size limit counting compressed bytes), sent to the service running as
 * its own process. After each, it must still answer /healthz, and its memory must stay put.
 */
describe('bodies the service refuses without reading', () => {
  let service: ServiceChild;
  let baselineMiB: number;

  beforeAll(async () => {
    service = await startServiceChild();
    // Warm up the routes once, so the baseline includes what every first request loads.
    await fetch(`${service.url}/healthz`);
    await rawRequest(`${service.url}/api/messages`, {
      headers: { 'content-type': 'application/json' },
      chunks: ['{}'],
    });
    baselineMiB = service.rssMiB();
  });

  afterAll(async () => {
    await service.stop();
  });

  afterEach(async () => {
    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(200);
    expect(service.child.exitCode).toBeNull();
  });

  const activity = JSON.stringify(personalMessage('http://127.0.0.1:1/', 'hjälp'));
  // 240 MiB of JSON in about 240 KiB of gzip: under the limit as sent, far over it as inflated.
  const bomb = gzipSync(Buffer.from(`{"text":"${'A'.repeat(240 * 1024 * 1024)}"}`), { level: 9 });
  const bodies: [string, Buffer][] = [
    ['a plain body', Buffer.from(activity)],
    ['a real gzip body', gzipSync(activity)],
    ['a gzip bomb', bomb],
  ];
  const routes = [
    ['POST', '/api/messages'],
    ['POST', '/api/rounds/x/close'],
    ['GET', '/api/me'],
  ] as const;

  describe.each(['gzip', 'deflate', 'br', 'GZIP, identity'])('Content-Encoding: %s', (encoding) => {
    it.each(bodies)('refuses %s with 415 before reading it, on every route', async (_name, body) => {
      for (const [method, path] of routes) {
        const reply = await rawRequest(`${service.url}${path}`, {
          method,
          headers: {
            'content-type': 'application/json',
            'content-encoding': encoding,
            'content-length': String(body.length),
          },
          chunks: [body],
        });

        expect({ path, status: reply.status }).toEqual({ path, status: 415 });
        expect(reply.headers['accept-encoding']).toBe('identity');
        expect(JSON.parse(reply.body)).toMatchObject({ error: 'unsupported_encoding' });
      }
    });

    it('lets an empty body through to the route, which answers it as it would any other', async () => {
      const messages = await rawRequest(`${service.url}/api/messages`, {
        headers: { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': '0' },
      });
      const me = await rawRequest(`${service.url}/api/me`, {
        method: 'GET',
        headers: { 'content-encoding': encoding },
      });

      expect(messages.status).toBe(400);
      expect(me.status).toBe(401);
    });

    it('refuses a chunked body that never comes, and survives it', async () => {
      const reply = await rawRequest(`${service.url}/api/messages`, {
        headers: {
          'content-type': 'application/json',
          'content-encoding': encoding,
          'transfer-encoding': 'chunked',
        },
        chunks: [],
      });

      expect(reply.status).toBe(415);
    });
  });

  it('counts the limit in the bytes it would parse, with or without a declared length', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(300 * 1024) });
    const declared = await rawRequest(`${service.url}/api/messages`, {
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
      chunks: [big],
    });
    const chunked = await rawRequest(`${service.url}/api/messages`, {
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: Array.from({ length: 30 }, () => 'x'.repeat(10 * 1024)),
    });

    expect(declared.status).toBe(413);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({
      error: 'payload_too_large',
      message: 'Begäran är för stor: högst 256 KiB tas emot.',
    });
  });

  it.each([
    ['text/plain', 'hjälp', 415, 'unsupported_media_type'],
    ['application/x-www-form-urlencoded', 'a=1', 415, 'unsupported_media_type'],
    ['multipart/form-data; boundary=x', '--x\r\n\r\n--x--', 415, 'unsupported_media_type'],
    ['application/json; charset=latin1', '{}', 415, 'unsupported_media_type'],
    ['application/json', '{"type": "message", ', 400, 'invalid_json'],
  ])('answers a body sent as %s with %s and a reason', async (type, body, status, error) => {
    const reply = await rawRequest(`${service.url}/api/messages`, {
      headers: { 'content-type': type, 'content-length': String(Buffer.byteLength(body)) },
      chunks: [body],
    });

    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ error });
  });

  it('says it in English to a caller who asks for English', async () => {
    const reply = await rawRequest(`${service.url}/api/me`, {
      method: 'GET',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'accept-language': 'en-GB,en;q=0.9,sv;q=0.5',
        'content-length': '2',
      },
      chunks: ['{}'],
    });

    expect(JSON.parse(reply.body)).toEqual({
      error: 'unsupported_encoding',
      message: 'The request is encoded as gzip. Send the content uncompressed.',
    });
  });

  it('survives a body shorter than it announced', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(service.url).port), '127.0.0.1', () => {
        socket.end(
          'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":',
        );
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });

    expect(reply).not.toContain('200 OK');
  });

  it('keeps its memory through all of the above (no inflated body was ever held)', () => {
    expect(service.rssMiB() - baselineMiB).toBeLessThan(60);
  });
});
