/**
 * Loading is idempotent and scoped to one report: seeding twice leaves the
 * same items, a reseed removes items the new dataset no longer has, and
 * another report's partition is never touched.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadDataset } from '../../seed/load';
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

describe('seeding', () => {
  it('writes every record of the dataset, and a second load leaves exactly the same items', async () => {
    const ds = dataset();
    const first = await loadDataset(store.client, store.tableName, ds);
    const aliases = ds.glossary.filter((g) => g.term.zhHans !== g.term.zhHant).length;
    expect(aliases).toBeGreaterThan(20);
    const expected =
      2 + aliases + ds.years.length + ds.sections.length + ds.glossary.length + ds.repairs.length + ds.figures.length + ds.indicators.length + ds.projects.length + ds.sectors.length;
    expect(first).toEqual({ written: expected, deleted: 0 });
    const before = await partition('REPORT#huozhou-2024');
    expect(before).toHaveLength(expected - 1); // the catalogue entry lives in its own partition

    const second = await loadDataset(store.client, store.tableName, ds);
    expect(second).toEqual({ written: expected, deleted: 0 });
    expect(await partition('REPORT#huozhou-2024')).toEqual(before);
  });

  it("replaces one report's items without touching another report's", async () => {
    const other = { PK: 'REPORT#other-2023', SK: 'REPORT#META', _et: 'Report', reportId: 'other-2023' };
    await store.client.send(new PutCommand({ TableName: store.tableName, Item: other }));
    const stale = { PK: 'REPORT#huozhou-2024', SK: 'FIGURE#f99999', _et: 'Figure', reportId: 'huozhou-2024' };
    await store.client.send(new PutCommand({ TableName: store.tableName, Item: stale }));

    const result = await loadDataset(store.client, store.tableName, dataset());
    expect(result.deleted).toBe(1);
    const items = await partition('REPORT#huozhou-2024');
    expect(items.find((i) => i.SK === 'FIGURE#f99999')).toBeUndefined();
    expect(await partition('REPORT#other-2023')).toEqual([other]);
  });

  it('refuses to load a dataset whose provenance does not match the source', async () => {
    const ds = structuredClone(dataset());
    ds.glossary[0]!.source.quote = 'not the source';
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(require.resolve('../../seed/reports/huozhou-2024/report.txt'), 'utf8');
    await expect(loadDataset(store.client, store.tableName, ds, { source })).rejects.toThrow(/glossary 1: quote is not report.txt/);
  });
});
