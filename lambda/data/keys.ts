/**
 * The one place that knows the table's key design (docs/data-model.md).
 * The CDK stack imports the attribute and index names from here, the seed
 * publisher and the store import the key builders: nobody else spells a key.
 *
 * Publication is versioned: a report's items live in a partition named for
 * the report AND the content hash of its dataset, so a new version is written
 * where no reader looks, and one conditional write of the pointer item makes
 * it current (seed/publish.ts). Readers resolve the pointer once per request.
 */
export const TABLE_KEYS = {
  partitionKey: 'PK',
  sortKey: 'SK',
} as const;

/** GSI1: declared by the table; the snapshot read path needs no index (kept for compatibility of deployed tables). */
export const GSI1 = {
  indexName: 'GSI1',
  partitionKey: 'GSI1PK',
  sortKey: 'GSI1SK',
} as const;

export const ENTITY_ATTRIBUTE = '_et';

/** Every key attribute an item may carry: record types omit exactly these (records.ts), downloads strip them. */
export const KEY_ATTRIBUTES = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, GSI1.partitionKey, GSI1.sortKey] as const;
export type KeyAttribute = (typeof KEY_ATTRIBUTES)[number];

/** Item types; each is the prefix of its sort key inside a report partition. */
export const ItemType = {
  Report: 'REPORT',
  Year: 'YEAR',
  Section: 'SECTION',
  Glossary: 'GLOSSARY',
  Figure: 'FIGURE',
  Indicator: 'INDICATOR',
  Project: 'PROJECT',
  Sector: 'SECTOR',
  Repair: 'REPAIR',
  /** The report's source text in chunks (lambda/pages/report-text.ts), for /reports/<id> and Source.context. */
  ReportText: 'TEXT',
} as const;
export type ItemType = (typeof ItemType)[keyof typeof ItemType];

/** Partition of the control items: the published pointer and the seed lease. */
export const CATALOG_PK = 'CATALOG';
export const POINTER_SK = 'CURRENT';
export const LEASE_SK = 'LEASE';

/** Partition prefixes, also used to scope the seeder's IAM (dynamodb:LeadingKeys). */
export const PARTITION_PREFIX = { report: 'REPORT#', panel: 'PANEL#' } as const;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** One report version's partition: immutable once the pointer names it. */
export const reportPk = (reportId: string, version: string): string => `${PARTITION_PREFIX.report}${reportId}#V#${version}`;

/** The cross-report observations of one published collection version (economists' panel). */
export const panelPk = (collectionVersion: string): string => `${PARTITION_PREFIX.panel}${collectionVersion}`;

/** Sort keys sort in report order where the type has one: numbers are zero-padded. */
export const sortKey = {
  report: (): string => `${ItemType.Report}#META`,
  year: (year: number): string => `${ItemType.Year}#${year}`,
  section: (order: number): string => `${ItemType.Section}#${pad(order, 3)}`,
  glossary: (num: number): string => `${ItemType.Glossary}#${pad(num, 3)}`,
  figure: (id: string): string => `${ItemType.Figure}#${id}`,
  indicator: (id: string): string => `${ItemType.Indicator}#${id}`,
  project: (id: string): string => `${ItemType.Project}#${id}`,
  sector: (id: string): string => `${ItemType.Sector}#${id}`,
  repair: (num: number): string => `${ItemType.Repair}#${pad(num, 3)}`,
  text: (chunk: number): string => `${ItemType.ReportText}#${pad(chunk, 3)}`,
  /** Panel rows sort by indicator, year, kind, report, then place in the report: one Query per page. */
  observation: (indicatorId: string, year: number, kind: string, reportId: string, figureId: string): string =>
    `${indicatorId}#${year}#${kind}#${reportId}#${figureId}`,
  /** A part of a partition's packed items (see chunks.ts). */
  chunk: (part: number): string => `CHUNK#${pad(part, 3)}`,
  /** A report's record in the panel partition (upper case: never an indicator slug). */
  reportSummary: (reportId: string): string => `${ItemType.Report}#${reportId}`,
} as const;

/** Figure ids are `f` + the code-point offset of the number: stable for an immutable source. */
export const figureId = (start: number): string => `f${pad(start, 5)}`;

/** The key of each item, by item type: report items live in their version's partition, control items in CATALOG. */
export const itemKeys = {
  pointer: () => ({ PK: CATALOG_PK, SK: POINTER_SK }),
  lease: () => ({ PK: CATALOG_PK, SK: LEASE_SK }),
  report: (reportId: string, v: string) => ({ PK: reportPk(reportId, v), SK: sortKey.report() }),
  year: (reportId: string, v: string, year: number) => ({ PK: reportPk(reportId, v), SK: sortKey.year(year) }),
  section: (reportId: string, v: string, order: number) => ({ PK: reportPk(reportId, v), SK: sortKey.section(order) }),
  glossary: (reportId: string, v: string, num: number) => ({ PK: reportPk(reportId, v), SK: sortKey.glossary(num) }),
  repair: (reportId: string, v: string, num: number) => ({ PK: reportPk(reportId, v), SK: sortKey.repair(num) }),
  figure: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.figure(id) }),
  indicator: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.indicator(id) }),
  project: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.project(id) }),
  sector: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.sector(id) }),
  chunk: (pk: string, part: number) => ({ PK: pk, SK: sortKey.chunk(part) }),
  reportSummary: (collectionVersion: string, reportId: string) => ({ PK: panelPk(collectionVersion), SK: sortKey.reportSummary(reportId) }),
  text: (reportId: string, v: string, chunk: number) => ({ PK: reportPk(reportId, v), SK: sortKey.text(chunk) }),
  observation: (collectionVersion: string, indicatorId: string, year: number, kind: string, reportId: string, figureId: string) => ({
    PK: panelPk(collectionVersion),
    SK: sortKey.observation(indicatorId, year, kind, reportId, figureId),
  }),
} as const;
