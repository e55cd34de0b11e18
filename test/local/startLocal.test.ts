import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../bot/local/ports';
import { botAddedToTeam, personalMessage } from '../support/activities';
import { ConnectorService } from '../support/connectorService';

const root = join(__dirname, '..', '..');

type Launch = { child: ChildProcess; output: () => string; exited: Promise<number | string> };

/** `npm start` as a developer runs it, in its own process group so Ctrl-C can be sent to all of it. */
function npmStart(env: Record<string, string>): Launch {
  let output = '';
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // npm ends itself with the signal it was stopped by, as a shell expects; the code says how otherwise.
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, output: () => output, exited };
}

async function waitForOutput(launch: Launch, pattern: RegExp, timeoutMs = 40000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(launch.output())) {
    if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} in:\n${launch.output()}`);
    if (launch.child.exitCode !== null) throw new Error(`npm start exited early:\n${launch.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function pressCtrlC(launch: Launch): void {
  process.kill(-(launch.child.pid as number), 'SIGINT');
}

function killGroup(launch: Launch): void {
  try {
    process.kill(-(launch.child.pid as number), 'SIGKILL');
  } catch {
    // The whole group has already exited.
  }
}

function postActivity(port: string, activity: unknown): Promise<Response> {
  return fetch(`http://localhost:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

async function portAnswers(port: string): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  let dataDir: string;
  let connector: ConnectorService;
  let env: Record<string, string>;
  const running: Launch[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lardomar-start-'));
    connector = await ConnectorService.start();
    connector.addTeam({ id: 'team-rlg', name: 'Regionledningsgrupp (RLG)', channels: [{ id: 'team-rlg' }] });
    env = {
      PORT: String(await findFreePort()),
      AZURITE_PORT: String(await findFreePort()),
      PLAYGROUND_PORT: String(await findFreePort()),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    for (const launch of running) killGroup(launch);
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs storage, bot and Playground, stops on Ctrl-C, and keeps the data for the next start', async () => {
    const first = npmStart(env);
    running.push(first);
    await waitForOutput(first, /Press Ctrl-C to stop/);

    expect(first.output()).toContain(`Chat with the bot:  http://localhost:${env.PLAYGROUND_PORT}`);
    expect(first.output()).toContain(`http://localhost:${env.PORT}/api/messages`);
    const playground = await fetch(`http://localhost:${env.PLAYGROUND_PORT}/`);
    expect(await playground.text()).toContain('Microsoft 365 Agents Playground');
    const installed = await postActivity(
      env.PORT as string,
      botAddedToTeam(connector.serviceUrl, { id: 'team-rlg', name: 'Regionledningsgrupp (RLG)' }),
    );
    expect(installed.status).toBe(200);

    pressCtrlC(first);
    expect(await first.exited).toBe('SIGINT');
    await waitForOutput(first, /stopping Lärdomar/);
    for (const port of [env.PORT, env.AZURITE_PORT, env.PLAYGROUND_PORT]) {
      expect(await portAnswers(port as string)).toBe(false);
    }

    const second = npmStart({ ...env, PLAYGROUND: 'off' });
    running.push(second);
    await waitForOutput(second, /Press Ctrl-C to stop/);
    expect(second.output()).toContain('Playground:         off');
    await postActivity(env.PORT as string, personalMessage(connector.serviceUrl, 'grupper'));
    const groups = JSON.stringify(connector.sentActivities().at(-1));
    expect(groups).toContain('Regionledningsgrupp (RLG)');

    const third = npmStart({ ...env, PLAYGROUND: 'off' });
    running.push(third);
    expect(await third.exited).toBe(2);
    expect(third.output()).toContain(`Port ${env.PORT} (PORT, for the bot service) is already in use.`);

    pressCtrlC(second);
    expect(await second.exited).toBe('SIGINT');
  }, 120000);

  it('starts the service again when it dies, leaving Azurite and the stored data alone', async () => {
    const launch = npmStart({ ...env, PLAYGROUND: 'off', DATA_DIR: join(dataDir, 'restart') });
    running.push(launch);
    await waitForOutput(launch, /Press Ctrl-C to stop/);
    const pid = Number(/Service process: +pid (\d+)/.exec(launch.output())?.[1]);
    const installed = await postActivity(
      env.PORT as string,
      botAddedToTeam(connector.serviceUrl, { id: 'team-rlg', name: 'Regionledningsgrupp (RLG)' }),
    );
    expect(installed.status).toBe(200);

    process.kill(pid, 'SIGKILL');
    expect(await portAnswers(env.AZURITE_PORT as string)).toBe(true);
    await waitForOutput(launch, /The service is running again \(pid (\d+)\)/);

    expect(launch.output()).toContain('The service stopped unexpectedly (SIGKILL). Azurite keeps running');
    expect((await fetch(`http://localhost:${env.PORT}/healthz`)).status).toBe(200);
    await postActivity(env.PORT as string, personalMessage(connector.serviceUrl, 'grupper'));
    expect(JSON.stringify(connector.sentActivities().at(-1))).toContain('Regionledningsgrupp (RLG)');

    pressCtrlC(launch);
    expect(await launch.exited).toBe('SIGINT');
    for (const port of [env.PORT, env.AZURITE_PORT]) expect(await portAnswers(port as string)).toBe(false);
  }, 120000);

  it('refuses a broken setting with a message that names it', async () => {
    const launch = npmStart({ ...env, PORT: 'three', PLAYGROUND: 'off' });
    running.push(launch);

    expect(await launch.exited).toBe(2);
    expect(launch.output()).toMatch(/PORT: Expected number/);
  }, 30000);
});
