/**
 * Loads one report's dataset into the table: puts every item, then deletes
 * items of that report that the new dataset no longer has. Running it twice
 * leaves the same items; other reports' partitions are never touched.
 * Uses only PutItem/DeleteItem batches and Query, which dynalite supports
 * (no transactions, no PartiQL).
 */
import { BatchWriteCommand as RawBatchWrite, QueryCommand as RawQuery } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import type { Dataset } from '../lambda/data/records';
import { makeEntities, makeTable, itemKeys } from '../lambda/data/entities';
import { TABLE_KEYS, reportPk } from '../lambda/data/keys';
import { validateDataset } from './build/validate';

export interface LoadOptions {
  onProgress?: (message: string) => void;
  /** Attempts for a batch whose items DynamoDB returns unprocessed. */
  maxAttempts?: number;
  /** Base delay of the exponential backoff between attempts (ms). */
  baseDelayMs?: number;
  /** The report text, to re-validate provenance before writing. */
  source?: string;
}

export interface LoadResult {
  written: number;
  deleted: number;
}

const BATCH_SIZE = 25; // DynamoDB's BatchWriteItem limit
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type WriteRequest = NonNullable<NonNullable<ConstructorParameters<typeof RawBatchWrite>[0]['RequestItems']>[string]>[number];

const writeBatches = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: WriteRequest[],
  opts: Required<Pick<LoadOptions, 'maxAttempts' | 'baseDelayMs'>> & LoadOptions,
  label: string,
): Promise<void> => {
  for (let i = 0; i < requests.length; i += BATCH_SIZE) {
    let pending: WriteRequest[] = requests.slice(i, i + BATCH_SIZE);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > opts.maxAttempts) {
        throw new Error(`seed: ${pending.length} ${label} item(s) still unprocessed after ${opts.maxAttempts} attempts`);
      }
      if (attempt > 1) await sleep(opts.baseDelayMs * 2 ** (attempt - 2) * (1 + Math.random()));
      const out = await client.send(new RawBatchWrite({ RequestItems: { [tableName]: pending } }));
      pending = out.UnprocessedItems?.[tableName] ?? [];
    }
    opts.onProgress?.(`${label}: ${Math.min(i + BATCH_SIZE, requests.length)}/${requests.length}`);
  }
};

/** Every item of a dataset, keyed and validated by its entity schema. */
export const datasetItems = (table: ReturnType<typeof makeTable>, dataset: Dataset) => {
  const e = makeEntities(table);
  const id = dataset.report.reportId;
  return [
    e.CatalogEntry.build(BatchPutRequest).item({ ...itemKeys.catalog(id), reportId: id, datasetVersion: dataset.report.datasetVersion }),
    e.Report.build(BatchPutRequest).item({ ...itemKeys.report(id), ...dataset.report }),
    ...dataset.years.map((r) => e.Year.build(BatchPutRequest).item({ ...itemKeys.year(id, r.year), ...r })),
    ...dataset.sections.map((r) => e.Section.build(BatchPutRequest).item({ ...itemKeys.section(id, r.order), ...r })),
    ...dataset.glossary.map((r) =>
      e.Glossary.build(BatchPutRequest).item({ ...itemKeys.glossary(id, r.number), ...itemKeys.glossaryGsi(id, r.term.zhHant), ...r }),
    ),
    // Denormalised copies under the zh-Hans term: glossaryTerm(term:) is one Query in either script.
    ...dataset.glossary
      .filter((r) => r.term.zhHans !== r.term.zhHant)
      .map((r) =>
        e.Glossary.build(BatchPutRequest).item({ ...itemKeys.glossaryAlias(id, r.number), ...itemKeys.glossaryGsi(id, r.term.zhHans), ...r }),
      ),
    ...dataset.repairs.map((r) => e.Repair.build(BatchPutRequest).item({ ...itemKeys.repair(id, r.number), ...r })),
    ...dataset.figures.map((r) =>
      e.Figure.build(BatchPutRequest).item({
        ...itemKeys.figure(id, r.id),
        ...itemKeys.figureGsi(id, r.year, r.kind, r.valueSource.start),
        ...r,
      }),
    ),
    ...dataset.indicators.map((r) => e.Indicator.build(BatchPutRequest).item({ ...itemKeys.indicator(id, r.id), ...r })),
    ...dataset.projects.map((r) => e.Project.build(BatchPutRequest).item({ ...itemKeys.project(id, r.id), ...r })),
    ...dataset.sectors.map((r) => e.Sector.build(BatchPutRequest).item({ ...itemKeys.sector(id, r.id), ...r })),
  ];
};

const existingKeys = async (client: DynamoDBDocumentClient, tableName: string, reportId: string) => {
  const keys: { PK: string; SK: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new RawQuery({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey, '#sk': TABLE_KEYS.sortKey },
        ExpressionAttributeValues: { ':pk': reportPk(reportId) },
        ProjectionExpression: '#pk, #sk',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) keys.push({ PK: String(item.PK), SK: String(item.SK) });
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return keys;
};

export const loadDataset = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  dataset: Dataset,
  options: LoadOptions = {},
): Promise<LoadResult> => {
  const opts = { maxAttempts: 8, baseDelayMs: 50, ...options };
  if (opts.source !== undefined) validateDataset(dataset, opts.source);
  const table = makeTable(client, tableName);
  const puts = datasetItems(table, dataset);
  // params() parses each record through its entity schema: a record that does not fit fails here, before any write.
  const putRequests: WriteRequest[] = puts.map((put) => put.params());

  const before = await existingKeys(client, tableName, dataset.report.reportId);
  const keep = new Set(putRequests.map((r) => `${String(r.PutRequest?.Item?.PK)}\u0000${String(r.PutRequest?.Item?.SK)}`));
  const stale = before.filter((k) => !keep.has(`${k.PK}\u0000${k.SK}`));

  await writeBatches(client, tableName, putRequests, opts, 'put');
  await writeBatches(client, tableName, stale.map((Key) => ({ DeleteRequest: { Key } })), opts, 'delete stale');
  opts.onProgress?.(`loaded ${dataset.report.reportId} v${dataset.report.datasetVersion}: ${putRequests.length} items written, ${stale.length} stale deleted`);
  return { written: putRequests.length, deleted: stale.length };
};
