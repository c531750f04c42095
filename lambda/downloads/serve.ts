/**
 * Bulk downloads and harvestable metadata for open-data portals, served by the
 * same Lambda handler as GraphQL (loaded on first use from lambda/app.ts); the
 * paths are listed in paths.ts and docs/downloads.md.
 *
 * Each answer reads each report it needs with one partition read. ETag and
 * Cache-Control follow the data's version like GraphQL GETs, so a browser or
 * CloudFront keeps a file until the data changes; a matching If-None-Match is
 * answered 304 from the cached version without reading the data.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Dataset } from '../data/records';
import { RequestData } from '../data/request-data';
// Types only from store.ts: a value import would put the DynamoDB client's barrel modules in the
// lazily evaluated part of the bundle, where esbuild cannot tree-shake them (+65 KB, measured).
import type { Store, StoreUnavailableError } from '../data/store';
import { CORS_HEADERS, type Result } from '../http/http-handler';
import { dcatCatalog } from './dcat';
import { BOM, Renderer } from './files';
import { baseUrl } from './licence';
import { dataPackage } from './package';
import { COLLECTION_PATHS, isDownloadPath, parseDownloadPath, routePath, type DownloadRoute } from './paths';
import { readCollection, readDataset, type Collection } from './read';

export interface DownloadDeps {
  store: Store;
  /** The report `/downloads/dataset.json` serves (as GraphQL fields that name no report). */
  reportId: string;
  /** The cached version of the data (null when unknown): lets a revalidation be answered without a read. */
  datasetVersion: () => Promise<string | null>;
  cacheMaxAgeSeconds: number;
  logger: Logger;
  /** PUBLIC_BASE_URL: the public root for absolute links (else the request's scheme, host and stage). */
  publicBaseUrl?: string;
}

/**
 * Bumped when the files' format changes (a column added, a descriptor field
 * renamed), so caches holding the old format miss although the data did not change.
 */
const FORMAT_VERSION = 2;

const CORS: Record<string, string> = {
  ...CORS_HEADERS,
  'access-control-expose-headers': `${CORS_HEADERS['access-control-expose-headers']}, content-disposition`,
};

const jsonError = (statusCode: number, message: string, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Result =>
  httpJsonError(statusCode, message, code, extra, { ...CORS, ...headers });

const etagOf = (version: string, route: DownloadRoute): string => `"${version}-${routePath(route).replace(/[/.]/g, '-')}-${FORMAT_VERSION}"`;

const matches = notModified;

interface Rendered {
  body: string;
  contentType: string;
  /** Set for files meant to be saved: the browser saves them under this name. */
  filename?: string;
}

const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The report a route is about, or null for the collection. */
const scopeOf = (c: Collection, route: DownloadRoute): Dataset | null | undefined => {
  if (route.kind === 'catalog' || !route.reportId) return null;
  return c.reports.find((d) => d.report.reportId === route.reportId);
};

const render = (route: DownloadRoute, c: Collection, report: Dataset | null, base: string): Rendered => {
  const renderer = new Renderer(c);
  switch (route.kind) {
    case 'table': {
      const file = renderer.csv(route.table, report);
      const name = `${report ? report.report.reportId : 'government-work-reports'}-${route.table}${route.excel ? '-excel' : ''}.csv`;
      return { body: route.excel ? BOM + file.body : file.body, contentType: CSV_TYPE, filename: name };
    }
    case 'dataset':
      return { body: renderer.dataset(report!).body, contentType: JSON_TYPE, filename: `${report!.report.reportId}-dataset.json` };
    case 'package':
      return { body: JSON.stringify(dataPackage(c, report, renderer.csvFiles(report), base), null, 2), contentType: JSON_TYPE };
    case 'catalog': {
      const files = (d: Dataset | null) => (d ? [...renderer.csvFiles(d), renderer.dataset(d)] : renderer.csvFiles(null));
      return { body: JSON.stringify(dcatCatalog(c, files, base, { issued: null, modified: null }), null, 2), contentType: 'application/ld+json; charset=utf-8' };
    }
  }
};

/** store.ts's StoreUnavailableError, recognised by the name it sets (see the import above). */
const isStoreUnavailable = (err: unknown): err is StoreUnavailableError => err instanceof Error && err.name === 'StoreUnavailableError';

/** Reads what a route needs: one report, or every report (one partition read each). */
const read = async (data: RequestData, route: DownloadRoute, deps: DownloadDeps): Promise<Collection> => {
  const one = route.kind === 'dataset' ? (route.reportId ?? deps.reportId) : route.kind !== 'catalog' ? route.reportId : null;
  if (!one) return readCollection(data, deps.reportId);
  const d = await readDataset(data, one);
  return { version: d?.report.datasetVersion ?? '', reports: d ? [d] : [] };
};

/** The answer for a downloads path, or undefined when the path is not one of ours. */
export const serveDownloads = async (event: APIGatewayProxyEventV2, path: string, deps: DownloadDeps): Promise<Result | undefined> => {
  if (!isDownloadPath(path)) return undefined;
  const method = methodOf(event);
  if (method !== 'GET' && method !== 'HEAD') {
    return jsonError(405, `${method} is not allowed on ${path}; use GET or HEAD.`, 'METHOD_NOT_ALLOWED', {}, { allow: 'GET, HEAD, OPTIONS' });
  }
  const route = parseDownloadPath(path);
  if (!route) return jsonError(404, `No download at ${path}. Available: ${COLLECTION_PATHS.join(', ')}.`, 'NOT_FOUND');
  const caching = (etag: string) => ({ etag, 'cache-control': `public, max-age=${deps.cacheMaxAgeSeconds}` });

  // Revalidation against the cached version: no read of the data at all.
  const known = await deps.datasetVersion();
  if (known && matches(event, etagOf(known, route))) return { statusCode: 304, headers: { ...CORS, ...caching(etagOf(known, route)) }, body: '' };

  let collection: Collection;
  try {
    collection = await read(new RequestData(deps.store, deps.reportId), route, deps);
  } catch (err) {
    if (!isStoreUnavailable(err)) throw err;
    deps.logger.warn('store unavailable for a download', { path, error: String(err.cause) });
    return jsonError(503, 'The data store is unavailable; try again shortly.', 'SERVICE_UNAVAILABLE', { retryable: true });
  }
  const report = route.kind === 'dataset' ? collection.reports[0] : scopeOf(collection, route);
  if (report === undefined) {
    const wanted = route.kind === 'catalog' ? deps.reportId : (route.reportId ?? deps.reportId);
    return jsonError(404, `No report ${wanted}. The reports are listed in /downloads/reports.csv.`, 'NOT_FOUND');
  }

  // The version of the data actually read (it may be newer than the cached one).
  const etag = etagOf(report ? report.report.datasetVersion : collection.version, route);
  if (matches(event, etag)) return { statusCode: 304, headers: { ...CORS, ...caching(etag) }, body: '' };

  const { body, contentType, filename } = render(route, collection, report, baseUrl(event, deps.publicBaseUrl));
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
