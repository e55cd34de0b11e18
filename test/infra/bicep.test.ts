import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { literal, propertiesKeyed, property, readTemplate, references } from './bicepTemplate';

/**
 * The Bicep template read through its syntax tree (no Bicep compiler is available offline) and
 * held against the service: the bot registration, the routes and the start command must be the
 * ones the service has. Its app settings are checked in appSettings.test.ts.
 */

const root = join(__dirname, '..', '..');
const bicep = readTemplate(readFileSync(join(root, 'infra', 'main.bicep'), 'utf8'));

describe('infra/main.bicep', () => {
  it('uses every parameter it declares', () => {
    const unused = [...bicep.params.keys()].filter((name) => references(bicep.root, name).length === 0);

    expect(bicep.params.size).toBeGreaterThan(0);
    expect(unused).toEqual([]);
  });

  it('gives every parameter a description', () => {
    const undescribed = [...bicep.params.values()].filter((param) => !param.described).map((p) => p.name);

    expect(undescribed).toEqual([]);
  });

  it('registers the bot with the same identity the service authenticates as', () => {
    const setting = (name: string) => bicep.appSettings.find((s) => s.name === name)?.value.text;
    const code = (key: string) => property(bicep.root, key).text;

    expect(code('msaAppType')).toBe(setting('MicrosoftAppType'));
    expect(code('msaAppId')).toBe(setting('MicrosoftAppId'));
    expect(code('msaAppTenantId')).toBe(setting('MicrosoftAppTenantId'));
    expect(setting('AZURE_CLIENT_ID')).toBe(setting('MicrosoftAppId'));

    const identitySymbol = code('msaAppMSIResourceId').replace(/\.id$/, '');
    expect(setting('MicrosoftAppId')).toBe(`${identitySymbol}.properties.clientId`);
    const assigned = propertiesKeyed(bicep.root, `'\${${identitySymbol}.id}'`);
    expect(assigned.map((value) => value.text)).toEqual(['{}']);
  });

  it('points the bot and the health check at routes the service serves', () => {
    const endpoint = property(bicep.root, 'endpoint').text;
    const healthPath = literal(property(bicep.root, 'healthCheckPath'));

    expect(endpoint).toMatch(/^'https:\/\/\$\{\w+\.properties\.defaultHostName\}\/api\/messages'$/);
    expect(serviceSourceMentions(`'/api/messages'`)).toBe(true);
    expect(healthPath).toMatch(/^\//);
    expect(serviceSourceMentions(`'${healthPath}'`)).toBe(true);
  });

  it('starts the service the way `npm run serve` does', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };

    expect(literal(property(bicep.root, 'appCommandLine'))).toBe(packageJson.scripts.serve);
  });

  it('runs a Node.js major the project supports, 24 unless told otherwise', () => {
    const runtime = bicep.params.get('nodeRuntime');
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };

    const lowestMajor = Number(/^>=\s*(\d+)/.exec(packageJson.engines.node)?.[1]);
    const majors = (runtime?.allowed ?? []).map((value) => Number(/^(\d+)-lts$/.exec(value)?.[1]));

    expect(runtime?.allowed).toEqual(['24-lts', '22-lts']);
    expect(runtime?.defaultValue && literal(runtime.defaultValue)).toBe('24-lts');
    expect(majors.every((major) => major >= lowestMajor)).toBe(true);
    expect(property(bicep.root, 'linuxFxVersion').text).toBe(`'NODE|\${nodeRuntime}'`);
  });

  it('has an example parameters file with only declared parameters and allowed values', () => {
    const file = JSON.parse(readFileSync(join(root, 'infra', 'main.parameters.json'), 'utf8')) as {
      parameters: Record<string, { value: unknown }>;
    };

    for (const [name, { value }] of Object.entries(file.parameters)) {
      const param = bicep.params.get(name);
      expect({ name, declared: param !== undefined }).toEqual({ name, declared: true });
      if (param && param.allowed.length > 0) expect(param.allowed).toContain(value);
    }
  });
});

function serviceSourceMentions(text: string): boolean {
  return filesUnder(join(root, 'bot'), '.ts').some((file) => readFileSync(file, 'utf8').includes(text));
}

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}
