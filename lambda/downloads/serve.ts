/**
 * Bulk downloads and harvestable metadata for open-data portals, served by the
 * same Lambda handler as GraphQL (loaded on first use from lambda/app.ts):
 *
 *   GET|HEAD /downloads/figures.csv      every figure, one row each, report order
 *   GET|HEAD /downloads/indicators.csv   every indicator with its result and target
 *   GET|HEAD /downloads/dataset.json     the whole dataset as stored records
 *   GET|HEAD /datapackage.json           Frictionless Data Package descriptor
 *   GET|HEAD /catalog.jsonld             the same as a DCAT dataset (JSON-LD)
 *
 * Each answer reads the report with one Query of its partition. ETag and
 * Cache-Control follow the dataset version like GraphQL GETs, so a browser or
 * CloudFront keeps a file until the data changes; a matching If-None-Match is
 * answered 304 from the cached version without reading the data.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Dataset } from '../data/records';
import { RequestData } from '../data/request-data';
// Types only from store.ts: a value import would put the DynamoDB client's barrel modules in the
// lazily evaluated part of the bundle, where esbuild cannot tree-shake them (+65 KB, measured).
import type { StoreUnavailableError } from '../data/store';
import type { Snapshots } from '../data/snapshots';
import { CORS_HEADERS, jsonError as httpJsonError, methodOf, notModified, type Result } from '../http/common';
import { dataPackage, dcatDataset, type DownloadFile } from './package';
import { DOWNLOAD_PATHS, isDownloadPath, type DownloadPath } from './paths';
import { FIGURE_COLUMNS, INDICATOR_COLUMNS, indicatorRows, readDataset, toCsv } from './tables';

export interface DownloadDeps {
  snapshots: Snapshots;
  reportId: string;
  /** The cached dataset version (null when unknown): lets a revalidation be answered without a read. */
  datasetVersion: () => Promise<string | null>;
  cacheMaxAgeSeconds: number;
  logger: Logger;
}

/**
 * Bumped when the files' format changes (a column added, a descriptor field
 * renamed), so caches holding the old format miss although the data did not change.
 */
const FORMAT_VERSION = 1;

const CORS: Record<string, string> = {
  ...CORS_HEADERS,
  'access-control-expose-headers': `${CORS_HEADERS['access-control-expose-headers']}, content-disposition`,
};

const jsonError = (statusCode: number, message: string, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Result =>
  httpJsonError(statusCode, message, code, extra, { ...CORS, ...headers });

const etagOf = (version: string, path: DownloadPath): string => `"${version}-${path.slice(path.lastIndexOf('/') + 1)}-${FORMAT_VERSION}"`;

const matches = notModified;

const figuresCsv = (d: Dataset): DownloadFile => ({
  name: 'figures',
  path: 'downloads/figures.csv',
  format: 'csv',
  mediatype: 'text/csv',
  title: 'Figures',
  description: 'Every figure the report states, one row each, in report order, with its verbatim source clause and offsets.',
  body: toCsv(FIGURE_COLUMNS, d.figures),
  columns: FIGURE_COLUMNS,
  primaryKey: 'id',
  foreignKeys: [{ fields: 'indicator_id', reference: { resource: 'indicators', fields: 'id' } }],
});

const indicatorsCsv = (d: Dataset): DownloadFile => ({
  name: 'indicators',
  path: 'downloads/indicators.csv',
  format: 'csv',
  mediatype: 'text/csv',
  title: 'Indicators',
  description: 'Every indicator, in report order, with its result for the reviewed year and its target for the planned year (the first the report states of each).',
  body: toCsv(INDICATOR_COLUMNS, indicatorRows(d)),
  columns: INDICATOR_COLUMNS,
  primaryKey: 'id',
});

const datasetJson = (d: Dataset): DownloadFile => ({
  name: 'dataset',
  path: 'downloads/dataset.json',
  format: 'json',
  mediatype: 'application/json',
  title: 'Whole dataset',
  description:
    'The report as stored records (report, years, sections, glossary, repairs, figures, indicators, projects, sectors), in report order; ' +
    'the record shapes are documented in the API’s data model.',
  body: JSON.stringify(d),
});

const DOWNLOADS: Record<string, (d: Dataset) => DownloadFile> = {
  '/downloads/figures.csv': figuresCsv,
  '/downloads/indicators.csv': indicatorsCsv,
  '/downloads/dataset.json': datasetJson,
};

interface Rendered {
  body: string;
  contentType: string;
  /** Set for files meant to be saved: the browser saves them under this name. */
  filename?: string;
}

const render = (path: DownloadPath, d: Dataset): Rendered => {
  const download = DOWNLOADS[path];
  if (download) {
    const file = download(d);
    const charset = '; charset=utf-8';
    return {
      body: file.body,
      contentType: file.format === 'csv' ? `text/csv${charset}; header=present` : `application/json${charset}`,
      filename: `${d.report.reportId}-${file.path.slice(file.path.lastIndexOf('/') + 1)}`,
    };
  }
  const files = Object.values(DOWNLOADS).map((f) => f(d));
  return path === '/catalog.jsonld'
    ? { body: JSON.stringify(dcatDataset(d, files), null, 2), contentType: 'application/ld+json; charset=utf-8' }
    : { body: JSON.stringify(dataPackage(d, files), null, 2), contentType: 'application/json; charset=utf-8' };
};

/** store.ts's StoreUnavailableError, recognised by the name it sets (see the import above). */
const isStoreUnavailable = (err: unknown): err is StoreUnavailableError => err instanceof Error && err.name === 'StoreUnavailableError';

/** The answer for a downloads path, or undefined when the path is not one of ours. */
export const serveDownloads = async (event: APIGatewayProxyEventV2, path: string, deps: DownloadDeps): Promise<Result | undefined> => {
  if (!isDownloadPath(path)) return undefined;
  const method = methodOf(event);
  if (method !== 'GET' && method !== 'HEAD') {
    return jsonError(405, `${method} is not allowed on ${path}; use GET or HEAD.`, 'METHOD_NOT_ALLOWED', {}, { allow: 'GET, HEAD, OPTIONS' });
  }
  if (!(DOWNLOAD_PATHS as readonly string[]).includes(path)) {
    return jsonError(404, `No download at ${path}. Available: ${DOWNLOAD_PATHS.join(', ')}.`, 'NOT_FOUND');
  }
  const route = path as DownloadPath;
  const caching = (etag: string) => ({ etag, 'cache-control': `public, max-age=${deps.cacheMaxAgeSeconds}` });

  // Revalidation against the cached version: no read of the data at all.
  const known = await deps.datasetVersion();
  if (known && matches(event, etagOf(known, route))) return { statusCode: 304, headers: { ...CORS, ...caching(etagOf(known, route)) }, body: '' };

  let dataset: Dataset | undefined;
  let version: string;
  try {
    // One snapshot of the report (one Query when cold); every list is served from it.
    const data = new RequestData(deps.snapshots, deps.reportId);
    version = await data.collectionVersion();
    dataset = await readDataset(data, deps.reportId);
  } catch (err) {
    if (!isStoreUnavailable(err)) throw err;
    deps.logger.warn('store unavailable for a download', { path, error: String(err.cause) });
    return jsonError(503, 'The data store is unavailable; try again shortly.', 'SERVICE_UNAVAILABLE', { retryable: true });
  }
  if (!dataset) return jsonError(404, `Report ${deps.reportId} is not in the store.`, 'NOT_FOUND');

  // The version of the data actually read (it may be newer than the cached one).
  const etag = etagOf(version, route);
  if (matches(event, etag)) return { statusCode: 304, headers: { ...CORS, ...caching(etag) }, body: '' };

  const { body, contentType, filename } = render(route, dataset);
  return {
    statusCode: 200,
    headers: {
      ...CORS,
      ...caching(etag),
      'content-type': contentType,
      'content-length': String(Buffer.byteLength(body, 'utf8')),
      ...(filename ? { 'content-disposition': `attachment; filename="${filename}"` } : {}),
    },
    // HEAD: the GET's headers (length included), no body.
    body: method === 'HEAD' ? '' : body,
  };
};
