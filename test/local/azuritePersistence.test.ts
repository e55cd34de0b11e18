import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableClient } from '@azure/data-tables';
import { azuriteConnectionString } from '../../bot/config/config';
import { startAzurite } from '../../bot/local/azuriteProcess';
import { findFreePort } from '../../bot/local/ports';

describe('the embedded Azurite', () => {
  let location: string;

  beforeEach(() => {
    location = mkdtempSync(join(tmpdir(), 'lardomar-azurite-'));
  });

  afterEach(() => {
    rmSync(location, { recursive: true, force: true });
  });

  it('keeps a row written just before it is stopped', async () => {
    const port = await findFreePort();
    const table = () =>
      TableClient.fromConnectionString(azuriteConnectionString('127.0.0.1', port), 'Kept', {
        allowInsecureConnection: true,
      });
    const first = await startAzurite({ host: '127.0.0.1', port, location });
    await table().createTable();
    // Azurite's own periodic save runs every five seconds; stopping at once is what must not lose this.
    await table().createEntity({ partitionKey: 'p', rowKey: 'r', text: 'Tydliga mandat' });
    await first.stop();

    const second = await startAzurite({ host: '127.0.0.1', port, location });
    try {
      expect((await table().getEntity<{ text: string }>('p', 'r')).text).toBe('Tydliga mandat');
    } finally {
      await second.stop();
    }
  });
});
