import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sits between the Agents Playground and the bot. The Playground stamps every activity with the
 * fixed locale "en-US", whatever the person's language; Teams sends the user's client language.
 * The relay puts the chosen locale in its place (PLAYGROUND_LOCALE, Swedish by default), so the bot
 * can be tried as a Swedish or an English user would meet it. Everything else passes unchanged.
 */
export async function startPlaygroundRelay(options: {
  botEndpoint: string;
  locale: string;
  port?: number;
}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void relay(request, options).then(
      ({ status, headers, body }) => {
        response.writeHead(status, headers);
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'bot_unreachable', message: String(error) }));
      },
    );
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function relay(request: IncomingMessage, options: { botEndpoint: string; locale: string }) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = withLocale(Buffer.concat(chunks).toString('utf8'), options.locale);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name))
      headers[name] = value;
  }
  const answer = await fetch(options.botEndpoint, {
    method: request.method ?? 'POST',
    headers,
    ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body }),
  });
  return {
    status: answer.status,
    headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
    body: Buffer.from(await answer.arrayBuffer()),
  };
}

/** The activity with its locale (and the client-info entity's) set; a body that is no JSON object passes as is. */
export function withLocale(body: string, locale: string): string {
  let activity: unknown;
  try {
    activity = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) return body;
  const record = activity as { locale?: unknown; entities?: unknown };
  if (record.locale !== undefined) record.locale = locale;
  if (Array.isArray(record.entities)) {
    for (const entity of record.entities as { type?: unknown; locale?: unknown }[]) {
      if (entity?.type === 'clientInfo' && entity.locale !== undefined) entity.locale = locale;
    }
  }
  return JSON.stringify(record);
}
