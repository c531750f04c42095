/**
 * HTTP concerns around the GraphQL handler, shared by AWS and `npm start`:
 * routing (GraphQL, GraphiQL, downloads), CORS on every response and
 * preflight, checks on the raw request (event shape, body and query-string
 * size, JSON depth) before any parser sees it, content negotiation reduced to
 * one of two representations, ETag/Cache-Control/Vary on cacheable GETs (tied
 * to the dataset version and the representation), conditional requests (304),
 * the outage status (503 + Retry-After), and one metrics document per request.
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { currentMetrics, newMetrics, withMetrics } from '../data/request-metrics';
import { appPath, CORS_HEADERS, header, jsonError, methodOf, notModified, notModifiedResult, withHeaders, type Headers, type Result } from './common';
import { currentRequestRecord, metricsFromEnvironment, newRequestRecord, publishRequestMetrics, withRequestRecord, type RequestRecord } from './metrics';
import { GRAPHQL_RESPONSE_JSON, negotiateGraphqlMediaType, type GraphqlMediaType } from './negotiate';
import { deepQueryParameter, jsonDepthExceeds, malformedEvent, MAX_JSON_DEPTH, MAX_QUERY_STRING_BYTES } from './request-checks';
import { errorCodesOf, outageStatus } from './status';
import type { ResponseCache } from './response-cache';

export { CORS_HEADERS, type Result } from './common';
export type HttpHandler = (event: APIGatewayProxyEventV2, context: LambdaContext) => Promise<Result>;

export const MAX_BODY_BYTES = 64 * 1024;

export interface HttpDeps {
  graphql: HttpHandler;
  graphiql: (event: APIGatewayProxyEventV2) => Promise<Result | undefined>;
  /** Bulk downloads and portal metadata (lambda/downloads); undefined when the path is not theirs. */
  downloads?: (event: APIGatewayProxyEventV2, path: string) => Promise<Result | undefined>;
  /** Pages for people: home, report text, schema (lambda/pages); undefined when the path is not theirs. */
  pages?: (event: APIGatewayProxyEventV2, path: string) => Promise<Result | undefined>;
  datasetVersion: (event: APIGatewayProxyEventV2) => Promise<string | null>;
  cacheMaxAgeSeconds: number;
  logger: Logger;
  /** EMF publisher; default: one in Lambda (or with POWERTOOLS_METRICS_NAMESPACE set), none elsewhere; null: none. */
  metrics?: Metrics | null;
  /** Answers repeated requests before Apollo parses them (response-cache.ts). */
  responseCache?: ResponseCache;
}

const error = (statusCode: number, message: string, code: string, extra: Record<string, unknown> = {}): Result =>
  jsonError(statusCode, message, code, extra, CORS_HEADERS);

/** Errors of a well-formed request that the document or variables caused (not the HTTP request itself). */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: with the legacy `application/json` media type, a document
 * that fails to parse or validate, or variables that fail coercion, SHOULD be
 * answered 200 (clients of that type read errors from the body); with
 * `application/graphql-response+json` the 4xx stays.
 */
const legacyStatus = (result: Result, codes: string[]): Result => {
  const type = String((result.headers as Headers | undefined)?.['content-type'] ?? '');
  if (result.statusCode !== 400 || !type.startsWith('application/json')) return result;
  return codes.length > 0 && codes.every((c) => REQUEST_ERROR_CODES.has(c)) ? { ...result, statusCode: 200 } : result;
};

/** Whether the body is a successful GraphQL result worth caching (no errors). */
const isCacheable = (result: Result, codes: string[]): boolean => result.statusCode === 200 && codes.length === 0;

/** The event Apollo sees: `Accept` replaced by the one representation it will answer with. */
const withAccept = (event: APIGatewayProxyEventV2, mediaType: GraphqlMediaType): APIGatewayProxyEventV2 => {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() !== 'accept') headers[k] = v;
  headers.accept = mediaType;
  return { ...event, headers };
};

/** The raw request is rejected before GraphQL sees it: a coded 4xx, or null to go on. */
const rejectGraphqlRequest = (event: APIGatewayProxyEventV2, method: string): Result | null => {
  const bodyBytes = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
  if (bodyBytes > MAX_BODY_BYTES) {
    return error(413, `Request body is ${bodyBytes} bytes; the limit is ${MAX_BODY_BYTES}.`, 'PAYLOAD_TOO_LARGE', { maxBytes: MAX_BODY_BYTES });
  }
  const queryBytes = Buffer.byteLength(event.rawQueryString ?? '', 'utf8');
  if (queryBytes > MAX_QUERY_STRING_BYTES) {
    return error(414, `The query string is ${queryBytes} bytes; the limit is ${MAX_QUERY_STRING_BYTES}. Send large operations with POST.`, 'URI_TOO_LONG', {
      maxBytes: MAX_QUERY_STRING_BYTES,
    });
  }
  const deepParam = deepQueryParameter(event);
  if (deepParam) return error(400, `The "${deepParam}" parameter nests JSON deeper than ${MAX_JSON_DEPTH} levels.`, 'BAD_REQUEST', { maxDepth: MAX_JSON_DEPTH });

  // The Lambda integration answers unparsable JSON with plain text; clients get a GraphQL error instead.
  if (method === 'POST' && /json/i.test(header(event, 'content-type') ?? '') && event.body) {
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    // Before parsing: recursive walkers downstream (variable coercion) overflow the stack on deep input.
    if (jsonDepthExceeds(text)) return error(400, `The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels.`, 'BAD_REQUEST', { maxDepth: MAX_JSON_DEPTH });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return error(400, 'The request body is not valid JSON.', 'BAD_REQUEST');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return error(400, 'The request body must be a JSON object with a "query" (batched requests are not supported).', 'BAD_REQUEST');
    }
  }
  return null;
};

const serveGraphql = async (deps: HttpDeps, event: APIGatewayProxyEventV2, context: LambdaContext, method: string): Promise<Result> => {
  const rejected = rejectGraphqlRequest(event, method);
  if (rejected) return rejected;

  const mediaType = negotiateGraphqlMediaType(header(event, 'accept'));
  const graphqlEvent = withAccept(event, mediaType);
  // The representation depends on Accept: every answer says so, for browsers and shared caches.
  const vary: Headers = { vary: 'accept' };

  // GET answers depend only on the URL, the representation and the dataset version: the ETag is known before executing.
  let etag: string | undefined;
  if (method === 'GET') {
    // Pinned to the event Apollo sees: the data read is the version this ETag names.
    const version = await deps.datasetVersion(graphqlEvent);
    if (version) {
      const digest = createHash('sha256').update(`${mediaType}\n${event.rawQueryString ?? ''}`).digest('base64url').slice(0, 22);
      etag = `"${version}-${digest}"`;
      if (notModified(event, etag)) {
        return notModifiedResult({ ...CORS_HEADERS, ...vary, etag, 'cache-control': `public, max-age=${deps.cacheMaxAgeSeconds}` });
      }
    }
  }

  // The cache stores successes only, so an answer from it has no error codes.
  let codes: string[] = [];
  const execute = async (): Promise<Result> => {
    const raw = await deps.graphql(graphqlEvent, context);
    codes = errorCodesOf(raw);
    return outageStatus(legacyStatus(raw, codes), codes, mediaType === GRAPHQL_RESPONSE_JSON);
  };
  let hit = deps.responseCache !== undefined;
  const miss = (): Promise<Result> => {
    hit = false;
    return execute();
  };
  const result = deps.responseCache ? await deps.responseCache.answer(graphqlEvent, () => deps.datasetVersion(graphqlEvent), miss) : await miss();
  // Hits never reach Apollo (nor its operation log): the request's metrics record them here.
  const record = currentRequestRecord();
  if (record) record.cacheHit = hit;
  const caching: Headers =
    method === 'GET' && etag && isCacheable(result, codes)
      ? { etag, 'cache-control': `public, max-age=${deps.cacheMaxAgeSeconds}` }
      : { 'cache-control': 'no-store' };
  return withHeaders(result, { ...CORS_HEADERS, ...vary, ...caching });
};

const route = async (deps: HttpDeps, event: APIGatewayProxyEventV2, context: LambdaContext): Promise<Result> => {
  const malformed = malformedEvent(event);
  if (malformed) return error(400, malformed, 'BAD_REQUEST');
  const method = methodOf(event);
  const { path } = appPath(event);
  deps.logger.appendKeys({ requestId: context?.awsRequestId ?? event.requestContext?.requestId });
  if (method === 'OPTIONS') return { statusCode: 204, headers: { ...CORS_HEADERS }, body: '' };
  if (path === '/graphql') return serveGraphql(deps, event, context, method);

  const download = await deps.downloads?.(event, path);
  if (download) return download;
  const page = await deps.pages?.(event, path);
  if (page) return page;
  const graphiql = await deps.graphiql(event);
  if (graphiql) return withHeaders(graphiql, CORS_HEADERS);
  return error(404, `No route for ${method} ${path}. The GraphQL endpoint is /graphql.`, 'NOT_FOUND');
};

export const createHttpHandler = (deps: HttpDeps): HttpHandler => {
  const metrics = deps.metrics === undefined ? metricsFromEnvironment() : (deps.metrics ?? undefined);
  return async (event, context) => {
    const started = performance.now();
    // A caller that already counts store requests (a test, an outer adapter) keeps its counter; ours is the difference.
    const outer = currentMetrics();
    const storeMetrics = outer ?? newMetrics();
    const storeRequestsBefore = storeMetrics.dynamoRequests;
    const record: RequestRecord = newRequestRecord();
    let result: Result;
    try {
      const work = () => withRequestRecord(record, () => route(deps, event, context));
      result = await (outer ? work() : withMetrics(storeMetrics, work));
    } catch (err) {
      // Defence in depth: nothing below should throw, but a client still gets a GraphQL-shaped answer.
      deps.logger.error('unhandled error', err as Error);
      result = error(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
    }
    if (metrics) {
      for (const code of errorCodesOf(result)) record.errorCodes.add(code);
      try {
        publishRequestMetrics(metrics, {
          statusCode: result.statusCode ?? 200,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          storeRequests: storeMetrics.dynamoRequests - storeRequestsBefore,
          record,
        });
      } catch (err) {
        // Metrics never fail a request.
        deps.logger.warn('metrics not published', err as Error);
      }
    }
    return result;
  };
};
