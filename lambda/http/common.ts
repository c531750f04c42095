/**
 * HTTP helpers shared by every route of the one Lambda function (GraphQL,
 * GraphiQL, downloads): header look-up, API Gateway stage stripping, entity
 * tags and conditional requests, CORS, JSON error bodies. Written once here so
 * the routes cannot disagree on, say, whether `If-None-Match: *` matches.
 * Imports nothing but types: every route (and the lazily loaded downloads
 * chunk) can use it without pulling code into the bundle.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type Result = APIGatewayProxyStructuredResultV2;
export type Headers = Record<string, string>;

export const CORS_HEADERS: Headers = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, accept, if-none-match, apollo-require-preflight, x-apollo-operation-name',
  'access-control-expose-headers': 'etag, cache-control',
  'access-control-max-age': '86400',
};

/**
 * A request header by name, case-insensitively: API Gateway v2 lower-cases
 * names, but hand-made events (tests, other adapters) may not. A malformed
 * event whose `headers` is not an object has no headers.
 */
export const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const headers: unknown = event.headers;
  if (!headers || typeof headers !== 'object') return undefined;
  const record = headers as Record<string, unknown>;
  const wanted = name.toLowerCase();
  const direct = record[wanted];
  if (typeof direct === 'string') return direct;
  for (const [k, v] of Object.entries(record)) if (k.toLowerCase() === wanted && typeof v === 'string') return v;
  return undefined;
};

/** The request method, upper-case (GET when the event names none). */
export const methodOf = (event: APIGatewayProxyEventV2): string => {
  const method: unknown = event.requestContext?.http?.method;
  return typeof method === 'string' ? method.toUpperCase() : 'GET';
};

/**
 * The path as the app sees it, without the API Gateway stage prefix
 * (`/prod/graphql` → `/graphql`); `stageRoot` when the request named the
 * stage alone (`/prod`), which a page must redirect to `/prod/`.
 */
export const appPath = (event: APIGatewayProxyEventV2): { path: string; stageRoot: boolean } => {
  const rawPath: unknown = event.rawPath || event.requestContext?.http?.path;
  const raw = typeof rawPath === 'string' && rawPath ? rawPath : '/';
  const stage = event.requestContext?.stage;
  if (stage && stage !== '$default') {
    const prefix = `/${stage}`;
    if (raw === prefix) return { path: '/', stageRoot: true };
    if (raw.startsWith(`${prefix}/`)) return { path: raw.slice(prefix.length), stageRoot: false };
  }
  return { path: raw, stageRoot: false };
};

/** `appPath(event).path`. */
export const routePath = (event: APIGatewayProxyEventV2): string => appPath(event).path;

/**
 * Whether `If-None-Match` matches a (strong) entity tag, by the weak
 * comparison RFC 9110 §13.1.2 prescribes for it; `*` matches any current
 * representation.
 */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  ifNoneMatch !== undefined &&
  ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });

/** The request's `If-None-Match` matches `etag`: the answer is a 304. */
export const notModified = (event: APIGatewayProxyEventV2, etag: string): boolean => etagMatches(header(event, 'if-none-match'), etag);

/** A 304 carrying the headers the 200 would have had (RFC 9110 §15.4.5: ETag, Cache-Control, Vary). */
export const notModifiedResult = (headers: Headers): Result => ({ statusCode: 304, headers, body: '' });

export const withHeaders = (result: Result, extra: Headers): Result => ({
  ...result,
  headers: { ...(result.headers as Headers | undefined), ...extra },
});

/**
 * A GraphQL-shaped JSON error (`{ errors: [{ message, extensions: { code } }] }`),
 * never cached: every route answers its failures this way so clients branch on
 * `extensions.code` alone.
 */
export const jsonError = (
  statusCode: number,
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Headers = {},
): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }),
});
