import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../bot/logging/createLogger';
import { createServer } from '../../bot/server/createServer';
import { type RunningBot, startBot } from '../support/runningBot';

const teamsHosts = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('the headers a security review asks for', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot();
  });

  afterAll(async () => {
    await bot.close();
  });

  it('lets only Teams’ and Microsoft 365’s hosts frame the tab, and lets the page load only its own', async () => {
    const reply = await fetch(`${bot.url}/tab/`);
    const policy = directives(reply.headers.get('content-security-policy'));

    expect(policy.get('frame-ancestors')?.sort()).toEqual([...teamsHosts].sort());
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net']);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.headers.get('x-frame-options')).toBeNull();
  });

  it('marks API answers as never to be cached or framed', async () => {
    for (const path of ['/api/me', '/api/rounds']) {
      const reply = await fetch(`${bot.url}${path}`);

      expect(reply.status).toBe(401);
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('sends no Strict-Transport-Security in local mode, which is plain HTTP', async () => {
    const reply = await fetch(`${bot.url}/healthz`);

    expect(reply.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends Strict-Transport-Security in production, on every answer', async () => {
    const tabDir = mkdtempSync(join(tmpdir(), 'lardomar-tab-'));
    writeFileSync(join(tabDir, 'index.html'), '<!doctype html><title>Lärdomar</title>');
    const server = createServer({
      logger: createLogger('silent'),
      mode: 'production',
      defaultLocale: 'sv',
      handleMessages: async (_request, response) => {
        response.send(200);
      },
      checkStorage: async () => ({ reachable: true, latencyMs: 0 }),
      tabDir,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/tab/', '/healthz', '/nowhere']) {
        const reply = await fetch(`${base}${path}`);
        expect(reply.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
