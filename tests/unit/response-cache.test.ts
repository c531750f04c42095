/**
 * The response cache in front of Apollo (lambda/http/response-cache.ts): what
 * makes two requests the same, what is stored, eviction by bytes and
 * invalidation by dataset version. Apollo is replaced by a counting function
 * here; tests/integration/http-features.test.ts runs the cache in the real handler.
 */
import { cacheKeyOf, ResponseCache, type Result } from '../../lambda/http/response-cache';
import { apiEvent } from '../helpers/events';

const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const ok = (text: string): Result => ({ statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: `{"data":${text}}\n` });

describe('cache key', () => {
  const q = '{ years { year } }';
  it('is the same for the same method, Accept (case and spaces aside) and request text', () => {
    const a = cacheKeyOf(apiEvent({ body: body(q), headers: { accept: 'application/json, */*' } }));
    const b = cacheKeyOf(apiEvent({ body: body(q), headers: { Accept: 'Application/JSON,*/*' } }));
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });

  it('differs by Accept, variables, operationName, extensions and method', () => {
    const keys = [
      cacheKeyOf(apiEvent({ body: body(q), headers: { accept: 'application/json' } })),
      cacheKeyOf(apiEvent({ body: body(q), headers: { accept: 'application/graphql-response+json' } })),
      cacheKeyOf(apiEvent({ body: body(q, { n: 1 }), headers: { accept: 'application/json' } })),
      cacheKeyOf(apiEvent({ body: JSON.stringify({ query: q, operationName: 'A' }), headers: { accept: 'application/json' } })),
      cacheKeyOf(apiEvent({ body: JSON.stringify({ query: q, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }), headers: { accept: 'application/json' } })),
      cacheKeyOf(apiEvent({ method: 'GET', query: `query=${encodeURIComponent(q)}`, headers: { accept: 'application/json' } })),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves non-JSON posts, bodiless posts, bare GETs and other methods to Apollo', () => {
    expect(cacheKeyOf(apiEvent({ body: body(q), headers: { 'content-type': 'text/plain' } }))).toBeUndefined();
    expect(cacheKeyOf(apiEvent({ method: 'POST', headers: { 'content-type': 'application/json' } }))).toBeUndefined();
    expect(cacheKeyOf(apiEvent({ method: 'GET' }))).toBeUndefined();
    expect(cacheKeyOf(apiEvent({ method: 'PUT', body: body(q) }))).toBeUndefined();
  });
});

describe('answer()', () => {
  const event = apiEvent({ body: body('{ years { year } }') });

  it('runs Apollo once for a repeated request and serves the same bytes and headers, with Age', async () => {
    let now = 1_000_000;
    const cache = new ResponseCache({}, () => now);
    const execute = jest.fn(async () => ok('{"years":[]}'));
    const first = await cache.answer(event, async () => 'v1', execute);
    now += 2_500;
    const second = await cache.answer(event, async () => 'v1', execute);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(second.body).toBe(first.body);
    expect(second.headers).toEqual({ ...first.headers, age: '2' });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('never stores errors, non-200 answers, or anything while the version is unknown', async () => {
    const cache = new ResponseCache();
    const answers: Result[] = [
      { statusCode: 200, body: '{"errors":[{"message":"x"}],"data":null}' },
      { statusCode: 400, body: '{"errors":[{"message":"x"}]}' },
      { statusCode: 500, body: '{"data":null}' },
    ];
    for (const a of answers) {
      const execute = jest.fn(async () => a);
      await cache.answer(event, async () => 'v1', execute);
      await cache.answer(event, async () => 'v1', execute);
      expect(execute).toHaveBeenCalledTimes(2);
    }
    const execute = jest.fn(async () => ok('{}'));
    await cache.answer(event, async () => null, execute);
    await cache.answer(event, async () => null, execute);
    expect(execute).toHaveBeenCalledTimes(2);
    expect(cache.stats().entries).toBe(0);
  });

  it('a new dataset version empties the cache; an answer computed across a version change is not stored', async () => {
    const cache = new ResponseCache();
    const execute = jest.fn(async () => ok('{}'));
    await cache.answer(event, async () => 'v1', execute);
    await cache.answer(event, async () => 'v2', execute);
    expect(execute).toHaveBeenCalledTimes(2);
    expect(cache.stats()).toMatchObject({ version: 'v2', entries: 1 });

    // The version moves while Apollo runs: before v2, after v3.
    const versions = ['v3', 'v2'];
    const moving = new ResponseCache();
    await moving.answer(event, async () => versions.pop() ?? 'v3', execute);
    expect(moving.stats().entries).toBe(0);
  });
});

describe('bounded by bytes, least recently used out first', () => {
  const keyFor = (n: number) => `POST\n\n${'k'.repeat(10)}${n}`;
  const answer = ok(`"${'x'.repeat(400)}"`);

  it('evicts the least recently used entries past maxBytes and skips entries over maxEntryBytes', () => {
    const entryBytes = (() => {
      const probe = new ResponseCache();
      probe.set(keyFor(0), 'v', 'v', answer);
      return probe.stats().bytes;
    })();
    const cache = new ResponseCache({ maxBytes: entryBytes * 3 });
    for (const n of [1, 2, 3]) cache.set(keyFor(n), 'v', 'v', answer);
    expect(cache.get(keyFor(1), 'v')).toBeDefined(); // 1 is now the most recently used
    cache.set(keyFor(4), 'v', 'v', answer);
    expect(cache.get(keyFor(2), 'v')).toBeUndefined();
    expect([1, 3, 4].map((n) => cache.get(keyFor(n), 'v') !== undefined)).toEqual([true, true, true]);
    expect(cache.stats().bytes).toBeLessThanOrEqual(entryBytes * 3);

    const small = new ResponseCache({ maxEntryBytes: entryBytes - 1 });
    small.set(keyFor(1), 'v', 'v', answer);
    expect(small.stats().entries).toBe(0);
  });
});
