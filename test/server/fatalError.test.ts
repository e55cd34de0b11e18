import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * A process that meets an error nobody caught stops, but its last line says what happened and
 * which request it was serving, by the correlation id its other log lines carry.
 */
describe('an error nobody caught', () => {
  it.each([
    ['throw', 'an unforeseen failure', 'uncaught exception'],
    ['reject', 'an unforeseen rejection', 'unhandled rejection'],
  ])(
    '(%s) is logged with the request it came from, then the process exits 1',
    async (fail, message, kind) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, '..', 'support', 'crashingServer.ts')],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const port = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 30_000);
        child.stdout.on('data', () => {
          const found = /listening (\d+)/.exec(output);
          if (found) {
            clearTimeout(timer);
            resolve(found[1] as string);
          }
        });
      });

      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-correlation-id': `crash-${fail}-1` },
        body: JSON.stringify({ fail }),
      }).catch(() => undefined);

      expect(await exited).toBe(1);
      const fatal = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => line.level === 60);
      expect(fatal).toMatchObject({
        msg: expect.stringContaining(kind),
        correlationId: `crash-${fail}-1`,
        err: { message },
        inFlight: [{ correlationId: `crash-${fail}-1`, method: 'POST', path: '/api/messages' }],
      });
    },
    40_000,
  );
});
