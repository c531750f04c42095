/**
 * Routes of the pages for people (loaded on first use from lambda/app.ts):
 *
 *   GET|HEAD /                           home page (home.ts)
 *   GET|HEAD /reports/<id>               the report's full text (report-page.ts)
 *   GET|HEAD /reports/<id>/report.txt    the source, byte-identical (text/plain; charset=utf-8)
 *   GET|HEAD /schema.graphql             the schema (SDL)
 *   GET|HEAD /pages/<asset>              the pages' stylesheet and script (assets.ts)
 *
 * Everything is read through the store (never from seed/); pages revalidate
 * by an ETag tied to the dataset versions they show.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import { RequestData } from '../data/request-data';
import type { Snapshots } from '../data/snapshots';
import { typeDefs } from '../graphql/__generated__/type-defs';
import { getReport } from '../queries';
import { listReportItems } from '../queries/collection';
import { appPath, header, methodOf, notModified, notModifiedResult } from '../http/common';
import { CORS_HEADERS, type Result } from '../http/http-handler';
import { chooseEncoding } from '../graphiql/serve';
import { PAGE_ASSETS, SCRIPT_FILE, STYLE_FILE } from './assets';
import { renderHome } from './home';
import { PAGES_CSP } from './html';
import { publicBase } from './origin';
import { isPagePath } from './paths';
import { renderReportPage } from './report-page';
import { reportText } from './report-text';

export interface PagesDeps {
  snapshots: Snapshots;
  defaultReportId: string;
  logger: Logger;
}

const REPORT_PATH = /^\/reports\/([a-z0-9][a-z0-9-]{0,80})(\/report\.txt)?$/;


const SECURITY = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

const textAnswer = (statusCode: number, body: string, extra: Record<string, string> = {}): Result => ({
  statusCode,
  headers: { ...CORS_HEADERS, ...SECURITY, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body,
});

/** Above this size a page is sent compressed when the client accepts it (a report page is ~190 KB, ~25 KB in brotli). */
const COMPRESS_FROM_BYTES = 8 * 1024;

/** 200 with ETag/304 and HEAD handled; `body` is only built when it will be sent. */
const answer = (event: APIGatewayProxyEventV2, contentType: string, etagSeed: string, cacheControl: string, body: () => string, html = false): Result => {
  // Text bodies under the threshold are never compressed, so the choice only depends on the request here.
  const encoding = chooseEncoding(header(event, 'accept-encoding'), ['br', 'gzip']);
  const etagBase = createHash('sha256').update(etagSeed).digest('base64url').slice(0, 27);
  const etag = `"${etagBase}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    vary: 'accept-encoding',
    ...CORS_HEADERS,
    ...SECURITY,
    'content-type': contentType,
    'cache-control': cacheControl,
    etag,
    ...(html ? { 'content-security-policy': PAGES_CSP } : {}),
  };
  // A body under COMPRESS_FROM_BYTES went out uncompressed, with the bare ETag: either tag may come back.
  const sent = [etag, `"${etagBase}"`].find((tag) => notModified(event, tag));
  if (sent) return notModifiedResult({ ...headers, etag: sent });
  if (methodOf(event) === 'HEAD') return { statusCode: 200, headers, body: '' };
  const text = body();
  const bytes = Buffer.from(text, 'utf8');
  if (!encoding || bytes.length < COMPRESS_FROM_BYTES) return { statusCode: 200, headers: { ...headers, etag: `"${etagBase}"` }, body: text };
  const packed =
    encoding === 'br'
      ? brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } })
      : gzipSync(bytes, { level: 6 });
  return { statusCode: 200, headers: { ...headers, 'content-encoding': encoding }, body: packed.toString('base64'), isBase64Encoded: true };
};

const PAGE_CACHE = 'public, max-age=60, must-revalidate';
/** Pages change with the code too: the asset hashes stand for the layout's version. */
const LAYOUT = `${STYLE_FILE}|${SCRIPT_FILE}`;

export const servePages = async (event: APIGatewayProxyEventV2, path: string, deps: PagesDeps): Promise<Result | undefined> => {
  if (!isPagePath(path)) return undefined;
  const method = methodOf(event);
  if (method !== 'GET' && method !== 'HEAD') return textAnswer(405, `${method} is not allowed on ${path}: pages answer GET and HEAD.\n`, { allow: 'GET, HEAD' });
  if (path === '/' && appPath(event).stageRoot) {
    // `/prod` must become `/prod/` or the page's relative links would lose the stage.
    return { statusCode: 308, headers: { ...SECURITY, location: `${event.requestContext.stage}/` }, body: '' };
  }

  if (path.startsWith('/pages/')) {
    const asset = PAGE_ASSETS[path.slice('/pages/'.length)];
    if (!asset) return textAnswer(404, `No page asset ${path}.\n`);
    return answer(event, asset.contentType, asset.body, 'public, max-age=31536000, immutable', () => asset.body);
  }
  if (path === '/schema.graphql') {
    return answer(event, 'text/plain; charset=utf-8', typeDefs, PAGE_CACHE, () => typeDefs);
  }

  const data = new RequestData(deps.snapshots, deps.defaultReportId);
  try {
    if (path === '/') {
      // Every report's record from the collection's panel (one read), in report id order: no report is loaded.
      const reports = await listReportItems(data);
      const base = publicBase(event);
      const seed = `home|${LAYOUT}|${base ?? ''}|${reports.map((r) => `${r.reportId}@${r.datasetVersion}`).join(',')}`;
      return answer(event, 'text/html; charset=utf-8', seed, PAGE_CACHE, () => renderHome({ reports, base }), true);
    }
    const match = REPORT_PATH.exec(path);
    const reportId = match?.[1];
    const report = reportId ? await getReport(data, reportId) : undefined;
    if (!reportId || !report) {
      return textAnswer(404, `No report at ${path}. The reports are listed at / (home page) and by the GraphQL field "reports".\n`);
    }
    const text = await reportText(data, reportId);
    if (!text) return textAnswer(404, `The text of ${reportId} is not stored; reseed with the source text (seed/load.ts).\n`);
    if (match?.[2]) {
      return answer(event, 'text/plain; charset=utf-8', `txt|${report.sourceSha256}`, PAGE_CACHE, () => text, false);
    }
    const [sections, figures, repairs, glossary] = await Promise.all([
      data.list('Section', reportId),
      data.list('Figure', reportId),
      data.list('Repair', reportId),
      data.list('Glossary', reportId),
    ]);
    return answer(
      event,
      'text/html; charset=utf-8',
      `report|${LAYOUT}|${reportId}|${report.datasetVersion}`,
      PAGE_CACHE,
      () => renderReportPage({ report, text, sections: sections.sort((a, b) => a.order - b.order), figures, repairs, glossary }),
      true,
    );
  } catch (err) {
    if ((err as Error).name === 'StoreUnavailableError') {
      deps.logger.warn('pages: store unavailable', { path });
      return textAnswer(503, 'The data store is temporarily unavailable. Retry in a moment.\n', { 'retry-after': '5' });
    }
    throw err;
  }
};
