/**
 * Publishes datasets atomically (docs/data-model.md, docs/reliability.md):
 *  1. take the lease (one seed at a time);
 *  2. write each report version that is not yet current into its own
 *     partition, REPORT#<id>#V#<content hash>, where no reader looks;
 *  3. write the panel of the new collection version, PANEL#<version>;
 *  4. make it current with ONE conditional write of the pointer (it must
 *     still name the version this seed started from);
 *  5. delete partitions retired more than `retireAfterMs` ago (2 × the HTTP
 *     max-age: no cache can still hold answers from them);
 *  6. release the lease.
 * A seed killed anywhere before 4 leaves the previous version current; the
 * next seed rewrites what it needs (puts are idempotent) and retires the
 * orphans. Uses only PutItem/GetItem/DeleteItem, BatchWriteItem and Query,
 * which dynalite supports.
 */
import { createHash } from 'node:crypto';
import { QueryCommand as RawQuery, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchDeleteRequest } from 'dynamodb-toolbox/entity/actions/batchDelete';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { PutItemCommand } from 'dynamodb-toolbox/entity/actions/put';
import type { Dataset, PublishedReport } from '../lambda/data/records';
import { makeEntities, makeTable, itemKeys, type AppTable, type PointerItem } from '../lambda/data/entities';
import { packReports, unpackReports } from '../lambda/data/pointer';
import { ENTITY_ATTRIBUTE, TABLE_KEYS, panelPk, reportPk } from '../lambda/data/keys';
import { validateDataset } from './extract/validate';
import { writeBatches } from './batch-write';
import { packPartition, panelItems, reportItems, type StoredItem } from './items';
import { Store } from '../lambda/data/store';
import { Lease } from './lease';

export interface PublishOptions {
  onProgress?: (message: string) => void;
  maxAttempts?: number;
  baseDelayMs?: number;
  /** 'replace': the collection is exactly `datasets`; 'merge': other published reports stay. */
  mode?: 'replace' | 'merge';
  leaseMs?: number;
  /** How long to wait for another seed to finish (default 5 minutes; a killed seed's lease lapses within leaseMs). */
  waitMs?: number;
  retireAfterMs?: number;
  now?: () => number;
  /** Report texts by id, to re-validate provenance before writing. */
  sources?: ReadonlyMap<string, string>;
  /** Fault injection for tests: called at each stage and after each written chunk. */
  checkpoint?: (stage: string) => Promise<void> | void;
}

export interface PublishResult {
  collectionVersion: string;
  /** Items written (report partitions and panel). */
  written: number;
  /** Report versions already current, not rewritten. */
  unchanged: number;
  /** Items deleted from retired partitions. */
  deleted: number;
  reports: number;
}

const WRITE_CONCURRENCY = 8;

const forEachConcurrently = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};

export const collectionVersionOf = (reports: readonly Pick<PublishedReport, 'reportId' | 'version'>[]): string =>
  createHash('sha256')
    .update([...reports].map((r) => `${r.reportId}@${r.version}`).sort().join('\n'))
    .digest('hex')
    .slice(0, 16);

export const publishedReportOf = (ds: Dataset): PublishedReport => ({
  reportId: ds.report.reportId,
  version: ds.report.datasetVersion,
  place: ds.report.place ?? null,
  years: [...ds.report.years],
  reviewYear: ds.report.reviewYear ?? null,
  planYear: ds.report.planYear ?? null,
});

const partitionKeys = async (client: DynamoDBDocumentClient, tableName: string, pk: string) => {
  const keys: { PK: string; SK: string }[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new RawQuery({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey, '#sk': TABLE_KEYS.sortKey },
        ExpressionAttributeValues: { ':pk': pk },
        ProjectionExpression: '#pk, #sk',
        ExclusiveStartKey,
      }),
    );
    for (const item of out.Items ?? []) keys.push({ PK: String(item.PK), SK: String(item.SK) });
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return keys;
};

export const publish = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  datasets: readonly Dataset[],
  options: PublishOptions = {},
): Promise<PublishResult> => {
  const now = options.now ?? Date.now;
  const leaseMs = options.leaseMs ?? 30_000;
  const opts = { maxAttempts: 8, baseDelayMs: 50, mode: 'replace' as const, retireAfterMs: 600_000, ...options };
  const say = (m: string) => opts.onProgress?.(m);
  const checkpoint = async (stage: string) => opts.checkpoint?.(stage);
  for (const ds of datasets) {
    const text = opts.sources?.get(ds.report.reportId);
    if (text !== undefined) validateDataset(ds, text);
  }
  const table = makeTable(client, tableName);
  const e = makeEntities(table);
  const lease = new Lease(e, { leaseMs, waitMs: opts.waitMs ?? 300_000, now });
  await lease.acquire();
  try {
    say(`lease taken by ${lease.owner}`);
    await checkpoint('leased');
    const { Item: before } = await e.Pointer.build(GetItemCommand).key(itemKeys.pointer()).options({ consistent: true }).send();
    const current = new Map((before ? unpackReports(before.reports) : []).map((r) => [r.reportId, r]));
    const next = new Map<string, PublishedReport>(opts.mode === 'merge' ? current : []);
    for (const ds of datasets) next.set(ds.report.reportId, publishedReportOf(ds));
    const reports = [...next.values()].sort((a, b) => a.reportId.localeCompare(b.reportId));
    const collectionVersion = collectionVersionOf(reports);

    // What the new version needs that is not already current.
    const toWrite = datasets.filter((ds) => current.get(ds.report.reportId)?.version !== ds.report.datasetVersion);
    const writing = [...toWrite.map((ds) => reportPk(ds.report.reportId, ds.report.datasetVersion)), panelPk(collectionVersion)];
    let written = 0;
    if (before?.collectionVersion !== collectionVersion) {
      await lease.renew(writing, true);
      const afterChunk = async () => {
        await lease.renew(writing);
        await checkpoint('chunk');
      };
      // Several reports at once: each batch is a round trip, and the store takes many in parallel.
      await forEachConcurrently(toWrite, WRITE_CONCURRENCY, async (ds) => {
        const requests = packPartition(table, reportPk(ds.report.reportId, ds.report.datasetVersion), reportItems(table, ds, opts.sources?.get(ds.report.reportId)));
        await writeBatches(table, requests, { ...opts, afterChunk });
        written += requests.length;
        say(`wrote ${ds.report.reportId} v${ds.report.datasetVersion} (${requests.length} items)`);
      });
      say('report partitions written');
      await checkpoint('reports-written');
      // The panel spans every report of the collection, the unchanged ones included.
      const rows = panelItems(table, collectionVersion, datasets);
      if (opts.mode === 'merge' && before) rows.push(...(await carriedPanelRows(client, tableName, before.collectionVersion, collectionVersion, datasets)));
      const panel = packPartition(table, panelPk(collectionVersion), rows);
      await writeBatches(table, panel, { ...opts, afterChunk });
      written += panel.length;
      say(`panel written (${panel.length} rows)`);
      await checkpoint('panel-written');

      const retiredNow = now();
      const retired = [
        ...(before?.retired ?? []),
        ...[...current.values()]
          .filter((r) => next.get(r.reportId)?.version !== r.version)
          .map((r) => ({ partition: reportPk(r.reportId, r.version), retiredAt: retiredNow })),
        ...(before ? [{ partition: panelPk(before.collectionVersion), retiredAt: retiredNow }] : []),
        // Partitions a killed seed was writing that never became current.
        ...(lease.previous?.writing ?? [])
          .filter((pk) => !writing.includes(pk) && !reports.some((r) => reportPk(r.reportId, r.version) === pk))
          .map((partition) => ({ partition, retiredAt: retiredNow })),
      ];
      await putPointer(e, { collectionVersion, publishedAt: new Date(retiredNow).toISOString(), reports, retired: dedupe(retired) }, before);
      say(`published collection ${collectionVersion} (${reports.length} reports)`);
      await checkpoint('published');
    } else {
      say(`collection ${collectionVersion} is already current`);
    }

    const deleted = await collectRetired(client, table, e, now(), opts.retireAfterMs, { ...opts, afterChunk: () => lease.renew(writing) });
    if (deleted) say(`deleted ${deleted} items of retired versions`);
    return { collectionVersion, written, unchanged: datasets.length - toWrite.length, deleted, reports: reports.length };
  } finally {
    await lease.release();
  }
};

const dedupe = (retired: PointerItem['retired']): PointerItem['retired'] => {
  const seen = new Map<string, PointerItem['retired'][number]>();
  for (const r of retired) if (!seen.has(r.partition)) seen.set(r.partition, r);
  return [...seen.values()];
};

/** Merge mode has only the new datasets in hand: the panel rows of the other reports are copied from the previous panel. */
const carriedPanelRows = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  from: string,
  to: string,
  datasets: readonly Dataset[],
): Promise<StoredItem[]> => {
  const replaced = new Set(datasets.map((ds) => ds.report.reportId));
  // The runtime's own read of a packed partition, with a seed's patience.
  const { byEntity } = await new Store(client, tableName, { readTimeoutMs: 60_000 }).panel(from);
  const out: StoredItem[] = [];
  for (const [entity, items] of byEntity) {
    for (const item of items as unknown as Record<string, unknown>[]) {
      if (replaced.has(String(item.reportId))) continue;
      out.push({ ...item, [ENTITY_ATTRIBUTE]: entity, [TABLE_KEYS.partitionKey]: panelPk(to) });
    }
  }
  return out;
};

type PointerBody = Pick<PointerItem, 'collectionVersion' | 'publishedAt' | 'retired'> & { reports: PointerItem['reports'] | readonly PublishedReport[] };

/** The one write that makes a version current: conditional on the pointer this seed read. */
const putPointer = async (e: ReturnType<typeof makeEntities>, body: PointerBody, before: PointerItem | undefined) => {
  // A list is validated and packed; an already packed list (retiring only) is written back as read.
  const reports = body.reports instanceof Uint8Array ? body.reports : packReports(body.reports);
  await e.Pointer.build(PutItemCommand)
    .item({ ...itemKeys.pointer(), ...body, reports })
    .options({ condition: before ? { attr: 'collectionVersion', eq: before.collectionVersion } : { attr: 'PK', exists: false } })
    .send();
};

/** Deletes partitions retired long enough ago, then drops them from the pointer. */
const collectRetired = async (
  client: DynamoDBDocumentClient,
  table: AppTable,
  e: ReturnType<typeof makeEntities>,
  at: number,
  retireAfterMs: number,
  opts: { maxAttempts: number; baseDelayMs: number; afterChunk: () => Promise<void> },
): Promise<number> => {
  const { Item: pointer } = await e.Pointer.build(GetItemCommand).key(itemKeys.pointer()).options({ consistent: true }).send();
  if (!pointer) return 0;
  const due = pointer.retired.filter((r) => at - r.retiredAt >= retireAfterMs);
  if (due.length === 0) return 0;
  let deleted = 0;
  for (const r of due) {
    const keys = await partitionKeys(client, table.getName(), r.partition);
    // Every item shares the table's key schema, so the Chunk entity builds the Key of any item in the partition.
    await writeBatches(table, keys.map((key) => e.Chunk.build(BatchDeleteRequest).key(key)), opts);
    deleted += keys.length;
  }
  const remaining = pointer.retired.filter((r) => !due.includes(r));
  await putPointer(e, { ...pointer, retired: remaining }, pointer);
  return deleted;
};
