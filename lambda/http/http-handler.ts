/**
 * HTTP concerns around the GraphQL handler, shared by AWS and `npm start`:
 * routing (GraphQL, GraphiQL), CORS on every response and preflight, the
 * body-size limit, ETag/Cache-Control on cacheable GETs (tied to the dataset
 * version) and conditional requests (304).
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import { newMetrics, withMetrics } from '../data/request-metrics';

export type Result = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: APIGatewayProxyEventV2, context: LambdaContext) => Promise<Result>;

export const MAX_BODY_BYTES = 64 * 1024;

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, accept, if-none-match, apollo-require-preflight, x-apollo-operation-name',
  'access-control-expose-headers': 'etag, cache-control',
  'access-control-max-age': '86400',
};

export interface HttpDeps {
  graphql: HttpHandler;
  graphiql: (event: APIGatewayProxyEventV2) => Promise<Result | undefined>;
  /** Bulk downloads and portal metadata (lambda/downloads); undefined when the path is not theirs. */
  downloads?: (event: APIGatewayProxyEventV2, path: string) => Promise<Result | undefined>;
  datasetVersion: (event: APIGatewayProxyEventV2) => Promise<string | null>;
  cacheMaxAgeSeconds: number;
  logger: Logger;
}

const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() === wanted) return v;
  return undefined;
};

const graphqlError = (statusCode: number, message: string, code: string, extra: Record<string, unknown> = {}): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }),
});

const withHeaders = (result: Result, extra: Record<string, string>): Result => ({
  ...result,
  headers: { ...(result.headers as Record<string, string> | undefined), ...extra },
});

/** Path without an API Gateway stage prefix: `/prod/graphql` → `/graphql`. */
const routePath = (event: APIGatewayProxyEventV2): string => {
  const raw = event.rawPath || '/';
  const stage = event.requestContext?.stage;
  if (stage && stage !== '$default' && (raw === `/${stage}` || raw.startsWith(`/${stage}/`))) return raw.slice(stage.length + 1) || '/';
  return raw;
};

/** Errors of a well-formed request that the document or variables caused (not the HTTP request itself). */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: with the legacy `application/json` media type, a document
 * that fails to parse or validate, or variables that fail coercion, SHOULD be
 * answered 200 (clients of that type read errors from the body); with
 * `application/graphql-response+json` the 4xx stays.
 */
const legacyStatus = (result: Result): Result => {
  const type = String((result.headers as Record<string, string> | undefined)?.['content-type'] ?? '');
  if (result.statusCode !== 400 || !type.startsWith('application/json') || typeof result.body !== 'string') return result;
  try {
    const body = JSON.parse(result.body) as { errors?: { extensions?: { code?: string } }[] };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '');
    return codes.length > 0 && codes.every((c) => REQUEST_ERROR_CODES.has(c)) ? { ...result, statusCode: 200 } : result;
  } catch {
    return result;
  }
};

/** Whether the body is a successful GraphQL result worth caching (no errors). */
const isCacheable = (result: Result): boolean =>
  result.statusCode === 200 && typeof result.body === 'string' && !result.body.includes('"errors"');

export const createHttpHandler = (deps: HttpDeps): HttpHandler => async (event, context) => {
  const method = (event.requestContext?.http?.method ?? 'GET').toUpperCase();
  const path = routePath(event);
  deps.logger.appendKeys({ requestId: context?.awsRequestId ?? event.requestContext?.requestId });
  try {
    if (method === 'OPTIONS') return { statusCode: 204, headers: { ...CORS_HEADERS }, body: '' };

    if (path !== '/graphql') {
      const download = await deps.downloads?.(event, path);
      if (download) return download;
      const page = await deps.graphiql(event);
      if (page) return withHeaders(page, CORS_HEADERS);
      return withHeaders(graphqlError(404, `No route for ${method} ${path}. The GraphQL endpoint is /graphql.`, 'NOT_FOUND'), CORS_HEADERS);
    }

    const bodyBytes = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
    if (bodyBytes > MAX_BODY_BYTES) {
      return withHeaders(
        graphqlError(413, `Request body is ${bodyBytes} bytes; the limit is ${MAX_BODY_BYTES}.`, 'PAYLOAD_TOO_LARGE', { maxBytes: MAX_BODY_BYTES }),
        CORS_HEADERS,
      );
    }

    // The Lambda integration answers unparsable JSON with plain text; clients get a GraphQL error instead.
    if (method === 'POST' && /json/i.test(header(event, 'content-type') ?? '') && event.body) {
      const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return withHeaders(graphqlError(400, 'The request body is not valid JSON.', 'BAD_REQUEST'), CORS_HEADERS);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return withHeaders(graphqlError(400, 'The request body must be a JSON object with a "query" (batched requests are not supported).', 'BAD_REQUEST'), CORS_HEADERS);
      }
    }

    // GET answers depend only on the URL and the dataset version: the ETag is known before executing.
    let etag: string | undefined;
    if (method === 'GET') {
      const version = await deps.datasetVersion(event);
      if (version) {
        etag = `"${version}-${createHash('sha256').update(event.rawQueryString ?? '').digest('base64url').slice(0, 22)}"`;
        const ifNoneMatch = header(event, 'if-none-match');
        if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
          return { statusCode: 304, headers: { ...CORS_HEADERS, etag, 'cache-control': `public, max-age=${deps.cacheMaxAgeSeconds}` }, body: '' };
        }
      }
    }

    const metrics = newMetrics();
    const result = legacyStatus(await withMetrics(metrics, () => deps.graphql(event, context)));
    const caching: Record<string, string> =
      method === 'GET' && etag && isCacheable(result)
        ? { etag, 'cache-control': `public, max-age=${deps.cacheMaxAgeSeconds}` }
        : { 'cache-control': 'no-store' };
    return withHeaders(result, { ...CORS_HEADERS, ...caching });
  } catch (err) {
    // Defence in depth: nothing below should throw, but a client still gets a GraphQL-shaped answer.
    deps.logger.error('unhandled error', err as Error);
    return withHeaders(graphqlError(500, 'Internal server error', 'INTERNAL_SERVER_ERROR'), CORS_HEADERS);
  }
};
