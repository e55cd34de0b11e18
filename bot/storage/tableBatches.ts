import type { TableClient, TransactionAction } from '@azure/data-tables';
import { isStatus } from './tableErrors';
import { odataString } from './tableKeys';

/** A Table batch holds at most 100 operations, all in one partition. */
export const batchLimit = 100;

/**
 * Submits operations of one partition in batches of 100, a few batches at a time: batches of one
 * partition may run side by side, and a launch of thousands of prompts is written in a fraction of
 * the time one-after-another would take. Each batch is all-or-nothing; the whole set is not.
 */
export async function submitInBatches(
  table: TableClient,
  actions: readonly TransactionAction[],
  parallel = 4,
  /** What to submit instead when a batch meets a row that already exists (409). */
  onConflict?: (batch: TransactionAction[]) => TransactionAction[],
): Promise<void> {
  const batches: TransactionAction[][] = [];
  for (let start = 0; start < actions.length; start += batchLimit) {
    batches.push(actions.slice(start, start + batchLimit));
  }
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++] as TransactionAction[];
      try {
        await table.submitTransaction(batch);
      } catch (error) {
        if (!onConflict || !isStatus(error, 409)) throw error;
        await table.submitTransaction(onConflict(batch));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, lane));
}

/** Deletes every row of one partition (a round's rows of a table), in batches. */
export async function deletePartition(table: TableClient, partitionKey: string): Promise<void> {
  const rows = table.listEntities({
    queryOptions: { filter: `PartitionKey eq ${odataString(partitionKey)}`, select: ['RowKey'] },
  });
  const actions: TransactionAction[] = [];
  for await (const row of rows) actions.push(['delete', { partitionKey, rowKey: row.rowKey as string }]);
  await submitInBatches(table, actions);
}
