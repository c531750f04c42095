/**
 * What the HTTP layer needs to know of a GraphQL-shaped JSON answer (its error
 * codes, whether it carries data) and the status an outage takes.
 */
import type { Headers, Result } from './common';

/** Seconds a client should wait before retrying during an outage: the store client's own retry budget is ~2 s. */
export const RETRY_AFTER_SECONDS = 5;

/** Bodies larger than this are downloads, not GraphQL answers: never parsed here. */
const MAX_INSPECTED_BYTES = 1024 * 1024;

export interface BodySummary {
  codes: string[];
  /** `data` is present and at least one root field is not null (an outage nulls every field it reaches). */
  hasData: boolean;
}

/** Distinct `extensions.code`s of a JSON answer with `errors` (INTERNAL_SERVER_ERROR when an error has none). */
export const inspectBody = (result: Result): BodySummary => {
  const type = String((result.headers as Headers | undefined)?.['content-type'] ?? '');
  const body = result.body;
  if (typeof body !== 'string' || !/json/.test(type) || body.length > MAX_INSPECTED_BYTES || !body.includes('"errors"')) {
    return { codes: [], hasData: typeof body === 'string' && body.includes('"data"') };
  }
  try {
    const parsed = JSON.parse(body) as { errors?: unknown; data?: unknown };
    const errors = Array.isArray(parsed.errors) ? (parsed.errors as { extensions?: { code?: unknown } }[]) : [];
    const codes = errors.map((e) => (typeof e?.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
    const data = parsed.data;
    const hasData = data !== undefined && data !== null && (typeof data !== 'object' || Object.values(data).some((v) => v !== null));
    return { codes: [...new Set(codes)], hasData };
  } catch {
    return { codes: [], hasData: false };
  }
};

export const errorCodesOf = (result: Result): string[] => inspectBody(result).codes;

/**
 * GraphQL over HTTP (application/graphql-response+json): a response without
 * data because the store is unavailable is a 503 with Retry-After, so
 * clients, proxies and monitors see the outage in the status line. Legacy
 * `application/json` clients keep 200 (that media type reads errors from the
 * body); partial data stays 200 in both.
 */
export const outageStatus = (result: Result, codes: string[], graphqlResponseJson: boolean): Result => {
  if (!graphqlResponseJson || !codes.includes('SERVICE_UNAVAILABLE') || inspectBody(result).hasData) return result;
  return {
    ...result,
    statusCode: 503,
    headers: { ...(result.headers as Headers | undefined), 'retry-after': String(RETRY_AFTER_SECONDS) },
  };
};
