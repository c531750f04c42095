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
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Dataset } from '../data/records';
import type { RequestData } from '../data/request-data';
// Types only from store.ts: a value import would put the DynamoDB client's barrel modules in the
// lazily evaluated part of the bundle, where esbuild cannot tree-shake them (+65 KB, measured).
import type { StoreUnavailableError } from '../data/store';
import { CORS_HEADERS, header, jsonError as httpJsonError, methodOf, notModified, type Result } from '../http/common';
import { dcatCatalog } from './dcat';
import { BOM, Renderer } from './files';
import { baseUrl } from './licence';
import { dataPackage } from './package';
import { COLLECTION_PATHS, isDownloadPath, parseDownloadPath, routePath, type DownloadRoute } from './paths';
import { readCollection, readDataset, type Collection } from './read';

export interface DownloadDeps {
  /** The request's read layer (the same the resolvers get), created by the app for each request. */
  data: () => RequestData;
  /** The report `/downloads/dataset.json` serves (as GraphQL fields that name no report). */
  reportId: string;
  /** The cached version of the data (null when unknown): lets a revalidation be answered without a read. */
  datasetVersion: () => Promise<string | null>;
  cacheMaxAgeSeconds: number;
  logger: Logger;
  /** PUBLIC_BASE_URL: the public root for absolute links (else the request's scheme, host and stage). */
  publicBaseUrl?: string;
  /** Largest body sent uncompressed (default: what a Lambda response can carry); tests lower it. */
  maxIdentityBytes?: number;
}

/**
 * A synchronous Lambda response carries at most 6 MB of JSON (body escaped,
 * headers included); 5 MB of body leaves room for both. Larger files (the
 * collection's figures.csv: ~11 MB for 141 reports) go gzip-compressed
 * (~4x smaller, base64 in the payload); CloudFront compresses the rest at the edge.
 */
const LAMBDA_BODY_BYTES = 5_000_000;
const BASE64_GROWTH = 4 / 3;

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

/** One ETag per representation: a gzip-encoded body has its own (`-gzip`), as strong ETags require. */
const etagOf = (version: string, route: DownloadRoute, gzip = false): string =>
  `"${version}-${routePath(route).replace(/[/.]/g, '-')}-${FORMAT_VERSION}${gzip ? '-gzip' : ''}"`;

/** Whether If-None-Match names either representation of this version (the 304 then carries that one). */
const matching = (event: APIGatewayProxyEventV2, version: string, route: DownloadRoute): string | undefined =>
  [etagOf(version, route), etagOf(version, route, true)].find((etag) => notModified(event, etag));

/** gzip acceptable per Accept-Encoding (RFC 9110 §12.5.3: listed, or `*`, without q=0). */
const acceptsGzip = (event: APIGatewayProxyEventV2): boolean =>
  (header(event, 'accept-encoding') ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return (coding === 'gzip' || coding === 'x-gzip' || coding === '*') && (q === undefined || Number(q) > 0);
  });

/** Metadata documents of a version, kept while warm (the catalogue of 141 reports hashes ~30 MB of files). */
const DOCUMENTS = new Map<string, string>();
const DOCUMENT_ENTRIES = 16;
const cachedDocument = (key: string, render: () => string): string => {
  let body = DOCUMENTS.get(key);
  if (body === undefined) {
    body = render();
    DOCUMENTS.set(key, body);
    if (DOCUMENTS.size > DOCUMENT_ENTRIES) DOCUMENTS.delete(DOCUMENTS.keys().next().value!);
  }
  return body;
};

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
    case 'package': {
      const key = `${report ? report.report.datasetVersion : c.version}|${routePath(route)}|${base}`;
      return { body: cachedDocument(key, () => JSON.stringify(dataPackage(c, report, renderer.csvFiles(report), base), null, 2)), contentType: JSON_TYPE };
    }
    case 'catalog': {
      const files = (d: Dataset | null) => (d ? [...renderer.csvFiles(d), renderer.datasetInfo(d)] : renderer.csvFiles(null));
      const body = cachedDocument(`${c.version}|${routePath(route)}|${base}`, () => JSON.stringify(dcatCatalog(c, files, base, { issued: null, modified: c.publishedAt }), null, 2));
      return { body, contentType: 'application/ld+json; charset=utf-8' };
    }
  }
};

/** store.ts's StoreUnavailableError, recognised by the name it sets (see the import above). */
const isStoreUnavailable = (err: unknown): err is StoreUnavailableError => err instanceof Error && err.name === 'StoreUnavailableError';

/** The one report a route serves (its files carry that report's dataset version); null for the collection's. */
const reportOfRoute = (route: DownloadRoute, deps: DownloadDeps): string | null =>
  route.kind === 'dataset' ? (route.reportId ?? deps.reportId) : route.kind !== 'catalog' ? route.reportId : null;

/** Reads what a route needs: one report, or every report (one partition read each). */
const read = async (data: RequestData, route: DownloadRoute, deps: DownloadDeps): Promise<Collection> => {
  const one = reportOfRoute(route, deps);
  if (!one) return readCollection(data);
  const d = await readDataset(data, one);
  return { version: d?.report.datasetVersion ?? '', publishedAt: null, reports: d ? [d] : [] };
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

  // Revalidation against the published pointer (resolved and pinned by datasetVersion): no read of a report.
  // A report's files carry that report's version, which the pointer lists; the collection's, the collection's.
  const collectionVersion = await deps.datasetVersion();
  const data = deps.data();
  const one = reportOfRoute(route, deps);
  const known = collectionVersion && one ? (await data.collection()).byId.get(one)?.version : collectionVersion;
  const current = known ? matching(event, known, route) : undefined;
  if (current) return { statusCode: 304, headers: { ...CORS, vary: 'accept-encoding', ...caching(current) }, body: '' };

  let collection: Collection;
  try {
    collection = await read(data, route, deps);
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
  const version = report ? report.report.datasetVersion : collection.version;
  const revalidated = matching(event, version, route);
  if (revalidated) return { statusCode: 304, headers: { ...CORS, vary: 'accept-encoding', ...caching(revalidated) }, body: '' };

  const { body, contentType, filename } = render(route, collection, report, baseUrl(event, deps.publicBaseUrl));
  const limit = deps.maxIdentityBytes ?? LAMBDA_BODY_BYTES;
  const size = Buffer.byteLength(body, 'utf8');
  const gzipped = size > limit && acceptsGzip(event) ? gzipSync(body) : undefined;
  if (size > limit && (!gzipped || gzipped.length * BASE64_GROWTH > limit)) {
    return jsonError(
      406,
      `${path} is ${size} bytes, more than one response carries uncompressed (${limit}). ` +
        `Ask for it compressed (Accept-Encoding: gzip; curl --compressed), or download it per report: /downloads/<reportId>/${path.split('/').pop()}.`,
      'NOT_ACCEPTABLE',
      { bytes: size, maxBytes: limit },
    );
  }
  const headers = {
    ...CORS,
    vary: 'accept-encoding',
    ...caching(etagOf(version, route, !!gzipped)),
    'content-type': contentType,
    'content-length': String(gzipped ? gzipped.length : size),
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
    ...(filename ? { 'content-disposition': `attachment; filename="${filename}"` } : {}),
  };
  // HEAD: the GET's headers (length included), no body.
  if (method === 'HEAD') return { statusCode: 200, headers, body: '' };
  return gzipped ? { statusCode: 200, headers, body: gzipped.toString('base64'), isBase64Encoded: true } : { statusCode: 200, headers, body };
};
