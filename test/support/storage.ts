import { randomBytes } from 'node:crypto';
import { azuriteConnectionString, type StorageSettings } from '../../bot/config/config';
import { createTableStorage, ensureTables, type TableStorage } from '../../bot/storage/tableStorage';

/** Settings for the run's Azurite, with a table prefix no other test uses. */
export function testStorageSettings(): StorageSettings {
  const port = Number(process.env.TEST_AZURITE_PORT);
  if (!port) throw new Error('TEST_AZURITE_PORT is not set: the jest global setup starts Azurite');
  return {
    kind: 'connectionString',
    connectionString: azuriteConnectionString('127.0.0.1', port),
    tablePrefix: `t${randomBytes(5).toString('hex')}`,
  };
}

export async function createTestStorage(
  settings: StorageSettings = testStorageSettings(),
): Promise<TableStorage> {
  const storage = createTableStorage(settings);
  await ensureTables(storage);
  return storage;
}
