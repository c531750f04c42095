/**
 * seed/batch-write.ts over a stand-in document client: chunks of 25 through the toolbox's batch
 * command, unprocessed requests resent (and only those), a chunk that never goes through fails.
 */
import type { BatchWriteCommandInput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchDeleteRequest } from 'dynamodb-toolbox/entity/actions/batchDelete';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { makeEntities, makeTable, itemKeys } from '../../lambda/data/entities';
import { writeBatches } from '../../seed/batch-write';

type Requests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];

/** Records every batch sent; `unprocessed` decides, per call, which of its requests come back unprocessed. */
const standIn = (unprocessed: (requests: Requests, call: number) => Requests) => {
  const sent: Requests[] = [];
  const send = async (command: { input: BatchWriteCommandInput }) => {
    const requests = command.input.RequestItems!.T!;
    sent.push(requests);
    const left = unprocessed(requests, sent.length);
    return { UnprocessedItems: left.length ? { T: left } : {}, $metadata: {} };
  };
  const table = makeTable({ send } as unknown as DynamoDBDocumentClient, 'T');
  return { table, sent, e: makeEntities(table) };
};

const chunkPuts = (e: ReturnType<typeof makeEntities>, n: number) =>
  Array.from({ length: n }, (_, part) => e.Chunk.build(BatchPutRequest).item({ ...itemKeys.chunk('P', part), part, parts: n, data: new Uint8Array([part]) }));

const sks = (requests: Requests) => requests.map((r) => (r.PutRequest?.Item ?? r.DeleteRequest?.Key)?.SK);

describe('writeBatches', () => {
  it('sends chunks of 25 and calls afterChunk after each', async () => {
    const { table, sent, e } = standIn(() => []);
    const progress: [number, number][] = [];
    await writeBatches(table, chunkPuts(e, 30), { maxAttempts: 3, baseDelayMs: 1, afterChunk: (done, total) => void progress.push([done, total]) });
    expect(sent.map((s) => s.length)).toEqual([25, 5]);
    expect(progress).toEqual([
      [25, 30],
      [30, 30],
    ]);
    expect(sent[0]![0]!.PutRequest!.Item).toMatchObject({ PK: 'P', SK: 'CHUNK#000', _et: 'Chunk', part: 0, parts: 30 });
  });

  it('resends exactly what comes back unprocessed', async () => {
    const { table, sent, e } = standIn((requests, call) => (call === 1 ? requests.slice(3, 5) : []));
    await writeBatches(table, chunkPuts(e, 10), { maxAttempts: 3, baseDelayMs: 1 });
    expect(sent.map(sks)).toEqual([Array.from({ length: 10 }, (_, i) => `CHUNK#00${i}`), ['CHUNK#003', 'CHUNK#004']]);
  });

  it('deletes by key, and fails when a chunk stays unprocessed after maxAttempts', async () => {
    const { table, sent, e } = standIn((requests) => requests);
    const deletes = [e.Chunk.build(BatchDeleteRequest).key(itemKeys.chunk('P', 0))];
    await expect(writeBatches(table, deletes, { maxAttempts: 3, baseDelayMs: 1 })).rejects.toThrow('1 item(s) still unprocessed after 3 attempts');
    expect(sent).toHaveLength(3);
    expect(sent[0]).toEqual([{ DeleteRequest: { Key: { PK: 'P', SK: 'CHUNK#000' } } }]);
  });
});
