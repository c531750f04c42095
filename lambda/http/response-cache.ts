/**
 * A response cache in front of GraphQL parsing, validation and execution.
 *
 * The data is immutable per dataset version, so a successful answer depends
 * only on what the client sent (method, Accept, query text, variables,
 * operationName, extensions) and the version the answer was computed from.
 * A repeated request is answered from memory without entering Apollo: no
 * parse, no validation, no plugins, no store access. A miss costs a string
 * concatenation and a Map look-up.
 *
 * - Only successful answers are stored (200 whose body starts with `{"data":`:
 *   Apollo serialises `errors` first, so such a body has none).
 * - Bounded: least recently used entries are evicted past `maxBytes`
 *   (UTF-16 size of key + body + headers, i.e. what V8 holds).
 * - A version change empties the cache; an answer is stored only when the
 *   version seen after execution is the one seen before it, i.e. the version
 *   the execution actually read (the HTTP layer's version function also pins
 *   that collection version for the request's execution, lambda/app.ts). It is
 *   the published collection's version, so it changes when any report does.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { header, methodOf } from './common';

export type Result = APIGatewayProxyStructuredResultV2;

export interface ResponseCacheOptions {
  /** Total size bound (bytes of UTF-16 strings). @default 16 MiB (under the API's heap cap, cdk/node-options.ts) */
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
  storedAt: number;
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  bytes: number;
}

/** Fixed per-entry overhead estimate (Map slot, entry object, headers object). */
const ENTRY_OVERHEAD = 200;


/** Accept without spaces and case: `Application/JSON, text/plain` and `application/json,text/plain` negotiate alike. */
const normaliseAccept = (accept: string): string => accept.replace(/\s+/g, '').toLowerCase();

/**
 * The request's cache key, or undefined when the request is not a plain
 * GraphQL read this cache may answer (not GET or JSON POST, or no document):
 * those always go to Apollo, which answers them itself.
 *
 * The key holds the method, the normalised Accept and the request's own text
 * that carries the query, variables, operationName and extensions: the query
 * string of a GET, the body of a POST, verbatim. Nothing is parsed on this
 * path (a hit costs no JSON.parse); a request spelled differently (another key
 * order, other whitespace) is only a miss, never another request's answer,
 * because the answer is a function of exactly these bytes, the Accept header
 * and the dataset version.
 */
export const cacheKeyOf = (event: APIGatewayProxyEventV2): string | undefined => {
  const method = methodOf(event);
  let text: string;
  if (method === 'GET') {
    text = event.rawQueryString ?? '';
    if (!text) return undefined;
  } else if (method === 'POST') {
    // Another content type is not JSON to Apollo (and is answered differently).
    if (!(header(event, 'content-type') ?? '').toLowerCase().startsWith('application/json') || !event.body) return undefined;
    text = event.isBase64Encoded ? `base64:${event.body}` : event.body;
  } else {
    return undefined;
  }
  // Neither a method, a host nor an Accept value contains a newline, so the parts cannot run into each other.
  // The host is part of the answer: permalinks and citations are absolute URLs of the host the client reached.
  return `${method}\n${(header(event, 'host') ?? '').toLowerCase()}\n${normaliseAccept(header(event, 'accept') ?? '')}\n${text}`;
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

  constructor(
    options: ResponseCacheOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.maxBytes = options.maxBytes ?? 16 * 2 ** 20;
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
    // Age (RFC 9111 §5.1), as a cache marks what it serves; CloudFront counts it against max-age.
    return { statusCode: entry.statusCode, headers: { ...entry.headers, age: String(Math.floor((this.now() - entry.storedAt) / 1000)) }, body: entry.body };
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
    this.entries.set(key, { storedAt: this.now(), statusCode: 200, headers, body, bytes });
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
