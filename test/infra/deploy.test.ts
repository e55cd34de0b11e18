import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readPackageSettings } from '../../manifest/settings';
import {
  commandOf,
  type DeployRun,
  deploymentOutputs,
  optionOf,
  removeProjects,
  runDeploy,
} from './deployHarness';

/**
 * infra/deploy.sh against fake az, npm, curl and zip: which Azure commands it runs with which
 * names, what it ships, and what it tells the admin. The real deployment runs against Azure only.
 */

const script = join(__dirname, '..', '..', 'infra', 'deploy.sh');
const outputs = deploymentOutputs;

afterAll(removeProjects);

/** Azure commands that only read. */
const readOnly = ['az account show', 'az group exists', 'az deployment group what-if'];

function commands(run: DeployRun): string[] {
  return run.calls.map(commandOf);
}

function call(run: DeployRun, command: string) {
  return run.calls.find((c) => commandOf(c) === command);
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('infra/deploy.sh', () => {
  it('is a bash script that parses and may be run directly', () => {
    const syntax = spawnSync('bash', ['-n', script], { encoding: 'utf8' });

    expect(syntax.stderr).toBe('');
    expect(syntax.status).toBe(0);
    expect(readFileSync(script, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env bash');
    expect(statSync(script).mode & 0o111).toBe(0o111);
  });

  it('shows its usage with --help and touches nothing', () => {
    const run = runDeploy(['--help']);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: infra/deploy.sh --resource-group RG');
    expect(run.stdout).toContain('--what-if');
    expect(run.calls).toEqual([]);
  });

  it('refuses to run without a resource group, in one line', () => {
    const run = runDeploy(['--location', 'swedencentral']);

    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringContaining('--resource-group is required')]);
    expect(run.calls).toEqual([]);
  });

  it('refuses an unknown argument or an option without its value, in one line', () => {
    const unknown = runDeploy(['--resource-group', 'rg-lardomar', '--force']);
    const valueless = runDeploy(['--resource-group', '--what-if']);

    expect(unknown.status).toBe(2);
    expect(lines(unknown.stderr)).toEqual([expect.stringContaining("unknown argument '--force'")]);
    expect(valueless.status).toBe(2);
    expect(lines(valueless.stderr)).toEqual([expect.stringContaining('--resource-group needs a value')]);
    expect([...unknown.calls, ...valueless.calls]).toEqual([]);
  });

  it('says in one line that the Azure CLI is missing', () => {
    const run = runDeploy(['--resource-group', 'rg-lardomar'], { withoutTools: true });

    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^deploy\.sh: az is not installed/)]);
  });

  it('says in one line that the Azure CLI is not logged in', () => {
    const run = runDeploy(['--resource-group', 'rg-lardomar'], { azure: { loggedIn: false } });

    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringContaining('run az login')]);
    expect(commands(run)).toEqual(['az account show']);
  });

  it('with --what-if, asks Azure what would change and changes nothing', () => {
    const run = runDeploy(['--resource-group', 'rg-lardomar', '--what-if'], { azure: { groupExists: true } });
    const whatIf = call(run, 'az deployment group what-if');

    expect(run.status).toBe(0);
    expect(commands(run)).toEqual(readOnly);
    expect(optionOf(whatIf, '--resource-group')).toBe('rg-lardomar');
    expect(optionOf(whatIf, '--template-file')).toBe(join(run.project, 'infra', 'main.bicep'));
    expect(optionOf(whatIf, '--parameters')).toBe(`@${join(run.project, 'infra', 'main.parameters.json')}`);
    expect(run.stdout).toContain('+ Create');
    expect(existsSync(join(run.project, 'dist'))).toBe(false);
    expect(existsSync(join(run.project, 'manifest'))).toBe(false);
  });

  it('with --what-if on a group that does not exist, says what a deployment would create', () => {
    const run = runDeploy(['-g', 'rg-new', '--what-if', '--location', 'westeurope']);

    expect(run.status).toBe(0);
    expect(commands(run)).toEqual(['az account show', 'az group exists']);
    expect(run.stdout).toContain('a deployment would create it in westeurope');
  });

  describe('deploying into a new group', () => {
    let run: DeployRun;
    beforeAll(() => {
      run = runDeploy(['--resource-group', 'rg-lardomar'], {
        env: { APP_VERSION: '1.4.0', NODE_ENV: 'development' },
      });
    });

    it('creates the group, deploys the template, the built app, and then writes the Teams package', () => {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(commands(run)).toEqual([
        'az account show',
        'az group exists',
        'npm ci',
        'npm run build',
        'npm run build:tab',
        'npm ci',
        'zip',
        'az group create',
        'az deployment group create',
        'az webapp deploy',
        'curl',
        'npm run package',
      ]);

      const group = call(run, 'az group create');
      expect(optionOf(group, '--name')).toBe('rg-lardomar');
      expect(optionOf(group, '--location')).toBe('swedencentral');

      const deployment = call(run, 'az deployment group create');
      expect(optionOf(deployment, '--resource-group')).toBe('rg-lardomar');
      expect(optionOf(deployment, '--name')).toBe('lardomar');
      expect(optionOf(deployment, '--template-file')).toBe(join(run.project, 'infra', 'main.bicep'));
      expect(optionOf(deployment, '--parameters')).toBe(
        `@${join(run.project, 'infra', 'main.parameters.json')}`,
      );
      expect(optionOf(deployment, '--query')).toBe('properties.outputs');

      const upload = call(run, 'az webapp deploy');
      expect(optionOf(upload, '--resource-group')).toBe('rg-lardomar');
      expect(optionOf(upload, '--name')).toBe(outputs.webAppName);
      expect(optionOf(upload, '--type')).toBe('zip');
      expect(optionOf(upload, '--src-path')).toBe(optionOf(call(run, 'zip'), '-r'));

      expect(call(run, 'curl')?.args).toContain(`https://${outputs.webAppHostName}/healthz`);
    });

    it('writes the Teams package with the deployed ids and tells the admin where to upload it', () => {
      const packaging = call(run, 'npm run package');
      const settings = readPackageSettings(packaging?.env ?? {}, '0.1.0');

      expect(packaging?.cwd).toBe(run.project);
      expect(settings).toEqual({
        MicrosoftAppId: outputs.botAppId,
        BOT_DOMAIN: outputs.webAppHostName,
        TEAMS_APP_ID: outputs.botAppId,
        TAB_CLIENT_ID: outputs.botAppId,
        APP_VERSION: '1.4.0',
      });
      expect(run.stdout).toContain(
        `Teams app package: ${join(run.project, 'manifest', 'build', 'lardomar.zip')}`,
      );
      expect(run.stdout).toContain('Teams apps > Manage apps > Upload new app');
      expect(run.stdout).toContain('Teams apps > Permission policies');
      expect(run.stdout).toContain('Install it into the team of each management group');
      expect(run.stdout).toContain("The tab's sign-in is not set up yet");
      expect(run.stdout).toContain('infra/README.md, "After the deployment", point 4');
    });

    it('ships the built service and tab with production dependencies, and no sources or .env', async () => {
      const staging = run.calls.filter((c) => commandOf(c) === 'npm ci')[1];
      const zip = await JSZip.loadAsync(run.deployedZip ?? Buffer.alloc(0));
      const files = Object.values(zip.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name)
        .sort();

      expect(staging?.args).toEqual(expect.arrayContaining(['--omit=dev', '--ignore-scripts']));
      expect(staging?.cwd).not.toBe(run.project);
      expect(files).toEqual([
        'dist/bot/main.js',
        'dist/tab/index.html',
        'node_modules/restify/package.json',
        'package-lock.json',
        'package.json',
      ]);
      expect(await zip.file('package.json')?.async('string')).toBe(
        readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'),
      );
    });

    it('builds the tab for production and installs the build tools whatever NODE_ENV says', () => {
      expect(call(run, 'npm run build:tab')?.env.NODE_ENV).toBe('production');
      expect(call(run, 'npm ci')?.args).toContain('--include=dev');
    });
  });

  describe('deploying again, once the tab has its own app registration', () => {
    const tabClientId = '3c9e5a7b-2d4f-4a6c-8e1b-5f7d9a0c2e4b';
    let run: DeployRun;
    beforeAll(() => {
      run = runDeploy(
        ['-g', 'rg-lardomar', '--parameters', 'infra/main.parameters.json', '--name', 'lardomar-2'],
        {
          azure: { groupExists: true, outputs: { tabClientId } },
        },
      );
    });

    it('deploys into the existing group with the given parameters file and deployment name', () => {
      const deployment = call(run, 'az deployment group create');

      expect(run.status).toBe(0);
      expect(commands(run)).not.toContain('az group create');
      expect(optionOf(deployment, '--name')).toBe('lardomar-2');
      expect(optionOf(deployment, '--parameters')).toBe(
        `@${join(run.project, 'infra', 'main.parameters.json')}`,
      );
    });

    it("packages the tab's app registration and says what it must expose", () => {
      expect(call(run, 'npm run package')?.env.TAB_CLIENT_ID).toBe(tabClientId);
      expect(run.stdout).toContain(`api://${outputs.webAppHostName}/${tabClientId}`);
      expect(run.stdout).not.toContain("The tab's sign-in is not set up yet");
    });
  });

  it('waits for /healthz while the app starts', () => {
    const run = runDeploy(['--resource-group', 'rg-lardomar'], { azure: { unhealthy: 2 } });

    expect(run.status).toBe(0);
    expect(commands(run).filter((command) => command === 'curl')).toHaveLength(3);
    expect(commands(run)).toContain('npm run package');
  });

  it('stops before the Teams package when /healthz never answers, and says where to look', () => {
    const run = runDeploy(['--resource-group', 'rg-lardomar'], { azure: { unhealthy: 99 } });

    expect(run.status).toBe(1);
    expect(commands(run).filter((command) => command === 'curl')).toHaveLength(3);
    expect(commands(run)).not.toContain('npm run package');
    expect(run.stderr).toContain(
      `https://${outputs.webAppHostName}/healthz did not answer 200 after 3 tries`,
    );
    expect(run.stderr).toContain(
      `az webapp log tail --resource-group rg-lardomar --name ${outputs.webAppName}`,
    );
  });
});
