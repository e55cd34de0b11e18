import { request } from 'node:http';

export type RawReply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/**
 * One HTTP request exactly as given: headers fetch would not send (a false Content-Encoding, a
 * chunked body) and bodies that lie about themselves. `chunks` are written one by one.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: (Buffer | string)[] },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'POST', headers: options.headers }, (reply) => {
      let body = '';
      reply.setEncoding('utf8');
      reply.on('data', (chunk: string) => {
        body += chunk;
      });
      reply.on('end', () => resolve({ status: reply.statusCode ?? 0, headers: reply.headers, body }));
    });
    // The server may answer and close before the whole body is sent: that is an answer, not a failure.
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    for (const chunk of options.chunks ?? []) outgoing.write(chunk);
    outgoing.end();
  });
}
