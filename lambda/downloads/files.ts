/**
 * Renders the download files of a collection: each table as CSV (RFC 4180,
 * CRLF, UTF-8, no BOM; the `-excel` form adds one), each report's dataset.json.
 * A table is rendered once per report and request; the collection file is the
 * header and every report's part, so its bytes equal the sum of the parts.
 */
import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../data/records';
import type { Cell, TableDef } from './columns';
import { PANEL } from './panel';
import { TABLE_NAMES, routePath, type DownloadRoute, type TableName } from './paths';
import type { Collection } from './read';
import { FIGURES, GLOSSARY, INDICATORS, PROJECTS, REPORTS, SECTORS } from './tables';

export const TABLES: Record<TableName, TableDef> = {
  reports: REPORTS,
  figures: FIGURES,
  indicators: INDICATORS,
  projects: PROJECTS,
  sectors: SECTORS,
  glossary: GLOSSARY,
  panel: PANEL,
};

/** Excel reads a CSV as UTF-8 only with a byte-order mark; Frictionless readers (datapackage-js) choke on it. */
export const BOM = '\uFEFF';

/** The Frictionless CSV Dialect of every CSV here. */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** RFC 4180 lines (CRLF, quotes doubled, fields quoted only when needed); null and undefined are empty cells. */
const csvLines = (rows: Cell[][]): string => (rows.length ? stringify(rows.map((r) => r.map((c) => c ?? null)), { record_delimiter: 'windows' }) : '');

/** One rendered file, with what the metadata says about it. */
export interface RenderedFile {
  route: DownloadRoute;
  /** Relative to the API root: downloads/figures.csv. */
  path: string;
  name: string;
  title: string;
  description: string;
  format: 'csv' | 'json';
  mediatype: 'text/csv' | 'application/json';
  body: string;
  /** Set for CSVs: the table it holds. */
  table?: TableDef;
}

/** A file as a catalogue lists it: without a body, it is listed without size and checksum. */
export type ListedFile = Omit<RenderedFile, 'body'> & { body?: string };

export const byteLength = (body: string): number => Buffer.byteLength(body, 'utf8');

/**
 * Rendered table parts of report versions, kept while the function is warm: a
 * version is a content hash, so a part never goes stale, and the collection's
 * files (141 reports: ~2 s of CSV writing, measured) are written once per
 * version instead of on every request. Bounded by characters, oldest out first.
 */
const PART_CACHE = new Map<string, string>();
const PART_CACHE_CHARS = 48_000_000;
let cachedChars = 0;

const cachedPart = (key: string, render: () => string): string => {
  const hit = PART_CACHE.get(key);
  if (hit !== undefined) return hit;
  const part = render();
  PART_CACHE.set(key, part);
  cachedChars += part.length;
  for (const [oldKey, old] of PART_CACHE) {
    if (cachedChars <= PART_CACHE_CHARS) break;
    PART_CACHE.delete(oldKey);
    cachedChars -= old.length;
  }
  return part;
};

/** Renders the files of one request; each table part of each report version at most once while warm. */
export class Renderer {
  constructor(readonly collection: Collection) {}

  private part(table: TableDef, d: Dataset): string {
    return cachedPart(`${table.name}|${d.report.reportId}@${d.report.datasetVersion}`, () => csvLines(table.cells(d)));
  }

  /** A table of every report (reportId null) or of one. */
  csv(name: TableName, report: Dataset | null): RenderedFile {
    const table = TABLES[name];
    const reports = report ? [report] : this.collection.reports;
    const body = csvLines([table.fields.map((f) => f.name)]) + reports.map((d) => this.part(table, d)).join('');
    const route: DownloadRoute = { kind: 'table', table: name, reportId: report?.report.reportId ?? null, excel: false };
    const scope = report ? `of ${report.report.reportId}` : 'of every report';
    return { route, path: routePath(route), name, title: `${table.title} (${scope})`, description: table.description, format: 'csv', mediatype: 'text/csv', body, table };
  }

  csvFiles(report: Dataset | null): RenderedFile[] {
    return TABLE_NAMES.map((name) => this.csv(name, report));
  }

  dataset(report: Dataset): RenderedFile {
    return { ...this.datasetInfo(report), body: JSON.stringify(report) };
  }

  /** dataset.json without its body: what the catalogue lists (writing 141 of them, ~50 MB, only to count bytes would be waste). */
  datasetInfo(report: Dataset): Omit<RenderedFile, 'body'> {
    const route: DownloadRoute = { kind: 'dataset', reportId: report.report.reportId };
    return {
      route,
      path: routePath(route),
      name: 'dataset',
      title: `Whole dataset of ${report.report.reportId}`,
      description:
        'The report as stored records (report, years, sections, glossary, repairs, figures, indicators, projects, sectors), in report order; ' +
        'the record shapes are documented in the API’s data model.',
      format: 'json',
      mediatype: 'application/json',
    };
  }
}
