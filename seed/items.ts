/** Every item a dataset puts in its version's partition, and its panel rows, built and validated by the entities. */
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import type { Dataset } from '../lambda/data/records';
import { makeEntities, itemKeys, type AppTable } from '../lambda/data/entities';
import type { WriteRequest } from './batch-write';
import { packItems } from '../lambda/data/chunks';
import { textItems } from '../lambda/pages/report-text';

/** With `text` (the report's source), its chunks too: the report pages and Source.context read them. */
export const reportItems = (table: AppTable, dataset: Dataset, text?: string): WriteRequest[] => {
  const e = makeEntities(table);
  const id = dataset.report.reportId;
  const v = dataset.report.datasetVersion;
  const puts = [
    ...dataset.years.map((r) => e.Year.build(BatchPutRequest).item({ ...itemKeys.year(id, v, r.year), ...r })),
    ...dataset.sections.map((r) => e.Section.build(BatchPutRequest).item({ ...itemKeys.section(id, v, r.order), ...r })),
    ...dataset.glossary.map((r) => e.Glossary.build(BatchPutRequest).item({ ...itemKeys.glossary(id, v, r.number), ...r })),
    ...dataset.repairs.map((r) => e.Repair.build(BatchPutRequest).item({ ...itemKeys.repair(id, v, r.number), ...r })),
    ...dataset.figures.map((r) => e.Figure.build(BatchPutRequest).item({ ...itemKeys.figure(id, v, r.id), ...r })),
    ...dataset.indicators.map((r) => e.Indicator.build(BatchPutRequest).item({ ...itemKeys.indicator(id, v, r.id), ...r })),
    ...dataset.projects.map((r) => e.Project.build(BatchPutRequest).item({ ...itemKeys.project(id, v, r.id), ...r })),
    ...dataset.sectors.map((r) => e.Sector.build(BatchPutRequest).item({ ...itemKeys.sector(id, v, r.id), ...r })),
    ...(text === undefined ? [] : textItems(id, text)).map((r) => e.ReportText.build(BatchPutRequest).item({ ...itemKeys.text(id, v, r.chunk), ...r })),
    e.Report.build(BatchPutRequest).item({ ...itemKeys.report(id, v), ...dataset.report }),
  ];
  // params() parses each record through its entity schema: a record that does not fit fails here, before any write.
  return puts.map((put) => put.params());
};

/**
 * The collection's cross-report partition: every report's record (for `reports`: one Query, not one
 * per report; without its search fold, which only search within the report needs) and every indicator
 * observation, keyed for `observations(indicatorId, year, kind)`.
 */
export const panelItems = (table: AppTable, collectionVersion: string, datasets: readonly Dataset[]): WriteRequest[] => {
  const e = makeEntities(table);
  const out: WriteRequest[] = [];
  for (const ds of datasets) {
    out.push(e.Report.build(BatchPutRequest).item({ ...itemKeys.reportSummary(collectionVersion, ds.report.reportId), ...ds.report, searchFold: '' }).params());
    for (const f of ds.figures) {
      if (!f.indicatorId) continue;
      const keys = itemKeys.observation(collectionVersion, f.indicatorId, f.year, f.kind, ds.report.reportId, f.id);
      out.push(e.Figure.build(BatchPutRequest).item({ ...keys, ...f }).params());
    }
  }
  return out;
};

/** A partition's validated items packed into a few Chunk items (lambda/data/chunks.ts). */
export const packPartition = (table: AppTable, pk: string, requests: readonly WriteRequest[]): WriteRequest[] => {
  const e = makeEntities(table);
  const items = requests.map((r) => {
    const item = r.PutRequest?.Item;
    if (!item) throw new Error('only puts can be packed');
    return item;
  });
  const parts = packItems(items);
  return parts.map((data, part) => e.Chunk.build(BatchPutRequest).item({ ...itemKeys.chunk(pk, part), part, parts: parts.length, data }).params());
};
