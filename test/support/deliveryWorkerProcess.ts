/**
 * A delivery worker in a process of its own, so a test can kill it mid-run the way a crashing
 * instance dies: no chance to finish or to write what it was doing.
 * Env: TEST_AZURITE_PORT and TEST_TABLE_PREFIX (the test's storage), WORKER_ID.
 */
import { azuriteConnectionString } from '../../bot/config/config';
import { createTableStorage } from '../../bot/storage/tableStorage';
import { deliveryWorker, roundStores, testSender } from './deliveryHarness';

async function main(): Promise<void> {
  const storage = createTableStorage({
    kind: 'connectionString',
    connectionString: azuriteConnectionString('127.0.0.1', Number(process.env.TEST_AZURITE_PORT)),
    tablePrefix: String(process.env.TEST_TABLE_PREFIX),
  });
  const stores = roundStores(storage);
  const worker = deliveryWorker(stores, storage, testSender(), {
    workerId: process.env.WORKER_ID ?? 'worker-child',
    concurrency: 4,
    onProgress: () => process.stdout.write('settled\n'),
  });
  process.stdout.write('started\n');
  await worker.runOnce();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
