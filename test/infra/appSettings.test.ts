import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../bot/config/config';
import { literal, readTemplate } from './bicepTemplate';
import { type Environment, sampleEnvironment, serviceReads, settingsReadAtStart } from './serviceSettings';

/**
 * The app settings main.bicep writes, held against what the service reads at start, both ways:
 * a setting the service reads is written (or left out for a named reason), and a setting written
 * is read by the service or by a named part of the platform.
 */

const root = join(__dirname, '..', '..');
const bicep = readTemplate(readFileSync(join(root, 'infra', 'main.bicep'), 'utf8'));
const written = bicep.appSettings.map((setting) => setting.name);

/** Settings the service reads that the Web App must not get, and why. */
const leftOut: Record<string, string> = {
  PORT: 'App Service sets it to the port its front end forwards to',
  HOST: 'the production default, 0.0.0.0, is the interface App Service forwards to',
  AZURITE_PORT: 'only the local launcher runs Azurite',
  MicrosoftAppPassword: 'the bot authenticates as the managed identity, which has no secret',
  STORAGE_CONNECTION_STRING:
    'the managed identity reaches storage through STORAGE_ACCOUNT_URL; the account refuses keys',
};

/**
 * Settings the service does not read through `loadConfig` but something else in the Web App does.
 * Anything not listed here must change what `loadConfig` returns, so a misspelt name fails.
 */
const readElsewhere: Record<string, string> = {
  AZURE_CLIENT_ID: '@azure/identity (DefaultAzureCredential picks the user-assigned identity)',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'the App Service Application Insights agent',
  ApplicationInsightsAgent_EXTENSION_VERSION: 'App Service (turns the Node.js agent on)',
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service deployment (Kudu, on each zip deploy)',
};

/** What `loadConfig` reads, seen in each kind of start: the Web App's, a local one, one with a secret. */
const readAtStart = settingsReadAtStart([
  sampleEnvironment(bicep),
  {},
  {
    MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppPassword: 'a-client-secret',
    STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  },
]);

describe('the app settings in infra/main.bicep', () => {
  it('writes each app setting once', () => {
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual([...new Set(written)]);
  });

  it('start the service in production mode with the managed identity, on every interface', () => {
    const config = loadConfig(sampleEnvironment(bicep));

    expect(config.mode).toBe('production');
    expect(config.bot.kind).toBe('UserAssignedMSI');
    expect(config.storage.kind).toBe('accountUrl');
    expect(config.host).toBe('0.0.0.0');
  });

  it('start the service with the values of the example parameters file too', () => {
    const file = JSON.parse(readFileSync(join(root, 'infra', 'main.parameters.json'), 'utf8')) as {
      parameters: Record<string, { value: unknown }>;
    };
    const strings = Object.entries(file.parameters).flatMap(([name, { value }]) =>
      typeof value === 'string' ? [[name, value] as const] : [],
    );
    const config = loadConfig(sampleEnvironment(bicep, Object.fromEntries(strings)));

    expect(config.mode).toBe('production');
  });

  it('include every setting the service reads at start, but those left out for a named reason', () => {
    const missing = readAtStart.filter((name) => !written.includes(name) && !(name in leftOut));

    expect(readAtStart).toEqual(expect.arrayContaining(['COORDINATORS', 'TAB_CLIENT_ID', 'PORT']));
    expect(missing).toEqual([]);
  });

  it('leave out, for a reason, only settings the service reads', () => {
    const stale = Object.keys(leftOut).filter(
      (name) => !readAtStart.includes(name) || written.includes(name),
    );

    expect(stale).toEqual([]);
  });

  it('are only settings that the service or a named platform component reads', () => {
    const env = sampleEnvironment(bicep);
    const unread = written.filter((name) => !(name in readElsewhere) && !serviceReads(env, name));
    const namedButNotWritten = Object.keys(readElsewhere).filter((name) => !written.includes(name));

    expect(unread).toEqual([]);
    expect(namedButNotWritten).toEqual([]);
  });

  it('name AZURE_CLIENT_ID as the installed @azure/identity reads it', () => {
    expect(written).toContain('AZURE_CLIENT_ID');
    expect(packageSourceMentions('@azure/identity', 'process.env.AZURE_CLIENT_ID')).toBe(true);
  });

  it('offer in each parameter only values the service accepts for the setting it feeds', () => {
    const env: Environment = sampleEnvironment(bicep);
    const checked: string[] = [];
    for (const setting of bicep.appSettings) {
      const param = bicep.params.get(setting.value.text);
      if (!param || param.allowed.length === 0) continue;
      for (const value of param.allowed) {
        expect(() => loadConfig({ ...env, [setting.name]: value })).not.toThrow();
      }
      checked.push(setting.name);
    }
    expect(checked).toEqual(expect.arrayContaining(['LOG_LEVEL', 'DEFAULT_LOCALE']));
  });

  it('turn the build on the server off, since it would build the service without its tab', () => {
    const setting = bicep.appSettings.find((s) => s.name === 'SCM_DO_BUILD_DURING_DEPLOYMENT');

    expect(setting && literal(setting.value)).toBe('false');
  });
});

function packageSourceMentions(packageName: string, text: string): boolean {
  return filesUnder(dirname(require.resolve(packageName)), '.js').some((file) =>
    readFileSync(file, 'utf8').includes(text),
  );
}

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}
