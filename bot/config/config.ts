import { z } from 'zod';
import { type CoordinatorPolicy, parseCoordinatorList } from '../domain/coordinators';
import { ConfigError } from './configError';

/**
 * Everything the service reads from its environment, validated once at start and passed in.
 * Nothing outside `bot/config` and the local launcher reads `process.env`.
 */
export type Config = {
  mode: 'local' | 'production';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  defaultLocale: 'sv' | 'en';
  bot: BotCredentials;
  storage: StorageSettings;
  coordinators: CoordinatorPolicy;
  tab: TabSignIn;
  /** Entra object ids of leadership: they read every group's status and themes in the tab. */
  leadership: readonly string[];
  /**
   * Tenants whose people may use the app, in chat and in the tab; empty means any tenant. Left
   * unset, the bot's own tenant when it has one.
   */
  allowedTenants: readonly string[];
};

/** How the tab's API checks its callers' Entra tokens (Teams SSO). */
export type TabSignIn = {
  /** The tab's Entra app (client) id, by default the bot's: the audience of v2 tokens. Unset: the API answers 503. */
  clientId?: string;
  /** The Application ID URI (`api://<host>/<clientId>`): the audience of v1 tokens. */
  appIdUri?: string;
};

export type BotCredentials =
  | { kind: 'anonymous' }
  | { kind: 'MultiTenant'; appId: string; password: string; tenantId?: string }
  | { kind: 'SingleTenant'; appId: string; password: string; tenantId: string }
  | { kind: 'UserAssignedMSI'; appId: string; tenantId: string };

export type StorageSettings = {
  tablePrefix: string;
  /** Set when no storage was configured in local mode: the Azurite port that `npm start` runs. */
  emulatorPort?: number;
} & ({ kind: 'connectionString'; connectionString: string } | { kind: 'accountUrl'; accountUrl: string });

/** The well-known Azurite development account; safe to publish, it only opens a local emulator. */
export const azuriteAccount = {
  name: 'devstoreaccount1',
  key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
} as const;

export function azuriteConnectionString(host: string, port: number): string {
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${azuriteAccount.name}`,
    `AccountKey=${azuriteAccount.key}`,
    `TableEndpoint=http://${host}:${port}/${azuriteAccount.name};`,
  ].join(';');
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  DEFAULT_LOCALE: z.enum(['sv', 'en']).default('sv'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  STORAGE_CONNECTION_STRING: optionalText,
  STORAGE_ACCOUNT_URL: optionalText.pipe(z.string().url().startsWith('https://').optional()),
  TABLE_PREFIX: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9]{0,29}$/,
      'must start with a letter and hold only letters and digits (max 30)',
    )
    .default('lardomar'),
  AZURITE_PORT: z.coerce.number().int().min(1).max(65535).default(10002),
  COORDINATORS: z.string().default(''),
  COORDINATOR_TEAMS: z.string().default(''),
  TAB_CLIENT_ID: optionalText,
  TAB_APP_ID_URI: optionalText.pipe(z.string().url().optional()),
  ALLOWED_TENANTS: z.string().default(''),
  LEADERSHIP: z.string().default(''),
});

type Env = Record<string, string | undefined>;

/**
 * Reads and validates configuration. Local mode is chosen by the absence of `MicrosoftAppId`:
 * then the bot accepts unauthenticated traffic (the Agents Playground sends no token) and storage
 * defaults to a local Azurite. Production refuses to start on anything missing, naming it.
 */
export function loadConfig(env: Env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const mode = values.MicrosoftAppId ? 'production' : 'local';
  const problems: string[] = [];

  const bot = readBotCredentials(values, problems);
  const storage = readStorage(values, mode, problems);
  if (problems.length > 0 || !bot || !storage) throw new ConfigError(problems);

  return {
    mode,
    // Local mode trusts anonymous requests, so it listens on loopback only unless told otherwise.
    host: values.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    defaultLocale: values.DEFAULT_LOCALE,
    bot,
    storage,
    coordinators: readCoordinators(values, mode),
    tab: readTabSignIn(values, bot),
    leadership: listOf(values.LEADERSHIP),
    allowedTenants: readAllowedTenants(values, bot),
  };
}

function readAllowedTenants(values: z.infer<typeof envSchema>, bot: BotCredentials): string[] {
  const configured = listOf(values.ALLOWED_TENANTS);
  // A bot registered in one tenant serves that tenant, in chat and in its tab, unless told otherwise.
  const botTenant = bot.kind === 'anonymous' ? undefined : bot.tenantId;
  return configured.length > 0 ? configured : botTenant ? [botTenant] : [];
}

function readTabSignIn(values: z.infer<typeof envSchema>, bot: BotCredentials): TabSignIn {
  // The bot's own app registration can serve the tab's sign-in too, as the packaged manifest
  // assumes; a managed identity cannot, so that deployment must name the tab's app.
  const clientId =
    values.TAB_CLIENT_ID || (bot.kind === 'MultiTenant' || bot.kind === 'SingleTenant' ? bot.appId : '');
  return {
    ...(clientId ? { clientId } : {}),
    ...(values.TAB_APP_ID_URI ? { appIdUri: values.TAB_APP_ID_URI } : {}),
  };
}

function listOf(value: string): string[] {
  return value.split(/[,;\s]+/).filter((entry) => entry.length > 0);
}

function readCoordinators(values: z.infer<typeof envSchema>, mode: Config['mode']): CoordinatorPolicy {
  const people = parseCoordinatorList(values.COORDINATORS);
  const teamIds = listOf(values.COORDINATOR_TEAMS);
  const nobodyNamed = people.objectIds.length + people.userPrincipalNames.length + teamIds.length === 0;
  // Production with nobody named lets nobody in: a missing setting must not open the door.
  return { ...people, teamIds, everyone: mode === 'local' && nobodyNamed };
}

function readBotCredentials(
  values: z.infer<typeof envSchema>,
  problems: string[],
): BotCredentials | undefined {
  const appId = values.MicrosoftAppId;
  if (!appId) return { kind: 'anonymous' };
  const type = values.MicrosoftAppType;
  const tenantId = values.MicrosoftAppTenantId;
  const password = values.MicrosoftAppPassword;
  if (type !== 'UserAssignedMSI' && !password) {
    problems.push(
      `MicrosoftAppPassword is missing (required when MicrosoftAppId is set and MicrosoftAppType is ${type})`,
    );
  }
  if (type !== 'MultiTenant' && !tenantId) {
    problems.push(`MicrosoftAppTenantId is missing (required when MicrosoftAppType is ${type})`);
  }
  if (problems.length > 0) return undefined;
  switch (type) {
    case 'MultiTenant':
      return { kind: type, appId, password: password as string, ...(tenantId ? { tenantId } : {}) };
    case 'SingleTenant':
      return { kind: type, appId, password: password as string, tenantId: tenantId as string };
    case 'UserAssignedMSI':
      return { kind: type, appId, tenantId: tenantId as string };
  }
}

function readStorage(
  values: z.infer<typeof envSchema>,
  mode: Config['mode'],
  problems: string[],
): StorageSettings | undefined {
  const tablePrefix = values.TABLE_PREFIX;
  if (values.STORAGE_CONNECTION_STRING && values.STORAGE_ACCOUNT_URL) {
    problems.push('Set either STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both');
    return undefined;
  }
  if (values.STORAGE_CONNECTION_STRING) {
    return { kind: 'connectionString', connectionString: values.STORAGE_CONNECTION_STRING, tablePrefix };
  }
  if (values.STORAGE_ACCOUNT_URL) {
    return { kind: 'accountUrl', accountUrl: values.STORAGE_ACCOUNT_URL, tablePrefix };
  }
  if (mode === 'production') {
    problems.push(
      'Storage is not configured: set STORAGE_CONNECTION_STRING, or STORAGE_ACCOUNT_URL to use the managed identity',
    );
    return undefined;
  }
  return {
    kind: 'connectionString',
    connectionString: azuriteConnectionString('127.0.0.1', values.AZURITE_PORT),
    tablePrefix,
    emulatorPort: values.AZURITE_PORT,
  };
}

/** Local mode trusts whoever reaches it, which is safe only on the machine's own loopback. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
