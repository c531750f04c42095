/**
 * Writes through dynamodb-toolbox batch commands, in chunks of 25 (DynamoDB's
 * BatchWriteItem limit). Requests are built by the entities, so every item is
 * validated by its schema before it is sent. The toolbox's `execute` can resend
 * what DynamoDB returns unprocessed (`maxAttempts`), but at once: a throttled
 * table needs a pause, so each chunk is sent with one attempt and the requests
 * that come back unprocessed are resent here with exponential backoff.
 */
import type { BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand, execute, type IBatchWriteRequest } from 'dynamodb-toolbox/table/actions/batchWrite';
import { TABLE_KEYS } from '../lambda/data/keys';
import type { AppTable } from '../lambda/data/table';

/** A toolbox BatchPutRequest or BatchDeleteRequest of any entity. */
export type WriteRequest = IBatchWriteRequest;

export interface WriteOptions {
  maxAttempts: number;
  baseDelayMs: number;
  /** Called after each chunk (progress output, lease renewal, fault-injection in tests). */
  afterChunk?: (done: number, total: number) => Promise<void> | void;
}

type RawRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

const BATCH_SIZE = 25; // DynamoDB's BatchWriteItem limit
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An item's primary key as one string: matches what DynamoDB returns unprocessed to the request that sent it. */
const keyOf = (raw: RawRequest): string => {
  const item = raw.PutRequest?.Item ?? raw.DeleteRequest?.Key ?? {};
  return JSON.stringify([item[TABLE_KEYS.partitionKey], item[TABLE_KEYS.sortKey]]);
};

export const writeBatches = async (table: AppTable, requests: readonly WriteRequest[], opts: WriteOptions): Promise<void> => {
  const tableName = table.getName();
  for (let i = 0; i < requests.length; i += BATCH_SIZE) {
    let pending = requests.slice(i, i + BATCH_SIZE);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > opts.maxAttempts) throw new Error(`seed: ${pending.length} item(s) still unprocessed after ${opts.maxAttempts} attempts`);
      if (attempt > 1) await sleep(opts.baseDelayMs * 2 ** (attempt - 2) * (1 + Math.random()));
      const out = await execute(table.build(BatchWriteCommand).requests(...pending));
      const unprocessed = new Set((out.UnprocessedItems?.[tableName] ?? []).map(keyOf));
      pending = unprocessed.size === 0 ? [] : pending.filter((r) => unprocessed.has(keyOf(r.params())));
    }
    await opts.afterChunk?.(Math.min(i + BATCH_SIZE, requests.length), requests.length);
  }
};
