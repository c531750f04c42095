/**
 * Versioned, atomic publication (seed/publish.ts) against a real DynamoDB API:
 * a version is written under its own partition and becomes current with one
 * conditional pointer write; an unchanged version is not rewritten; other
 * reports survive a merge; retired versions are deleted only once no cache
 * can hold them; one seed at a time.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Dataset } from '../../lambda/data/records';
import { reportPk } from '../../lambda/data/keys';
import { publish } from '../../seed/publish';
import { Store } from '../../lambda/data/store';
import { LeaseHeldError } from '../../seed/lease';
import { withComputedVersion } from '../../seed/collection';
import { dataset, startTestStore, type TestStore } from '../helpers/local-store';

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore({ seed: false });
});
afterAll(() => store.close());

const partition = async (pk: string) => {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await store.client.send(
      new QueryCommand({ TableName: store.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ExclusiveStartKey }),
    );
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
};

/** The same report under another id, its English changed everywhere: a different version. */
const variant = (reportId: string, tag: string): Dataset => {
  const ds = structuredClone(dataset());
  const retag = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"huozhou-2024"', `"${reportId}"`)) as T;
  const copy = retag(ds);
  copy.report.title.en = `${copy.report.title.en} (${tag})`;
  return withComputedVersion(copy);
};

describe('publication', () => {
  it('writes a version into its own partition, and republishing it writes nothing', async () => {
    const ds = dataset();
    const first = await publish(store.client, store.tableName, [ds]);
    expect(first.written).toBeGreaterThan(0);
    // Packed: a few chunks, which unpack to every record of the dataset.
    const chunks = await partition(reportPk(ds.report.reportId, ds.report.datasetVersion));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(10);
    const { byEntity: items } = await new Store(store.client, store.tableName).reportPartition(ds.report.reportId, ds.report.datasetVersion);
    expect(items.get('Figure')).toHaveLength(ds.figures.length);
    expect(items.get('Glossary')).toHaveLength(ds.glossary.length);
    expect(items.get('Report')?.[0]?.reportId).toBe(ds.report.reportId);
    const again = await publish(store.client, store.tableName, [ds]);
    expect(again).toMatchObject({ collectionVersion: first.collectionVersion, written: 0, unchanged: 1 });
  });

  it('merges one report into the collection without touching the others', async () => {
    const ds = dataset();
    const other = variant('other-2024', 'a');
    const result = await publish(store.client, store.tableName, [other], { mode: 'merge' });
    expect(result.reports).toBe(2);
    expect(await partition(reportPk(ds.report.reportId, ds.report.datasetVersion))).not.toHaveLength(0);
    expect(await partition(reportPk('other-2024', other.report.datasetVersion))).not.toHaveLength(0);
  });

  it('retires a replaced version and deletes it only after retireAfterMs', async () => {
    let now = 1_000_000;
    const a = variant('other-2024', 'a');
    const b = variant('other-2024', 'b');
    expect(b.report.datasetVersion).not.toBe(a.report.datasetVersion);
    const clock = { now: () => now };
    await publish(store.client, store.tableName, [b], { mode: 'merge', retireAfterMs: 600_000, ...clock });
    // Still there: a cache may hold answers read from it.
    expect(await partition(reportPk('other-2024', a.report.datasetVersion))).not.toHaveLength(0);
    now += 600_000;
    const later = await publish(store.client, store.tableName, [b], { mode: 'merge', retireAfterMs: 600_000, ...clock });
    expect(later.deleted).toBeGreaterThan(0);
    expect(await partition(reportPk('other-2024', a.report.datasetVersion))).toHaveLength(0);
    expect(await partition(reportPk('other-2024', b.report.datasetVersion))).not.toHaveLength(0);
  });

  it('lets one seed publish at a time: the second waits for the lease, or fails with a clear message', async () => {
    const a = variant('third-2024', 'a');
    const b = variant('third-2024', 'b');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = publish(store.client, store.tableName, [a], { mode: 'merge', checkpoint: (stage) => (stage === 'leased' ? held : undefined) });
    await new Promise((r) => setTimeout(r, 300));
    await expect(publish(store.client, store.tableName, [b], { mode: 'merge', waitMs: 0 })).rejects.toBeInstanceOf(LeaseHeldError);
    const second = publish(store.client, store.tableName, [b], { mode: 'merge', waitMs: 20_000 });
    release();
    await first;
    const done = await second;
    expect(done.reports).toBe(3);
  });

  it('refuses a dataset whose provenance does not match the source, before any write', async () => {
    const ds = structuredClone(dataset());
    ds.glossary[0]!.source.quote = 'not the source';
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(require.resolve('../../seed/reports/huozhou-2024/report.txt'), 'utf8');
    await expect(publish(store.client, store.tableName, [ds], { sources: new Map([['huozhou-2024', source]]) })).rejects.toThrow(/glossary 1: quote is not report.txt/);
  });
});
