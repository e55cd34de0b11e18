/**
 * `npm run smoke`: the whole app started as a developer starts it (`npm start`, without the
 * Playground), on whichever Node is first on PATH: `/healthz` answers, and "hjälp" in a 1:1 chat
 * gets the help card through a local Bot Connector. CI runs it on Node 22 beside the suite on 24,
 * so both supported majors are known to work. Its last line is `smoke: N passed, N failed`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../bot/local/ports';
import { personalMessage } from '../support/activities';
import { ConnectorService } from '../support/connectorService';

const root = join(__dirname, '..', '..');
const results: [string, boolean, string][] = [];

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lardomar-smoke-'));
  const connector = await ConnectorService.start();
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const launcher: ChildProcess = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      AZURITE_PORT: String(await findFreePort()),
      PLAYGROUND: 'off',
      SAMPLE_DATA: 'off',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [launcher.stdout, launcher.stderr]) {
    stream?.on('data', (chunk) => {
      output += chunk;
    });
  }
  const exited = new Promise<number | string>((resolve) =>
    launcher.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  try {
    const started = Date.now();
    while (!output.includes('Press Ctrl-C to stop')) {
      if (launcher.exitCode !== null || Date.now() - started > 180_000) {
        throw new Error(`npm start did not come up:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    check('npm start prints no deprecation warning', !/DeprecationWarning|DEP0\d{3}/.test(output), output);

    const health = await fetch(`${base}/healthz`);
    check('/healthz answers 200', health.status === 200, `status ${health.status}`);

    const asked = Date.now();
    const reply = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(connector.serviceUrl, 'hjälp')),
    });
    const card = JSON.stringify(connector.sentActivities().at(-1) ?? {});
    check(
      `"hjälp" gets the help card (${Date.now() - asked} ms)`,
      reply.status === 200 && card.includes('Det här kan du skriva till mig'),
      `status ${reply.status}, sent: ${card.slice(0, 200)}`,
    );

    process.kill(-(launcher.pid as number), 'SIGINT');
    check('Ctrl-C stops it', (await exited) === 'SIGINT', output.slice(-500));
  } finally {
    try {
      process.kill(-(launcher.pid as number), 'SIGKILL');
    } catch {
      // Already stopped, as it should be.
    }
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function check(name: string, passed: boolean, detail: string): void {
  results.push([name, passed, detail]);
  process.stdout.write(`${passed ? 'ok  ' : 'FAIL'} ${name}${passed ? '' : `\n${detail}`}\n`);
}

main()
  .catch((error: unknown) => {
    results.push(['the smoke ran to its end', false, String(error)]);
    process.stdout.write(`FAIL ${error instanceof Error ? error.message : String(error)}\n`);
  })
  .finally(() => {
    const failed = results.filter(([, passed]) => !passed).length;
    process.stdout.write(
      `smoke on Node ${process.versions.node}: ${results.length - failed} passed, ${failed} failed\n`,
    );
    process.exit(failed > 0 ? 1 : 0);
  });
