/**
 * The yardstick's data: every report's dataset (seed/collection) held in
 * memory as the API's own snapshots (lambda/data/snapshot.ts), behind the
 * API's own per-request read layer (lambda/data/request-data.ts), with no
 * store behind them: what "in-memory speed" means for the same resolvers and
 * query functions. No DynamoDB, no Apollo, no HTTP layer.
 */
import type { Dataset } from '../lambda/data/records';
import type { FigureItem, ReportItem } from '../lambda/data/entities';
import type { EntityName, ItemByType } from '../lambda/data/items';
import { RequestData } from '../lambda/data/request-data';
import { localKey, ReportSnapshot } from '../lambda/data/snapshot';
import { panelOf, type PublishedCollection, type Snapshots } from '../lambda/data/snapshots';
import { buildCollection } from '../seed/collection';
import { collectionVersionOf, publishedReportOf } from '../seed/publish';

/** Every report under seed/reports, built as the seeder builds it (a report that fails to build fails the bench). */
export const allDatasets = (): Dataset[] => {
  const { datasets, failures } = buildCollection();
  if (failures.length > 0) throw new Error(`reports that do not build: ${failures.map((f) => `${f.reportDir}: ${f.error}`).join('; ')}`);
  return datasets;
};

/** Sort-key order of one type (keys.ts pads numbers): what a Query of the partition returns. */
const bySortKey = (entity: EntityName) => (a: ItemByType[EntityName], b: ItemByType[EntityName]): number => {
  const [x, y] = [localKey(entity, a), localKey(entity, b)];
  const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
  return numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
};

/** A report's dataset as the snapshot a store read would give (items by type, in sort-key order). */
export const snapshotOf = (d: Dataset): ReportSnapshot => {
  // Records carry the fields the entities format items to; resolvers never read the key attributes.
  const raw: Record<EntityName, unknown[]> = {
    Report: [d.report],
    Year: d.years,
    Section: d.sections,
    Glossary: d.glossary,
    Repair: d.repairs,
    Figure: d.figures,
    Indicator: d.indicators,
    ReportText: [],
    Project: d.projects,
    Sector: d.sectors,
  };
  const lists = new Map<EntityName, ItemByType[EntityName][]>();
  for (const [entity, items] of Object.entries(raw) as [EntityName, ItemByType[EntityName][]][]) lists.set(entity, [...items].sort(bySortKey(entity)));
  return new ReportSnapshot(d.report.reportId, d.report.datasetVersion, lists, 0);
};

/** A factory of per-request read layers (as lambda/app.ts makes one per request) over the datasets in memory. */
export const createMemoryData = (datasets: Dataset[], defaultReportId: string): (() => { data: RequestData; datasetVersion: string }) => {
  const reports = datasets.map(publishedReportOf);
  const collection: PublishedCollection = {
    collectionVersion: collectionVersionOf(reports),
    publishedAt: new Date(0).toISOString(),
    reports,
    byId: new Map(reports.map((r) => [r.reportId, r])),
  };
  const snapshots = new Map(datasets.map((d) => [d.report.reportId, snapshotOf(d)]));
  // The panel as lambda/data/snapshots.ts builds it.
  const panel = panelOf(
    datasets.map((d) => d.report as unknown as ReportItem),
    datasets.flatMap((d) => d.figures as unknown as FigureItem[]),
  );
  const memory = {
    current: async () => collection,
    fresh: () => collection,
    report: async (reportId: string) => snapshots.get(reportId)!,
    panel: async () => panel,
  };
  // The read layer's type names the store-backed Snapshots; this object has the part RequestData calls.
  const asSnapshots = memory as unknown as Snapshots;
  return () => ({ data: new RequestData(asSnapshots, defaultReportId, collection), datasetVersion: collection.collectionVersion });
};
