import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { deliveryPolicy } from '../../bot/domain/delivery';
import { roundStatus } from '../../bot/usecases/roundStatus';
import { ConnectorService } from '../support/connectorService';
import {
  deliveryWorker,
  launchedRound,
  launchTime,
  roundStores,
  testSender,
} from '../support/deliveryHarness';
import { createTestStorage, testStorageSettings } from '../support/storage';

const root = join(__dirname, '..', '..');

describe('a worker that dies mid fan-out', () => {
  it('leaves its work to the next worker: nothing lost, and only prompts in flight at the crash can repeat', async () => {
    const connector = await ConnectorService.start({ latencyMs: 40 });
    const settings = testStorageSettings();
    const storage = await createTestStorage(settings);
    const stores = roundStores(storage);
    const { roundId, groupIds } = await launchedRound(stores, connector, { groups: 40 });

    // `node --import tsx` runs the worker in this very process id (the tsx command would start a
    // second process), so the kill below really ends the worker.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '..', 'support', 'deliveryWorkerProcess.ts')],
      {
        cwd: root,
        env: { ...process.env, TEST_TABLE_PREFIX: settings.tablePrefix, WORKER_ID: 'worker-doomed' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let settled = 0;
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      settled += chunk
        .toString()
        .split('\n')
        .filter((line) => line === 'settled').length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connector
      .waitFor(() => settled >= 12, 30000)
      .catch(() => {
        throw new Error(`the worker did not get going: ${errors}`);
      });
    child.kill('SIGKILL');
    await exited;

    const inFlight = (await stores.deliveries.list(roundId))
      .map((stored) => stored.value)
      .filter((entry) => entry.state === 'sending')
      .map((entry) => entry.groupId);
    expect(inFlight.length).toBeLessThanOrEqual(4);
    const sentBeforeCrash = connector.deliveries().length;
    expect(sentBeforeCrash).toBeLessThan(40);

    // The next worker, once the dead worker's claims have run out.
    const afterLease = new Date(launchTime.getTime() + deliveryPolicy.leaseMs);
    await deliveryWorker(stores, storage, testSender(), {
      workerId: 'worker-next',
      now: () => afterLease,
    }).runOnce();

    for (const groupId of groupIds) {
      const threads = connector.threadsIn(groupId).length;
      expect(threads).toBeGreaterThanOrEqual(1);
      if (threads > 1) expect(inFlight).toContain(groupId);
    }
    const status = await roundStatus(stores, roundId);
    expect(status.groups.every((group) => group.delivery.sent === 1)).toBe(true);
    await connector.close();
  }, 60000);
});
