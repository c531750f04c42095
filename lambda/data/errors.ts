/**
 * Which store failures a retry can cure. Only these may be answered
 * SERVICE_UNAVAILABLE (retryable): a request the store rejects as invalid
 * (ValidationException: an oversized key, say) is our bug or bad input, and
 * must never make clients retry or alarms fire.
 */
const RETRYABLE_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'AbortError',
  'RequestTimeout',
  'RequestTimeoutException',
  // A table that is missing or still being created: the store is not ready yet (a half-seeded deployment).
  'ResourceNotFoundException',
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);

interface ErrorLike {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

export const isRetryableStoreError = (err: unknown): boolean => {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as ErrorLike;
  if (e.name && RETRYABLE_NAMES.has(e.name)) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  // Errors from the HTTP layer (no response at all) carry no status; their cause says what happened.
  if (status === undefined && e.cause) return isRetryableStoreError(e.cause);
  return false;
};
