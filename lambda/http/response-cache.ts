/**
 * A response cache in front of GraphQL parsing, validation and execution.
 *
 * The data is immutable per dataset version, so a successful answer depends
 * only on what the client sent (method, Accept, query text, variables,
 * operationName, extensions) and the version the answer was computed from.
 * A repeated request is answered from memory without entering Apollo: no
 * parse, no validation, no plugins, no store access. Misses cost one key
 * derivation (a JSON.parse of a body the HTTP layer parses anyway).
 *
 * - Only successful answers are stored (200 whose body starts with `{"data":`:
 *   Apollo serialises `errors` first, so such a body has none).
 * - Bounded: least recently used entries are evicted past `maxBytes`
 *   (UTF-16 size of key + body + headers, i.e. what V8 holds).
 * - A version change empties the cache; an answer is stored only when the
 *   version seen after execution is the one seen before it, i.e. the version
 *   the execution actually read.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type Result = APIGatewayProxyStructuredResultV2;

export interface ResponseCacheOptions {
  /** Total size bound (bytes of UTF-16 strings). @default 32 MiB */
  maxBytes?: number;
  /** Larger answers are not stored (they would evict many small ones). @default 1 MiB */
  maxEntryBytes?: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  version: string | null;
}

interface Entry {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  bytes: number;
}

/** Fixed per-entry overhead estimate (Map slot, entry object, headers object). */
const ENTRY_OVERHEAD = 200;

const headerOf = (event: APIGatewayProxyEventV2, name: string): string => {
  const headers = event.headers ?? {};
  const direct = headers[name];
  if (direct !== undefined) return direct;
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) return headers[k] ?? '';
  return '';
};

/** Accept without spaces and case: `Application/JSON, text/plain` and `application/json,text/plain` negotiate alike. */
const normaliseAccept = (accept: string): string => accept.replace(/\s+/g, '').toLowerCase();

const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The request's cache key, or undefined when the request is not a plain
 * GraphQL read this cache may answer (non-JSON POST, unparsable body, a
 * batch, no query and no persisted-query hash): those always go to Apollo,
 * which answers them itself.
 */
export const cacheKeyOf = (event: APIGatewayProxyEventV2): string | undefined => {
  const method = (event.requestContext?.http?.method ?? 'GET').toUpperCase();
  const accept = normaliseAccept(headerOf(event, 'accept'));
  let query: unknown;
  let variables: unknown;
  let operationName: unknown;
  let extensions: unknown;
  if (method === 'GET') {
    const params = event.queryStringParameters ?? {};
    // GET carries variables and extensions as JSON text: the text is the key (a different spelling is only a miss).
    ({ query, variables, operationName, extensions } = params);
  } else if (method === 'POST') {
    // Another content type is not JSON to Apollo either (and would be answered differently).
    if (!headerOf(event, 'content-type').toLowerCase().startsWith('application/json') || !event.body) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body);
    } catch {
      return undefined;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    ({ query, variables, operationName, extensions } = parsed as Record<string, unknown>);
    variables = variables === undefined ? undefined : JSON.stringify(variables);
    extensions = extensions === undefined ? undefined : JSON.stringify(extensions);
  } else {
    return undefined;
  }
  if (typeof query !== 'string' && extensions === undefined) return undefined;
  // JSON of a fixed-order array: no separator inside a field can forge another key.
  return JSON.stringify([method, accept, stringOrNull(query), stringOrNull(variables), stringOrNull(operationName), stringOrNull(extensions)]);
};

/** A successful GraphQL answer: 200, a string body without errors. */
export const isSuccessfulAnswer = (result: Result): boolean =>
  result.statusCode === 200 && typeof result.body === 'string' && !result.isBase64Encoded && result.body.startsWith('{"data":');

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private version: string | null = null;
  private hits = 0;
  private misses = 0;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 32 * 2 ** 20;
    this.maxEntryBytes = Math.min(options.maxEntryBytes ?? 2 ** 20, this.maxBytes);
  }

  /** Moves the cache to `version`: entries of any other version are dropped at once. */
  private atVersion(version: string): void {
    if (version === this.version) return;
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }

  /** The stored answer (a fresh result object, same bytes and headers) or undefined. */
  get(key: string, version: string): Result | undefined {
    this.atVersion(version);
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    // Most recently used last: delete + set moves it to the end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return { statusCode: entry.statusCode, headers: { ...entry.headers }, body: entry.body };
  }

  /**
   * Stores a successful answer computed at `versionBefore` if the version is
   * still `versionAfter` (so the execution read that version); otherwise does nothing.
   */
  set(key: string, versionBefore: string, versionAfter: string | null, result: Result): void {
    if (versionAfter !== versionBefore || !isSuccessfulAnswer(result)) return;
    this.atVersion(versionBefore);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
    const body = result.body as string;
    let bytes = ENTRY_OVERHEAD + 2 * (key.length + body.length);
    for (const [k, v] of Object.entries(headers)) bytes += 2 * (k.length + v.length);
    if (bytes > this.maxEntryBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, { statusCode: 200, headers, body, bytes });
    this.bytes += bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.bytes;
    }
  }

  /**
   * The hook for the HTTP layer: answers `event` from the cache, or runs
   * `execute` (Apollo) and stores its answer. Requests the cache may not
   * answer, and any request while the version is unknown (store unreachable),
   * go straight to `execute`.
   */
  async answer(event: APIGatewayProxyEventV2, datasetVersion: () => Promise<string | null>, execute: () => Promise<Result>): Promise<Result> {
    const key = cacheKeyOf(event);
    const before = key === undefined ? null : await datasetVersion();
    if (key === undefined || before === null) return execute();
    const hit = this.get(key, before);
    if (hit) return hit;
    const result = await execute();
    this.set(key, before, await datasetVersion(), result);
    return result;
  }

  stats(): ResponseCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes, version: this.version };
  }
}
