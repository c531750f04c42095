/**
 * datapackage.json: a Frictionless Data Package (v1) whose resources are the
 * CSV tables, each with a Table Schema (fields, primary key, foreign keys), so
 * `frictionless validate`, datapackage-js, CKAN's importer and the like read
 * them without this documentation. Paths are absolute URLs (the spec allows
 * them), so a saved or re-hosted descriptor still points at the data.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/records';
import { REPORT_ID, type Link, type TableDef } from './columns';
import { byteLength, CSV_DIALECT, type RenderedFile } from './files';
import { DATA_LICENSE, KEYWORDS, PUBLISHER } from './licence';
import { reportMeta, type Collection } from './read';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Collection files key every row by its report too; a one-report package does not need to. */
type Scope = 'collection' | 'report';

export const primaryKey = (table: TableDef, scope: Scope): string[] =>
  scope === 'collection' && !table.key.includes(REPORT_ID) ? [REPORT_ID, ...table.key] : [...table.key];

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/**
 * Links become foreign keys. In a one-report package each is a single column.
 * In the collection a link inside a report gets `report_id` in front, and only
 * one key per table may hold `report_id`: datapackage-js (relations: true)
 * replaces a key's cells by the row they reference, so a second key sharing the
 * column can no longer match. The first non-empty link is declared (it implies
 * the report exists); links that may be empty are left out too, as Frictionless
 * accepts a composite key only all empty or all filled (columns.ts `Link`).
 */
export const foreignKeys = (table: TableDef, scope: Scope): ForeignKey[] => {
  const single = (link: Link): ForeignKey => ({ fields: [link.fields], reference: { resource: link.resource, fields: [link.reference] } });
  if (scope === 'report') return table.links.map(single);
  const inside = table.links.filter((link) => link.fields !== REPORT_ID && !link.nullable);
  if (inside.length === 0) return table.links.filter((link) => link.fields === REPORT_ID).map(single);
  const [first] = inside;
  return [{ fields: [REPORT_ID, first!.fields], reference: { resource: first!.resource, fields: [REPORT_ID, first!.reference] } }];
};

export const tableSchema = (table: TableDef, scope: Scope) => ({
  fields: table.fields.map((f) => ({
    name: f.name,
    type: f.type,
    description: f.description,
    ...(f.required || f.values ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.values ? { enum: [...f.values] } : {}) } } : {}),
  })),
  missingValues: [''],
  primaryKey: primaryKey(table, scope),
  // The profile wants at least one key where the property is present.
  ...(foreignKeys(table, scope).length ? { foreignKeys: foreignKeys(table, scope) } : {}),
});

const title = (d: Dataset): string => {
  const { title: t } = d.report;
  return [t.en, t.zhHans, t.zhHant].filter((x, i, all): x is string => !!x && all.indexOf(x) === i).join(' · ');
};

/** The sources: each report's text with its own terms, kept beside it (not the project's licence). */
const sources = (reports: readonly Dataset[], base: string) =>
  reports.map((d) => {
    const r = reportMeta(d);
    return {
      title: `${title(d)}: source text`,
      path: r.officialUrl ?? `${base}/reports/${r.reportId}/report.txt`,
      // Beyond the spec (extra properties are allowed): what pins and credits the source exactly.
      reportId: r.reportId,
      attribution: r.attribution ?? null,
      date: r.date,
      sha256: r.sourceSha256,
      length: r.sourceLength,
    };
  });

const describe = (c: Collection, report: Dataset | null): string => {
  const reports = report ? [report] : c.reports;
  const sum = (f: (d: Dataset) => number) => reports.reduce((n, d) => n + f(d), 0);
  const what = report ? `the ${title(report)}` : `${reports.length} Chinese government work reports`;
  return (
    `Every figure stated in ${what} (${sum((d) => d.figures.length)} figures), one row each with its year, whether it is a result or a target, ` +
    `its unit and normalised value, and the verbatim clause that states it with its code-point offsets in the source text; ` +
    `${sum((d) => d.indicators.length)} indicators with their results and targets, a panel of report × indicator × year × kind, ` +
    `${sum((d) => d.projects.length)} named projects, the sectors and the glossary notes. ` +
    'Chinese in both scripts (the source’s as written, the other by OpenCC), English where curated (never machine-invented). ' +
    'The same data is served by the GraphQL API. CSVs are UTF-8 without a byte-order mark; each has an `-excel.csv` twin with one.'
  );
};

/** datapackage.json of the collection (report null) or of one report. */
export const dataPackage = (c: Collection, report: Dataset | null, files: readonly RenderedFile[], base: string) => {
  const scope: Scope = report ? 'report' : 'collection';
  const place = report ? reportMeta(report).place : null;
  const placeWords = place ? [place.name.zhHans, place.name.zhHant, place.name.en, place.province?.zhHans, place.province?.en] : [];
  return {
    profile: 'tabular-data-package',
    id: report ? `${base}/downloads/${report.report.reportId}/datapackage.json` : `${base}/datapackage.json`,
    name: report ? `${report.report.reportId}-government-work-report` : 'government-work-reports',
    title: report ? title(report) : 'Chinese government work reports as data · 政府工作报告数据 · 政府工作報告數據',
    description: describe(c, report),
    version: report ? report.report.datasetVersion : c.version,
    homepage: `${base}/`,
    keywords: [...new Set([...KEYWORDS, ...placeWords.filter((w): w is string => !!w)])],
    licenses: [DATA_LICENSE],
    contributors: [{ title: PUBLISHER.name.en, role: 'publisher', path: `${base}/` }],
    sources: sources(report ? [report] : c.reports, base),
    resources: files.map((file) => ({
      name: file.name,
      path: `${base}/${file.path}`,
      title: file.title,
      description: file.description,
      profile: 'tabular-data-resource',
      format: file.format,
      mediatype: file.mediatype,
      encoding: 'utf-8',
      bytes: byteLength(file.body),
      hash: `sha256:${sha256(file.body)}`,
      dialect: CSV_DIALECT,
      schema: tableSchema(file.table!, scope),
    })),
  };
};
