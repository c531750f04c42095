/**
 * The paths lambda/downloads answers, and what each one names. Kept apart from
 * the route module (and free of its imports) so the HTTP wiring can decide
 * cheaply whether to load it: GraphQL requests never do.
 *
 *   /datapackage.json, /catalog.jsonld             metadata of the collection
 *   /downloads/<table>.csv                         a table of every report (no BOM)
 *   /downloads/<table>-excel.csv                   the same with a UTF-8 BOM, for spreadsheets
 *   /downloads/dataset.json                        the default report as stored records
 *   /downloads/<reportId>/<table>[-excel].csv      one report's rows of a table
 *   /downloads/<reportId>/dataset.json             one report as stored records
 *   /downloads/<reportId>/datapackage.json         one report's Data Package
 */

/** Every table, in the order the packages list them (tables.ts and panel.ts define them). */
export const TABLE_NAMES = ['reports', 'figures', 'indicators', 'projects', 'sectors', 'glossary', 'panel'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type DownloadRoute =
  | { kind: 'table'; table: TableName; reportId: string | null; excel: boolean }
  | { kind: 'dataset'; reportId: string | null }
  | { kind: 'package'; reportId: string | null }
  | { kind: 'catalog' };

/** Report ids are `<place-pinyin>-<year>`: lower-case letters, digits and hyphens. */
const REPORT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isTable = (name: string): name is TableName => (TABLE_NAMES as readonly string[]).includes(name);

/** Ours: the metadata files or anything under /downloads/ (an unknown one is answered 404 with the list). */
export const isDownloadPath = (path: string): boolean =>
  path === '/datapackage.json' || path === '/catalog.jsonld' || path === '/downloads' || path.startsWith('/downloads/');

const fileRoute = (file: string, reportId: string | null): DownloadRoute | undefined => {
  if (file === 'dataset.json') return { kind: 'dataset', reportId };
  if (file === 'datapackage.json' && reportId) return { kind: 'package', reportId };
  const match = /^([a-z]+)(-excel)?\.csv$/.exec(file);
  if (match && isTable(match[1]!)) return { kind: 'table', table: match[1], reportId, excel: !!match[2] };
  return undefined;
};

/** What a path names, or undefined when it names nothing (404). */
export const parseDownloadPath = (path: string): DownloadRoute | undefined => {
  if (path === '/catalog.jsonld') return { kind: 'catalog' };
  if (path === '/datapackage.json') return { kind: 'package', reportId: null };
  const parts = path.split('/').slice(2);
  if (parts.length === 1) return fileRoute(parts[0]!, null);
  if (parts.length === 2 && REPORT_ID.test(parts[0]!)) return fileRoute(parts[1]!, parts[0]!);
  return undefined;
};

/** The path of a route, relative to the API's root (no leading slash): the inverse of parseDownloadPath. */
export const routePath = (route: DownloadRoute): string => {
  const dir = 'reportId' in route && route.reportId ? `downloads/${route.reportId}/` : 'downloads/';
  switch (route.kind) {
    case 'catalog':
      return 'catalog.jsonld';
    case 'package':
      return route.reportId ? `${dir}datapackage.json` : 'datapackage.json';
    case 'dataset':
      return `${dir}dataset.json`;
    case 'table':
      return `${dir}${route.table}${route.excel ? '-excel' : ''}.csv`;
  }
};

/** The files of the collection, for a 404's list. */
export const COLLECTION_PATHS: readonly string[] = [
  '/datapackage.json',
  '/catalog.jsonld',
  ...TABLE_NAMES.map((t) => `/downloads/${t}.csv`),
  '/downloads/dataset.json',
  '/downloads/<reportId>/<table>.csv',
  '/downloads/<reportId>/datapackage.json',
];

/**
 * The collection's files with a label in Chinese and English, for pages that
 * list them (the home page): paths relative to the API root.
 */
export const DOWNLOAD_INDEX: readonly { path: string; mediatype: string; label: string }[] = [
  { path: 'downloads/panel.csv', mediatype: 'text/csv', label: '面板：报告 × 指标 × 年份 × 类别 Panel: report × indicator × year × kind (CSV)' },
  { path: 'downloads/reports.csv', mediatype: 'text/csv', label: '报告 Reports (CSV)' },
  { path: 'downloads/figures.csv', mediatype: 'text/csv', label: '数字 Figures (CSV)' },
  { path: 'downloads/indicators.csv', mediatype: 'text/csv', label: '指标 Indicators (CSV)' },
  { path: 'downloads/projects.csv', mediatype: 'text/csv', label: '项目 Projects (CSV)' },
  { path: 'downloads/sectors.csv', mediatype: 'text/csv', label: '领域 Sectors (CSV)' },
  { path: 'downloads/glossary.csv', mediatype: 'text/csv', label: '名词解释 Glossary (CSV)' },
  { path: 'downloads/figures-excel.csv', mediatype: 'text/csv', label: '数字（Excel，带 BOM）Figures for Excel (CSV with BOM; every table has an -excel.csv twin)' },
  { path: 'datapackage.json', mediatype: 'application/json', label: 'Data Package (Frictionless)' },
  { path: 'catalog.jsonld', mediatype: 'application/ld+json', label: 'DCAT-AP 目录 DCAT-AP catalogue (JSON-LD)' },
];
