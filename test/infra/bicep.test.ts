import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../bot/config/config';

/**
 * The Bicep template is read as text (no Bicep compiler is available offline) and held against the
 * service itself: the app settings it writes must be names the service reads, and together they
 * must be enough to start the service in production mode with the managed identity.
 */

const root = join(__dirname, '..', '..');
const bicep = parseBicep(readFileSync(join(root, 'infra', 'main.bicep'), 'utf8'));
const settings = appSettings(bicep);

/**
 * Settings the service does not read through `loadConfig` but something else in the Web App does.
 * Anything not listed here must change what `loadConfig` returns, so a misspelt name fails.
 */
const readElsewhere: Record<string, string> = {
  AZURE_CLIENT_ID: '@azure/identity (DefaultAzureCredential picks the user-assigned identity)',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'the App Service Application Insights agent',
  ApplicationInsightsAgent_EXTENSION_VERSION: 'App Service (turns the Node.js agent on)',
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service deployment (Oryx build)',
};

describe('infra/main.bicep', () => {
  it('writes each app setting once', () => {
    const names = settings.map((setting) => setting.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...new Set(names)]);
  });

  it('writes settings that start the service in production mode with the managed identity', () => {
    const config = loadConfig(sampleEnvironment());

    expect(config.mode).toBe('production');
    expect(config.bot.kind).toBe('UserAssignedMSI');
    expect(config.storage.kind).toBe('accountUrl');
  });

  it('writes only settings that the service or a named platform component reads', () => {
    const env = sampleEnvironment();
    const unread = settings
      .map((setting) => setting.name)
      .filter((name) => !(name in readElsewhere) && !serviceReads(env, name));

    expect(unread).toEqual([]);
  });

  it('names AZURE_CLIENT_ID as the installed @azure/identity reads it', () => {
    expect(settings.map((setting) => setting.name)).toContain('AZURE_CLIENT_ID');
    expect(packageSourceMentions('@azure/identity', 'process.env.AZURE_CLIENT_ID')).toBe(true);
  });

  it('offers in each parameter only values the service accepts for the setting it feeds', () => {
    const env = sampleEnvironment();
    const checked: string[] = [];
    for (const setting of settings) {
      const param = bicep.params.get(setting.value);
      if (!param || param.allowed.length === 0) continue;
      for (const value of param.allowed) {
        expect(() => loadConfig({ ...env, [setting.name]: value })).not.toThrow();
      }
      checked.push(setting.name);
    }
    expect(checked).toEqual(expect.arrayContaining(['LOG_LEVEL', 'DEFAULT_LOCALE']));
  });

  it('uses every parameter it declares', () => {
    // The declaration is one occurrence; an object key of the same name (`location:`) is no use.
    const unused = [...bicep.params.keys()].filter(
      (name) => (bicep.code.match(new RegExp(`\\b${name}\\b(?!\\s*:)`, 'g')) ?? []).length < 2,
    );

    expect(unused).toEqual([]);
  });

  it('gives every parameter a description', () => {
    const undescribed = [...bicep.params.values()].filter((param) => !param.described).map((p) => p.name);

    expect(undescribed).toEqual([]);
  });

  it('registers the bot with the same identity the service authenticates as', () => {
    const setting = (name: string) => settings.find((s) => s.name === name)?.value;

    expect(property(bicep, 'msaAppType')).toBe(setting('MicrosoftAppType'));
    expect(property(bicep, 'msaAppId')).toBe(setting('MicrosoftAppId'));
    expect(property(bicep, 'msaAppTenantId')).toBe(setting('MicrosoftAppTenantId'));
    expect(setting('AZURE_CLIENT_ID')).toBe(setting('MicrosoftAppId'));

    const identitySymbol = property(bicep, 'msaAppMSIResourceId').replace(/\.id$/, '');
    expect(setting('MicrosoftAppId')).toBe(`${identitySymbol}.properties.clientId`);
    expect(bicep.text).toContain(`'\${${identitySymbol}.id}': {}`);
  });

  it('points the bot and the health check at routes the service serves', () => {
    const endpoint = property(bicep, 'endpoint');
    const healthPath = unquote(property(bicep, 'healthCheckPath'));

    expect(endpoint).toMatch(/^'https:\/\/\$\{\w+\.properties\.defaultHostName\}\/api\/messages'$/);
    expect(serviceSourceMentions(`'/api/messages'`)).toBe(true);
    expect(serviceSourceMentions(`'${healthPath}'`)).toBe(true);
  });

  it('starts the service the way `npm run serve` does', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };

    expect(unquote(property(bicep, 'appCommandLine'))).toBe(packageJson.scripts.serve);
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

// ---------------------------------------------------------------------------------------------
// Service side
// ---------------------------------------------------------------------------------------------

/** The app settings with a sample value for each, as the Web App's environment would hold them. */
function sampleEnvironment(): Record<string, string> {
  return Object.fromEntries(settings.map((setting) => [setting.name, sampleValue(setting.value)]));
}

/** Whether `loadConfig` notices the setting: a different value, or its absence, changes the result. */
function serviceReads(env: Record<string, string>, name: string): boolean {
  const baseline = outcome(env);
  const without = { ...env };
  delete without[name];
  return (
    outcome({ ...env, [name]: 'probe:not-a-value-any-setting-takes' }) !== baseline ||
    outcome(without) !== baseline
  );
}

function outcome(env: Record<string, string>): string {
  try {
    return JSON.stringify(loadConfig(env));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function packageSourceMentions(packageName: string, text: string): boolean {
  return filesUnder(dirname(require.resolve(packageName)), '.js').some((file) =>
    readFileSync(file, 'utf8').includes(text),
  );
}

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

// ---------------------------------------------------------------------------------------------
// Reading the Bicep text
// ---------------------------------------------------------------------------------------------

type Param = { name: string; defaultValue?: string; allowed: string[]; described: boolean };

type Bicep = {
  /** The source without comments. */
  text: string;
  /** The same, with the contents of string literals blanked (interpolations kept); aligned with `text`. */
  code: string;
  params: Map<string, Param>;
  vars: Map<string, string>;
};

function parseBicep(source: string): Bicep {
  const { text, code } = stripComments(source);
  const params = new Map<string, Param>();
  const declaration = /^param\s+(\w+)\s+\w+(?:\s*=\s*(.+))?$/gm;
  let previousEnd = 0;
  for (const match of code.matchAll(declaration)) {
    const name = match[1] as string;
    const start = match.index ?? 0;
    // Decorators are the lines between the previous declaration and this one.
    const decorators = text.slice(previousEnd, start);
    const lastBlank = decorators.lastIndexOf('\n\n');
    const own = lastBlank >= 0 ? decorators.slice(lastBlank) : decorators;
    const allowedList = /@allowed\(\[([\s\S]*?)\]\)/.exec(own)?.[1] ?? '';
    const line = text.slice(start, start + match[0].length);
    params.set(name, {
      name,
      ...(match[2] !== undefined ? { defaultValue: line.slice(line.indexOf('=') + 1).trim() } : {}),
      allowed: [...allowedList.matchAll(/'([^']*)'/g)].map((value) => value[1] as string),
      described: /@description\(/.test(own),
    });
    previousEnd = start + match[0].length;
  }
  const vars = new Map<string, string>();
  for (const match of code.matchAll(/^var\s+(\w+)\s*=.*$/gm)) {
    const start = match.index ?? 0;
    const line = text.slice(start, start + match[0].length);
    vars.set(match[1] as string, line.slice(line.indexOf('=') + 1).trim());
  }
  return { text, code, params, vars };
}

type Setting = { name: string; value: string };

function appSettings(file: Bicep): Setting[] {
  const start = file.code.indexOf('appSettings: [');
  if (start < 0) throw new Error('main.bicep sets no appSettings');
  const open = file.code.indexOf('[', start);
  const body = file.text.slice(open + 1, matching(file.code, open, '[', ']'));
  const bodyCode = file.code.slice(open + 1, open + 1 + body.length);
  const entries: Setting[] = [];
  let index = bodyCode.indexOf('{');
  while (index >= 0) {
    const end = matching(bodyCode, index, '{', '}');
    const entry = body.slice(index, end + 1);
    const name = /\bname:\s*'([^']*)'/.exec(entry)?.[1];
    const value = /\bvalue:\s*([^\n]+)/.exec(entry)?.[1]?.trim();
    if (name === undefined || value === undefined) throw new Error(`Unreadable app setting: ${entry}`);
    entries.push({ name, value });
    index = bodyCode.indexOf('{', end + 1);
  }
  return entries;
}

/** The expression of the only `key: expression` line with this key. */
function property(file: Bicep, key: string): string {
  const matches = [...file.code.matchAll(new RegExp(`^\\s*${key}:\\s*(.+)$`, 'gm'))];
  if (matches.length !== 1) throw new Error(`Expected one "${key}:" in main.bicep, found ${matches.length}`);
  const match = matches[0] as RegExpMatchArray;
  const start = (match.index ?? 0) + match[0].length - (match[1] as string).length;
  return file.text.slice(start, start + (match[1] as string).length).trim();
}

/**
 * A value of the kind the expression yields at deployment: a literal as written (interpolations
 * filled with letters), a parameter's default, a variable followed, anything else (resource
 * properties such as the identity's client id) a GUID-shaped placeholder.
 */
function sampleValue(expression: string, seen: string[] = []): string {
  if (/^'[^']*'$/.test(expression)) return unquote(expression).replace(/\$\{[^}]*\}/g, 'sample');
  if (/^\w+$/.test(expression)) {
    if (seen.includes(expression)) throw new Error(`Circular reference through ${expression}`);
    const param = bicep.params.get(expression);
    if (param) {
      if (param.defaultValue === undefined) throw new Error(`Parameter ${expression} has no default`);
      return sampleValue(param.defaultValue, [...seen, expression]);
    }
    const variable = bicep.vars.get(expression);
    if (variable !== undefined) return sampleValue(variable, [...seen, expression]);
  }
  return '00000000-0000-4000-8000-000000000000';
}

function unquote(literal: string): string {
  if (!/^'.*'$/.test(literal)) throw new Error(`Not a string literal: ${literal}`);
  return literal.slice(1, -1);
}

function matching(code: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let index = open; index < code.length; index += 1) {
    if (code[index] === opener) depth += 1;
    if (code[index] === closer) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  throw new Error(`No closing ${closer} for the ${opener} at ${open}`);
}

/**
 * Removes `//` and block comments (not those inside strings). Returns the text and an aligned copy
 * whose string contents are blanked, so searches for identifiers and brackets skip prose.
 */
function stripComments(source: string): { text: string; code: string } {
  let text = '';
  let code = '';
  let index = 0;
  const emit = (char: string, inString: boolean) => {
    text += char;
    code += inString && char !== '\n' ? ' ' : char;
  };

  const scanCode = (untilBrace: boolean): void => {
    let depth = 0;
    while (index < source.length) {
      const rest = source.slice(index, index + 3);
      if (rest.startsWith('//')) {
        while (index < source.length && source[index] !== '\n') index += 1;
      } else if (rest.startsWith('/*')) {
        const end = source.indexOf('*/', index + 2);
        index = end < 0 ? source.length : end + 2;
      } else if (rest === "'''") {
        const end = source.indexOf("'''", index + 3);
        const stop = end < 0 ? source.length : end + 3;
        emit("'", false);
        for (const char of source.slice(index + 1, stop - 1)) emit(char, true);
        emit("'", false);
        index = stop;
      } else if (source[index] === "'") {
        scanString();
      } else {
        const char = source[index] as string;
        if (char === '{') depth += 1;
        if (char === '}') {
          if (depth === 0 && untilBrace) return;
          depth -= 1;
        }
        emit(char, false);
        index += 1;
      }
    }
  };

  const scanString = (): void => {
    emit("'", false);
    index += 1;
    while (index < source.length) {
      const char = source[index] as string;
      if (char === '\\') {
        emit(char, true);
        emit(source[index + 1] ?? '', true);
        index += 2;
      } else if (char === "'") {
        emit(char, false);
        index += 1;
        return;
      } else if (char === '$' && source[index + 1] === '{') {
        emit('$', false);
        emit('{', false);
        index += 2;
        scanCode(true);
        emit('}', false);
        index += 1;
      } else {
        emit(char, true);
        index += 1;
      }
    }
  };

  scanCode(false);
  return { text, code };
}
