import { loadConfig } from '../../bot/config/config';
import { ConfigError } from '../../bot/config/configError';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('runs in local mode on an empty environment: loopback, port 3978, Swedish, local Azurite', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      mode: 'local',
      host: '127.0.0.1',
      port: 3978,
      defaultLocale: 'sv',
      bot: { kind: 'anonymous' },
      storage: { kind: 'connectionString', tablePrefix: 'lardomar', emulatorPort: 10002 },
    });
    expect(config.storage.kind === 'connectionString' && config.storage.connectionString).toContain(
      'TableEndpoint=http://127.0.0.1:10002/devstoreaccount1',
    );
  });

  it('honours PORT, AZURITE_PORT and DEFAULT_LOCALE', () => {
    const config = loadConfig({ PORT: '4000', AZURITE_PORT: '10012', DEFAULT_LOCALE: 'en' });

    expect(config.port).toBe(4000);
    expect(config.defaultLocale).toBe('en');
    expect(config.storage.emulatorPort).toBe(10012);
  });

  it('starts in production with a multi-tenant bot and a storage connection string', () => {
    const config = loadConfig({
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'secret',
      STORAGE_CONNECTION_STRING:
        'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k;EndpointSuffix=core.windows.net',
    });

    expect(config.mode).toBe('production');
    expect(config.host).toBe('0.0.0.0');
    expect(config.bot).toEqual({ kind: 'MultiTenant', appId: 'app-id', password: 'secret' });
    expect(config.storage.emulatorPort).toBeUndefined();
  });

  it('starts in production with a managed identity and a storage account URL, no secret needed', () => {
    const config = loadConfig({
      MicrosoftAppId: 'client-id',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant',
      STORAGE_ACCOUNT_URL: 'https://lardomar.table.core.windows.net',
    });

    expect(config.bot).toEqual({ kind: 'UserAssignedMSI', appId: 'client-id', tenantId: 'tenant' });
    expect(config.storage).toEqual({
      kind: 'accountUrl',
      accountUrl: 'https://lardomar.table.core.windows.net',
      tablePrefix: 'lardomar',
    });
  });

  it('refuses production without a bot secret or storage, naming each missing variable', () => {
    const problems = problemsOf({ MicrosoftAppId: 'app-id' });

    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^MicrosoftAppPassword is missing/);
    expect(problems[1]).toMatch(/STORAGE_CONNECTION_STRING.*STORAGE_ACCOUNT_URL/);
  });

  it('requires a tenant for a single-tenant bot', () => {
    expect(
      problemsOf({
        MicrosoftAppId: 'a',
        MicrosoftAppPassword: 'p',
        MicrosoftAppType: 'SingleTenant',
        STORAGE_ACCOUNT_URL: 'https://x.table.core.windows.net',
      }),
    ).toEqual(['MicrosoftAppTenantId is missing (required when MicrosoftAppType is SingleTenant)']);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT:/],
    [{ PORT: '70000' }, /^PORT:/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL:/],
    [{ DEFAULT_LOCALE: 'de' }, /^DEFAULT_LOCALE:/],
    [{ MicrosoftAppType: 'Other' }, /^MicrosoftAppType:/],
    [{ TABLE_PREFIX: '1abc' }, /^TABLE_PREFIX: must start with a letter/],
    [{ STORAGE_ACCOUNT_URL: 'http://insecure.table.core.windows.net' }, /^STORAGE_ACCOUNT_URL:/],
  ])('explains a wrong value: %j', (env, expected) => {
    expect(problemsOf(env as Record<string, string>)[0]).toMatch(expected);
  });

  it('reads the tab sign-in: client id, Application ID URI, allowed tenants and leadership', () => {
    const config = loadConfig({
      TAB_CLIENT_ID: 'tab-client',
      TAB_APP_ID_URI: 'api://lardomar.example/tab-client',
      ALLOWED_TENANTS: 'tenant-a, tenant-b',
      LEADERSHIP: 'oid-lena;oid-per',
    });

    expect(config.tab).toEqual({ clientId: 'tab-client', appIdUri: 'api://lardomar.example/tab-client' });
    expect(config.allowedTenants).toEqual(['tenant-a', 'tenant-b']);
    expect(config.leadership).toEqual(['oid-lena', 'oid-per']);
  });

  it("allows the bot's own tenant when no tenants are listed, and any tenant without one", () => {
    const production = {
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'p',
      STORAGE_ACCOUNT_URL: 'https://x.table.core.windows.net',
    };
    expect(
      loadConfig({ ...production, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-bot' })
        .allowedTenants,
    ).toEqual(['tenant-bot']);
    expect(loadConfig(production).allowedTenants).toEqual([]);
    expect(loadConfig({}).leadership).toEqual([]);
  });

  it("signs the tab in with the bot's app unless told otherwise, but not with a managed identity", () => {
    const production = {
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'p',
      STORAGE_ACCOUNT_URL: 'https://x.table.core.windows.net',
    };
    expect(loadConfig({ ...production, TAB_CLIENT_ID: 'tab' }).tab.clientId).toBe('tab');
    expect(
      loadConfig({
        MicrosoftAppId: 'a',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: 't',
        STORAGE_ACCOUNT_URL: 'https://x.table.core.windows.net',
      }).tab.clientId,
    ).toBeUndefined();
  });

  it('refuses an Application ID URI that is not a URI', () => {
    expect(problemsOf({ TAB_APP_ID_URI: 'lardomar' })[0]).toMatch(/^TAB_APP_ID_URI:/);
  });

  it('refuses both storage settings at once', () => {
    expect(
      problemsOf({ STORAGE_CONNECTION_STRING: 'x', STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net' }),
    ).toEqual(['Set either STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both']);
  });

  it('treats blank values as unset, as an empty line in .env would be', () => {
    expect(loadConfig({ MicrosoftAppId: '  ', HOST: '' }).mode).toBe('local');
  });

  it('never puts a secret in its error message', () => {
    const problems = problemsOf({
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'hush-hush',
      MicrosoftAppType: 'SingleTenant',
    });

    expect(problems.join('\n')).not.toContain('hush-hush');
  });
});
