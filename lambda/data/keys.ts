/**
 * The one place that knows the table's key design (docs/data-model.md).
 * The CDK stack imports the attribute and index names from here, the seed
 * loader and the query functions import the key builders: nobody else
 * spells a key.
 */
export const TABLE_KEYS = {
  partitionKey: 'PK',
  sortKey: 'SK',
} as const;

/** GSI1: alternate look-ups (glossary term by its text, figures by year and kind). */
export const GSI1 = {
  indexName: 'GSI1',
  partitionKey: 'GSI1PK',
  sortKey: 'GSI1SK',
} as const;

export const ENTITY_ATTRIBUTE = '_et';

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
} as const;
export type ItemType = (typeof ItemType)[keyof typeof ItemType];

/** Partition holding one catalogue entry per report, so `reports` is a Query, not a Scan. */
export const CATALOG_PK = 'CATALOG';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const reportPk = (reportId: string): string => `REPORT#${reportId}`;
export const catalogSk = (reportId: string): string => `REPORT#${reportId}`;

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
  /** A copy of a glossary note filed under its zh-Hans term, so either script is one GSI1 look-up. */
  glossaryAlias: (num: number): string => `TERMALIAS#${pad(num, 3)}`,
} as const;

/** Prefix for a begins_with key condition listing one item type of a report. */
export const typePrefix = (type: ItemType): string => `${type}#`;

export const gsi1 = {
  glossaryTerm: (reportId: string, term: string) => ({
    GSI1PK: `${reportPk(reportId)}#TERM#${term}`,
    GSI1SK: 'GLOSSARY',
  }),
  figureYearKind: (reportId: string, year: number, kind: string, start: number) => ({
    GSI1PK: `${reportPk(reportId)}#FIGURES#${year}#${kind}`,
    GSI1SK: pad(start, 6),
  }),
  figureYearKindPartition: (reportId: string, year: number, kind: string): string =>
    `${reportPk(reportId)}#FIGURES#${year}#${kind}`,
  glossaryTermPartition: (reportId: string, term: string): string => `${reportPk(reportId)}#TERM#${term}`,
} as const;

/** Figure ids are `f` + the code-point offset of the number: stable for an immutable source. */
export const figureId = (start: number): string => `f${pad(start, 5)}`;
