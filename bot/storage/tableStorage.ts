import { TableClient, TableServiceClient } from '@azure/data-tables';
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
] as const;
export type TableName = (typeof tableNames)[number];

/** The storage account as the repositories see it: one client per table, created once. */
export type TableStorage = {
  table(name: TableName): TableClient;
  service: TableServiceClient;
};

export function createTableStorage(settings: StorageSettings): TableStorage {
  // Azurite speaks plain http on loopback; the SDK refuses that unless told it is intended.
  const options = { allowInsecureConnection: isInsecure(settings) };
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
