/**
 * Which store errors mean "the store is unavailable, retry later". Only
 * these may become SERVICE_UNAVAILABLE (retryable): network failures and
 * timeouts, throttling, and 5xx answers. Everything else — a
 * ValidationException (a key too long, a malformed request), a missing table,
 * access denied, a bug of ours — is an internal error: retrying cannot help,
 * and an input that provokes one must not be able to fake an outage (make
 * clients retry, fire the outage alarm). Store code calls
 * `classifyStoreError` where it catches; tests call it directly.
 */

/** DynamoDB's throttling error names (HTTP 400, but retryable by definition). */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'LimitExceededException',
]);

/** Service-side failures and the SDK's own timeout/abort errors. */
const TRANSIENT_NAMES = new Set(['InternalServerError', 'ServiceUnavailable', 'InternalFailure', 'TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);

/** Node's network error codes (socket refused, reset, timed out, name not resolved, …). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export type StoreErrorKind = 'unavailable' | 'internal';

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

const classifyOne = (err: ErrorLike): StoreErrorKind | undefined => {
  const name = typeof err.name === 'string' ? err.name : '';
  const code = typeof err.code === 'string' ? err.code : '';
  const status = typeof err.$metadata?.httpStatusCode === 'number' ? err.$metadata.httpStatusCode : undefined;
  if (THROTTLING.has(name) || THROTTLING.has(code) || err.$retryable?.throttling === true) return 'unavailable';
  if (TRANSIENT_NAMES.has(name) || NETWORK_CODES.has(code)) return 'unavailable';
  if (status !== undefined) return status >= 500 ? 'unavailable' : 'internal';
  // The SDK's HTTP handler wraps a socket that closed without an answer this way, with no code; and the
  // SDK wraps a non-Error throwable (e.g. a network error from another realm) as "AWS SDK error wrapper for …".
  if (typeof err.message === 'string' && /socket hang up|\b(?:ETIMEDOUT|ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b|wrapper for TimeoutError/i.test(err.message)) return 'unavailable';
  return undefined;
};

/**
 * `unavailable` for network, timeout, throttling and 5xx errors (looking
 * through `cause` chains, as wrappers such as dynamodb-toolbox's keep the
 * SDK error there); `internal` for everything else.
 */
export const classifyStoreError = (err: unknown): StoreErrorKind => {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const kind = classifyOne(current as ErrorLike);
    if (kind) return kind;
    current = (current as ErrorLike).cause;
  }
  return 'internal';
};

export const isStoreUnavailable = (err: unknown): boolean => classifyStoreError(err) === 'unavailable';
