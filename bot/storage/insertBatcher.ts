import type { TableClient, TableEntity } from '@azure/data-tables';
import { isStatus } from './tableErrors';

type Pending = { entity: TableEntity; resolve: (created: boolean) => void; reject: (error: unknown) => void };

/** A batch holds at most 100 operations and 4 MiB; stay well inside both. */
const maxBatch = 50;
const maxBatchChars = 1_000_000;

/**
 * Inserts that arrive together are written together (group commit): rows for the same partition
 * queued within one turn of the event loop go to the table as one batch, and each caller is
 * answered once its row is stored, so nothing is acknowledged before it is durable. If a row of the
 * batch already exists (Teams delivered a message again) the batch is refused as a whole, and its
 * rows are then inserted one by one, each told whether it was new. Under light load a row is
 * written alone, without waiting.
 */
export class InsertBatcher {
  private readonly queues = new Map<string, Pending[]>();

  constructor(private readonly table: TableClient) {}

  insert(entity: TableEntity): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const partition = entity.partitionKey;
      const queue = this.queues.get(partition);
      if (queue) {
        queue.push({ entity, resolve, reject });
        if (queue.length >= maxBatch) this.flush(partition);
        return;
      }
      this.queues.set(partition, [{ entity, resolve, reject }]);
      setImmediate(() => this.flush(partition));
    });
  }

  private flush(partition: string): void {
    const queue = this.queues.get(partition);
    if (!queue || queue.length === 0) return;
    this.queues.delete(partition);
    const batches: Pending[][] = [[]];
    let chars = 0;
    for (const item of queue) {
      const size = JSON.stringify(item.entity).length;
      const current = batches[batches.length - 1] as Pending[];
      if (current.length > 0 && (current.length >= maxBatch || chars + size > maxBatchChars)) {
        batches.push([item]);
        chars = size;
      } else {
        current.push(item);
        chars += size;
      }
    }
    for (const batch of batches) void this.write(batch);
  }

  private async write(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      await this.single(batch[0] as Pending);
      return;
    }
    try {
      await this.table.submitTransaction(batch.map((item) => ['create', item.entity]));
      for (const item of batch) item.resolve(true);
    } catch (error) {
      if (!isStatus(error, 409)) {
        for (const item of batch) item.reject(error);
        return;
      }
      for (const item of batch) await this.single(item);
    }
  }

  private async single(item: Pending): Promise<void> {
    try {
      await this.table.createEntity(item.entity);
      item.resolve(true);
    } catch (error) {
      if (isStatus(error, 409)) item.resolve(false);
      else item.reject(error);
    }
  }
}
