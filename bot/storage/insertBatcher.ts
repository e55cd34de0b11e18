import type { TableClient, TableEntity } from '@azure/data-tables';
import { isStatus } from './tableErrors';

type Pending = {
  entity: TableEntity;
  resolve: (created: boolean) => void;
  reject: (error: unknown) => void;
  /** Copies of this row queued with it (the same message delivered again): they wait for it. */
  copies?: Pending[];
};

/** A batch holds at most 100 operations and 4 MiB; stay well inside both. */
const maxBatch = 50;
const maxBatchChars = 1_000_000;

/**
 * Inserts that arrive together are written together (group commit): rows for the same partition
 * queued within one turn of the event loop go to the table as one batch, and each caller is
 * answered once its row is stored, so nothing is acknowledged before it is durable. A batch may hold
 * a row key only once, so copies of one row queued together (Teams delivering a message again) wait
 * for the first and are told it was not new. If the table refuses the batch for one row's sake (a
 * row that already exists, one it will not take), the rows are inserted one by one, so nobody's row
 * is lost for someone else's; each is told whether it was new. Under light load a row is written
 * alone, without waiting.
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
    for (const item of withoutCopies(queue)) {
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
      for (const item of batch) settle(item, true);
    } catch (error) {
      // 409: a row exists already; 400/413: the table refused one row (InvalidDuplicateRow, a
      // property it will not take). Either way the others deserve to be written.
      if (!isStatus(error, 409) && !isStatus(error, 400) && !isStatus(error, 413)) {
        for (const item of batch) fail(item, error);
        return;
      }
      for (const item of batch) await this.single(item);
    }
  }

  private async single(item: Pending): Promise<void> {
    try {
      await this.table.createEntity(item.entity);
      settle(item, true);
    } catch (error) {
      if (isStatus(error, 409)) settle(item, false);
      else fail(item, error);
    }
  }
}

/** One entry per row key; later copies ride along with the first. */
function withoutCopies(queue: readonly Pending[]): Pending[] {
  const first = new Map<string, Pending>();
  for (const item of queue) {
    const key = String(item.entity.rowKey);
    const leader = first.get(key);
    if (!leader) first.set(key, item);
    else leader.copies = [...(leader.copies ?? []), item];
  }
  return [...first.values()];
}

/** The row is stored (or was already): its copies were not new. */
function settle(item: Pending, created: boolean): void {
  item.resolve(created);
  for (const copy of item.copies ?? []) copy.resolve(false);
}

/** The row could not be stored: neither could its copies, which are the same row. */
function fail(item: Pending, error: unknown): void {
  item.reject(error);
  for (const copy of item.copies ?? []) copy.reject(error);
}
