import { startAzurite } from '../../bot/local/azuriteProcess';
import { findFreePort } from '../../bot/local/ports';
import { buildTab, tabBuildIsStale } from '../../bot/local/tabBuild';

/**
 * One in-memory Azurite for the whole run; each test file works in tables of its own prefix. The
 * tab is built first when its build is missing or older than its sources, for the browser tests.
 */
export default async function globalSetup(): Promise<void> {
  if (tabBuildIsStale()) await buildTab();
  const port = await findFreePort();
  const azurite = await startAzurite({ host: '127.0.0.1', port });
  process.env.TEST_AZURITE_PORT = String(port);
  (globalThis as { __azurite?: typeof azurite }).__azurite = azurite;
}
