import {
  RestError,
  TableClient,
  TableServiceClient,
  type TableServiceClientOptions,
} from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import type { StorageSettings } from '../config/config';

export const tableNames = [
  'Teams',
  'Rounds',
  'Responses',
  'Groups',
  'Targets',
  'Deliveries',
  'Threads',
  'StatusCards',
  'Reminders',
  'Themes',
  'Memberships',
  'Compilations',
  'CompilationHistory',
] as const;
export type TableName = (typeof tableNames)[number];

/** The storage account as the repositories see it: one client per table, created once. */
export type TableStorage = {
  table(name: TableName): TableClient;
  service: TableServiceClient;
};

/**
 * How long one storage call (with the SDK's own retries) may take. Teams waits about 15 s for a
 * turn and then sends it again; a stalled storage account must not hold a reply that long, so the
 * call ends here and the person is told to try again.
 */
export const storageCallTimeoutMs = 8000;

export function createTableStorage(
  settings: StorageSettings,
  callTimeoutMs: number = storageCallTimeoutMs,
): TableStorage {
  const options: TableServiceClientOptions = {
    // Azurite speaks plain http on loopback; the SDK refuses that unless told it is intended.
    allowInsecureConnection: isInsecure(settings),
    additionalPolicies: [{ policy: callDeadline(callTimeoutMs), position: 'perCall' }],
  };
  const credential = settings.kind === 'accountUrl' ? new DefaultAzureCredential() : undefined;
  const service =
    settings.kind === 'connectionString'
      ? TableServiceClient.fromConnectionString(settings.connectionString, options)
      : new TableServiceClient(settings.accountUrl, credential as DefaultAzureCredential, options);

  const clients = new Map<TableName, TableClient>(
    tableNames.map((name) => {
      const fullName = `${settings.tablePrefix}${name}`;
      const client =
        settings.kind === 'connectionString'
          ? TableClient.fromConnectionString(settings.connectionString, fullName, options)
          : new TableClient(settings.accountUrl, fullName, credential as DefaultAzureCredential, options);
      return [name, client];
    }),
  );

  return {
    service,
    table(name) {
      const client = clients.get(name);
      if (!client) throw new Error(`Unknown table ${name}`);
      return client;
    },
  };
}

/** Creates every table the app uses; existing tables are left as they are. */
export async function ensureTables(storage: TableStorage): Promise<void> {
  await Promise.all(tableNames.map((name) => storage.table(name).createTable()));
}

function isInsecure(settings: StorageSettings): boolean {
  if (settings.kind === 'accountUrl') return false;
  return (
    /DefaultEndpointsProtocol=http;/i.test(settings.connectionString) ||
    /Endpoint=http:\/\//i.test(settings.connectionString)
  );
}

type PipelinePolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/**
 * Ends a storage call, retries and all, after `timeoutMs`. It fails as a RestError without a
 * status, which the repositories report as storage being unavailable (UnavailableError).
 */
function callDeadline(timeoutMs: number): PipelinePolicy {
  return {
    name: 'lardomarCallDeadline',
    async sendRequest(request, next) {
      const deadline = new AbortController();
      const outer = request.abortSignal;
      const abort = () => deadline.abort();
      if (outer?.aborted) abort();
      outer?.addEventListener('abort', abort, { once: true });
      const timer = setTimeout(abort, timeoutMs);
      request.abortSignal = deadline.signal;
      try {
        return await next(request);
      } catch (error) {
        if (deadline.signal.aborted && !outer?.aborted) {
          throw new RestError(`Table storage did not answer within ${timeoutMs} ms`, {
            code: 'StorageTimeout',
          });
        }
        throw error;
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', abort);
      }
    },
  };
}
