import { accessSync, constants } from 'node:fs';
import { startAzurite } from '../../bot/local/azuriteProcess';
import { findFreePort } from '../../bot/local/ports';
import { unsupportedNodeReason } from '../../bot/local/supportedNode';
import { buildTab, tabBuildIsStale } from '../../bot/local/tabBuild';
import { chromiumPath } from './browser';

/**
 * One in-memory Azurite for the whole run; each test file works in tables of its own prefix. The
 * tab is built first when its build is missing or older than its sources, for the browser tests.
 * What the run cannot do without (a supported Node, Debian's Chromium) is said in one line first,
 * rather than as a failure of every test that needs it.
 */
export default async function globalSetup(): Promise<void> {
  const problem = unsupportedNodeReason() ?? missingChromium();
  if (problem) {
    process.stderr.write(`\n${problem}\n`);
    process.exit(1);
  }
  if (tabBuildIsStale()) await buildTab();
  const port = await findFreePort();
  const azurite = await startAzurite({ host: '127.0.0.1', port });
  process.env.TEST_AZURITE_PORT = String(port);
  (globalThis as { __azurite?: typeof azurite }).__azurite = azurite;
}

function missingChromium(): string | undefined {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return undefined;
  } catch {
    return (
      `The browser tests need Chromium at ${chromiumPath()}: install Debian's package ` +
      '(sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium of your own.'
    );
  }
}
