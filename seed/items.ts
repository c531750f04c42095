/**
 * Every item a dataset puts in its version's partition, and its panel rows, parsed by their entities,
 * then packed into the Chunk items that are actually written (lambda/data/chunks.ts).
 */
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { EntityParser } from 'dynamodb-toolbox/entity/actions/parse';
import type { Dataset } from '../lambda/data/records';
import { makeEntities, itemKeys, type AppTable } from '../lambda/data/entities';
import type { WriteRequest } from './batch-write';
import { packItems } from '../lambda/data/chunks';
import { textItems } from '../lambda/pages/report-text';

/** An item as its entity stores it (keys and entity name included): what a packed part holds. */
export type StoredItem = Record<string, unknown>;

/** With `text` (the report's source), its chunks too: the report pages and Source.context read them. */
export const reportItems = (table: AppTable, dataset: Dataset, text?: string): StoredItem[] => {
  const e = makeEntities(table);
  const id = dataset.report.reportId;
  const v = dataset.report.datasetVersion;
  // Each record is parsed through its entity schema: a record that does not fit fails here, before any write.
  return [
    ...dataset.years.map((r) => e.Year.build(EntityParser).parse({ ...itemKeys.year(id, v, r.year), ...r }).item),
    ...dataset.sections.map((r) => e.Section.build(EntityParser).parse({ ...itemKeys.section(id, v, r.order), ...r }).item),
    ...dataset.glossary.map((r) => e.Glossary.build(EntityParser).parse({ ...itemKeys.glossary(id, v, r.number), ...r }).item),
    ...dataset.repairs.map((r) => e.Repair.build(EntityParser).parse({ ...itemKeys.repair(id, v, r.number), ...r }).item),
    ...dataset.figures.map((r) => e.Figure.build(EntityParser).parse({ ...itemKeys.figure(id, v, r.id), ...r }).item),
    ...dataset.indicators.map((r) => e.Indicator.build(EntityParser).parse({ ...itemKeys.indicator(id, v, r.id), ...r }).item),
    ...dataset.projects.map((r) => e.Project.build(EntityParser).parse({ ...itemKeys.project(id, v, r.id), ...r }).item),
    ...dataset.sectors.map((r) => e.Sector.build(EntityParser).parse({ ...itemKeys.sector(id, v, r.id), ...r }).item),
    ...(text === undefined ? [] : textItems(id, text)).map((r) => e.ReportText.build(EntityParser).parse({ ...itemKeys.text(id, v, r.chunk), ...r }).item),
    e.Report.build(EntityParser).parse({ ...itemKeys.report(id, v), ...dataset.report }).item,
  ];
};

/**
 * The collection's cross-report partition: every report's record (for `reports`: one Query, not one
 * per report; without its search fold, which only search within the report needs) and every indicator
 * observation, keyed for `observations(indicatorId, year, kind)`.
 */
export const panelItems = (table: AppTable, collectionVersion: string, datasets: readonly Dataset[]): StoredItem[] => {
  const e = makeEntities(table);
  const out: StoredItem[] = [];
  for (const ds of datasets) {
    out.push(e.Report.build(EntityParser).parse({ ...itemKeys.reportSummary(collectionVersion, ds.report.reportId), ...ds.report, searchFold: '' }).item);
    for (const f of ds.figures) {
      if (!f.indicatorId) continue;
      const keys = itemKeys.observation(collectionVersion, f.indicatorId, f.year, f.kind, ds.report.reportId, f.id);
      out.push(e.Figure.build(EntityParser).parse({ ...keys, ...f }).item);
    }
  }
  return out;
};

/** A partition's parsed items packed into a few Chunk items (lambda/data/chunks.ts), as batch puts. */
export const packPartition = (table: AppTable, pk: string, items: readonly StoredItem[]): WriteRequest[] => {
  const e = makeEntities(table);
  const parts = packItems(items);
  return parts.map((data, part) => e.Chunk.build(BatchPutRequest).item({ ...itemKeys.chunk(pk, part), part, parts: parts.length, data }));
};
