import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/**
 * Runs infra/deploy.sh in a copy of the repository with fake az, npm, curl and zip first on PATH
 * (fakeCli.cjs), and returns what it printed and every call it made. The copy keeps the real
 * working tree's dist/ and manifest/build/ untouched.
 */

export type Call = { tool: string; args: string[]; cwd: string; env: Record<string, string> };

export type DeployRun = {
  status: number | null;
  stdout: string;
  stderr: string;
  calls: Call[];
  /** The repository copy the script ran in. */
  project: string;
  /** The zip `az webapp deploy` was given, if it was called. */
  deployedZip?: Buffer;
};

/** What the fake Azure answers. */
export type Azure = {
  loggedIn?: boolean;
  groupExists?: boolean;
  outputs?: Partial<typeof deploymentOutputs>;
  /** Health checks that fail before /healthz answers 200. */
  unhealthy?: number;
};

export type RunOptions = {
  azure?: Azure;
  /** Variables for the script's environment, beside PATH and the fakes' settings. */
  env?: Record<string, string>;
  /** Leave the fake tools off PATH, as on a machine without them. */
  withoutTools?: boolean;
};

export const deploymentOutputs = {
  webAppHostName: 'app-lardomar-q3x7vbn2kfm4o.azurewebsites.net',
  webAppName: 'app-lardomar-q3x7vbn2kfm4o',
  botAppId: '6f1c2b1e-5d0a-4c4e-9b8e-2a6f3c1d7e90',
  botTenantId: '0b4f7a2c-1e3d-4f5a-8b6c-9d0e1f2a3b4c',
  botName: 'bot-lardomar-q3x7vbn2kfm4o',
  storageTableEndpoint: 'https://stlardomarq3x7vbn2kfm4o.table.core.windows.net',
  tabClientId: '',
  storageAccountName: 'stlardomarq3x7vbn2kfm4o',
};

const root = join(__dirname, '..', '..');
const fakeCli = join(__dirname, 'fakeCli.cjs');
const bash = findOnPath('bash');

const created: string[] = [];

/** Removes the repository copies made so far; for `afterEach`. */
export function removeProjects(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function runDeploy(args: string[], options: RunOptions = {}): DeployRun {
  const scratch = mkdtempSync(join(tmpdir(), 'lardomar-deploy-'));
  created.push(scratch);
  const project = makeProject(join(scratch, 'repo'));
  const state = join(scratch, 'state');
  const bin = join(scratch, 'bin');
  mkdirSync(state);
  mkdirSync(bin);
  if (!options.withoutTools) {
    for (const tool of ['az', 'npm', 'curl', 'zip']) {
      writeFileSync(join(bin, tool), `#!/bin/sh\nexec '${process.execPath}' '${fakeCli}' ${tool} "$@"\n`, {
        mode: 0o755,
      });
    }
  }
  const azure = options.azure ?? {};
  const env: Record<string, string> = {
    PATH: options.withoutTools
      ? bin
      : [bin, dirname(process.execPath), process.env.PATH ?? '/usr/bin:/bin'].join(delimiter),
    HOME: scratch,
    TMPDIR: scratch,
    DEPLOY_HEALTH_TRIES: '3',
    DEPLOY_HEALTH_INTERVAL: '0',
    FAKE_STATE: state,
    FAKE_LOGGED_IN: String(azure.loggedIn ?? true),
    FAKE_GROUP: String(azure.groupExists ?? false),
    FAKE_OUTPUTS: JSON.stringify(
      Object.fromEntries(
        Object.entries({ ...deploymentOutputs, ...azure.outputs }).map(([name, value]) => [
          name,
          { type: 'String', value },
        ]),
      ),
    ),
    FAKE_UNHEALTHY: String(azure.unhealthy ?? 0),
    ...options.env,
  };
  const result = spawnSync(bash, [join(project, 'infra', 'deploy.sh'), ...args], {
    cwd: project,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const log = join(state, 'calls.jsonl');
  const deployed = join(state, 'deployed.zip');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    calls: existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as Call)
      : [],
    project,
    ...(existsSync(deployed) ? { deployedZip: readFileSync(deployed) } : {}),
  };
}

/** A call as a person would name it: the tool and its words before the first option. */
export function commandOf(call: Call): string {
  const firstOption = call.args.findIndex((arg) => arg.startsWith('-'));
  return [call.tool, ...(firstOption < 0 ? call.args : call.args.slice(0, firstOption))].join(' ');
}

/** The value after `name` in the call's arguments. */
export function optionOf(call: Call | undefined, name: string): string | undefined {
  const index = call ? call.args.indexOf(name) : -1;
  return index >= 0 ? call?.args[index + 1] : undefined;
}

/**
 * The files deploy.sh reads, plus what must never reach Azure: a .env with a secret, the sources
 * and the dev dependencies.
 */
function makeProject(project: string): string {
  for (const file of ['infra/deploy.sh', 'infra/main.bicep', 'infra/main.parameters.json', 'package.json']) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    copyFileSync(join(root, file), join(project, file));
  }
  writeFileSync(join(project, 'package-lock.json'), '{ "name": "lardomar", "lockfileVersion": 3 }\n');
  writeFileSync(join(project, '.env'), 'MicrosoftAppPassword=not-for-azure\n');
  mkdirSync(join(project, 'bot'));
  writeFileSync(join(project, 'bot', 'main.ts'), '// a source file\n');
  mkdirSync(join(project, 'node_modules', 'typescript'), { recursive: true });
  writeFileSync(join(project, 'node_modules', 'typescript', 'package.json'), '{}');
  return project;
}

function findOnPath(command: string): string {
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, command))
    .find((file) => existsSync(file));
  if (!found) throw new Error(`${command} is not on PATH`);
  return found;
}
