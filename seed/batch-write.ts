/**
 * BatchWriteItem in chunks of 25 with exponential backoff for what DynamoDB
 * returns unprocessed. Requests are built by the dynamodb-toolbox entities
 * (their schemas validate every item before anything is sent).
 */
import { BatchWriteCommand as RawBatchWrite, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type WriteRequest = NonNullable<NonNullable<ConstructorParameters<typeof RawBatchWrite>[0]['RequestItems']>[string]>[number];

export interface WriteOptions {
  maxAttempts: number;
  baseDelayMs: number;
  /** Called after each chunk (progress output, lease renewal, fault-injection in tests). */
  afterChunk?: (done: number, total: number) => Promise<void> | void;
}

const BATCH_SIZE = 25; // DynamoDB's BatchWriteItem limit
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const writeBatches = async (client: DynamoDBDocumentClient, tableName: string, requests: WriteRequest[], opts: WriteOptions): Promise<void> => {
  for (let i = 0; i < requests.length; i += BATCH_SIZE) {
    let pending: WriteRequest[] = requests.slice(i, i + BATCH_SIZE);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > opts.maxAttempts) throw new Error(`seed: ${pending.length} item(s) still unprocessed after ${opts.maxAttempts} attempts`);
      if (attempt > 1) await sleep(opts.baseDelayMs * 2 ** (attempt - 2) * (1 + Math.random()));
      const out = await client.send(new RawBatchWrite({ RequestItems: { [tableName]: pending } }));
      pending = out.UnprocessedItems?.[tableName] ?? [];
    }
    await opts.afterChunk?.(Math.min(i + BATCH_SIZE, requests.length), requests.length);
  }
};
