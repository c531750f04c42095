/**
 * Checks on the raw request that run before any parsing library sees it, so
 * hostile input is a coded 4xx rather than a thrown error (500) or a stack
 * overflow: the shape of the Lambda event itself, the size of a GET's query
 * string, and the nesting depth of JSON (bodies and the GET `variables` /
 * `extensions` parameters). Each returns a message for the client, or null.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * Deepest JSON nesting accepted, the body's own object included. The schema's
 * deepest input (a filter object inside the variables) needs 3; recursive
 * descent in JSON.parse, graphql-js's value coercion and our own walkers stays
 * far from the stack limit at 64, while 4,500 levels overflowed it.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * GET query strings are limited like bodies (MAX_BODY_BYTES): a URL the size
 * of a body is already unreasonable (CloudFront stops at 8 KB), and nothing
 * larger is read, hashed or parsed.
 */
export const MAX_QUERY_STRING_BYTES = 64 * 1024;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * What the handler relies on in an API Gateway v2 event. Anything else (a
 * test harness, a misconfigured integration, another trigger) gets a 400
 * naming the problem instead of a TypeError.
 */
export const malformedEvent = (event: unknown): string | null => {
  if (!isRecord(event)) return 'The Lambda event is not an object.';
  const ctx = event.requestContext;
  if (!isRecord(ctx) || !isRecord(ctx.http) || typeof ctx.http.method !== 'string') {
    return 'The Lambda event is not an API Gateway HTTP API (payload 2.0) event: requestContext.http.method is missing.';
  }
  if (event.rawPath !== undefined && typeof event.rawPath !== 'string') return 'The Lambda event has a rawPath that is not a string.';
  if (event.rawQueryString !== undefined && typeof event.rawQueryString !== 'string') return 'The Lambda event has a rawQueryString that is not a string.';
  if (event.headers !== undefined && event.headers !== null) {
    if (!isRecord(event.headers) || Object.values(event.headers).some((v) => typeof v !== 'string')) {
      return 'The Lambda event has headers that are not a map of strings.';
    }
  }
  if (event.queryStringParameters !== undefined && event.queryStringParameters !== null) {
    if (!isRecord(event.queryStringParameters) || Object.values(event.queryStringParameters).some((v) => typeof v !== 'string')) {
      return 'The Lambda event has query string parameters that are not a map of strings.';
    }
  }
  if (event.body !== undefined && event.body !== null && typeof event.body !== 'string') return 'The Lambda event has a body that is not a string.';
  if (event.isBase64Encoded === true && typeof event.body === 'string' && !/^[A-Za-z0-9+/]*={0,2}$/.test(event.body)) {
    return 'The Lambda event says its body is base64 but it is not.';
  }
  return null;
};

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without
 * recursion (a scanner over the characters, skipping strings), so it is safe
 * on any input and stops as soon as `limit` is passed.
 */
export const jsonDepthExceeds = (text: string, limit = MAX_JSON_DEPTH): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
};

/** The GET parameters Apollo parses as JSON. */
export const JSON_QUERY_PARAMETERS = ['variables', 'extensions'] as const;

/** The first JSON-valued GET parameter nested deeper than the limit, if any. */
export const deepQueryParameter = (event: APIGatewayProxyEventV2): string | null => {
  const raw = event.rawQueryString ?? '';
  if (!raw) return null;
  const params = new URLSearchParams(raw);
  for (const name of JSON_QUERY_PARAMETERS) {
    const value = params.get(name);
    if (value && jsonDepthExceeds(value)) return name;
  }
  return null;
};
