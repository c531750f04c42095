/**
 * What an HTTP client sees from the local server (the same handler as in AWS):
 * automatic persisted queries, caching headers, CORS on errors, limits as
 * GraphQL errors, and no 5xx for bad input.
 */
import { createHash } from 'node:crypto';
import { useLocalServer } from '../helpers/local-server';
import { createTestApp } from '../helpers/app';
import { apiEvent, lambdaContext } from '../helpers/events';

const local = useLocalServer({ tableName: 'http-features' });

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(local.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { res, body: (await res.json()) as GraphQLBody };
};

describe('automatic persisted queries', () => {
  const query = 'query PersistedYears { years { year role } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };

  it('an unknown hash asks for the query (PersistedQueryNotFound), uncached; then the hash alone works over GET', async () => {
    const miss = await fetch(`${local.graphqlUrl}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`);
    const missBody = (await miss.json()) as GraphQLBody;
    expect(missBody.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.headers.get('cache-control')).toBe('no-store');

    const register = await post({ query, extensions });
    expect(register.body.data).toEqual({ years: [{ year: 2023, role: 'REVIEWED' }, { year: 2024, role: 'PLANNED' }] });

    const hit = await fetch(`${local.graphqlUrl}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`);
    expect(hit.status).toBe(200);
    expect(((await hit.json()) as GraphQLBody).data).toEqual(register.body.data);
    expect(hit.headers.get('etag')).toBeTruthy();
    expect(hit.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  });

  it('a hash that does not match the query is refused', async () => {
    const { body } = await post({ query: '{ years { year } }', extensions });
    expect(body.errors![0]!.message).toBe('provided sha does not match query');
    expect(body.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
  });
});

describe('limits are GraphQL errors with a code, never a 5xx', () => {
  it('too many tokens: GRAPHQL_PARSE_FAILED (400)', async () => {
    const fields = Array.from({ length: 2500 }, () => 'year').join(' ');
    const { res, body } = await post({ query: `{ years { ${fields} } }` });
    expect(res.status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors![0]!.message).toMatch(/tokens/);
  });

  it('too many aliases: GRAPHQL_VALIDATION_FAILED naming the alias limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: years { year }`).join(' ');
    const { res, body } = await post({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toMatch(/alias/i);
  });

  it('too costly: GRAPHQL_VALIDATION_FAILED naming the cost limit', async () => {
    const nested = '{ sectors { figures(first: 100) { nodes { indicator { observations { project { figures { sector { slug } } } } } } } } }';
    const aliases = Array.from({ length: 12 }, (_, i) => `s${i}: ${nested.slice(2, -2)}`).join(' ');
    const { res, body } = await post({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toMatch(/cost/i);
  });

  it('page size over 100: BAD_USER_INPUT in the body, data null', async () => {
    const { res, body } = await post({ query: '{ figures(first: 500) { totalCount } }' });
    expect(res.status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', max: 100 });
  });

  it('a malformed global id is BAD_USER_INPUT; an unknown but well-formed id is null', async () => {
    const unknown = Buffer.from('Figure:huozhou-2024:f99999').toString('base64url');
    const { body } = await post({ query: `{ bad: node(id: "%%%") { id } }` });
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const ok = await post({ query: `{ node(id: "${unknown}") { id } figure(id: "nope") { id } indicator(id: "nope") { id } project(id: "nope") { id } sector(id: "nope") { id } }` });
    expect(ok.body.data).toEqual({ node: null, figure: null, indicator: null, project: null, sector: null });
  });

  it('CORS headers are on error responses too', async () => {
    const { res } = await post('{"query":', { origin: 'https://app.example' });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a fuzz of bad requests never yields a 5xx', async () => {
    const bodies = ['', 'null', '[]', '{}', '{"query": 1}', '{"query": "{"}', '{"query": "{ nope }"}', '{"query": "{ years { year } }", "variables": "x"}', '{"query": "query($n: Int!) { glossaryTerm(number: $n) { number } }", "variables": {"n": "six"}}', '\u0000\u0001', 'x'.repeat(70_000)];
    for (const body of bodies) {
      const res = await fetch(local.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect({ body: body.slice(0, 40), status: res.status < 500 }).toEqual({ body: body.slice(0, 40), status: true });
    }
    const gets = ['', '?query=', '?query=%7B', '?query=mutation%7Bx%7D', '?variables=%7B', '?extensions=nope'];
    for (const q of gets) {
      const res = await fetch(`${local.graphqlUrl}${q}`);
      expect({ q, status: res.status < 500 }).toEqual({ q, status: true });
    }
  });
});

describe('response cache', () => {
  it('a repeated query is answered from the cache keyed by query, variables and dataset version', async () => {
    const query = 'query CacheMe($n: Int) { glossaryTerm(number: $n) { number } }';
    const first = await post({ query, variables: { n: 7 } });
    const second = await post({ query, variables: { n: 7 } });
    const other = await post({ query, variables: { n: 8 } });
    expect(first.body).toEqual(second.body);
    // The response cache (lambda/http/response-cache.ts) marks the answers it served with an Age header.
    expect(first.res.headers.get('age')).toBeNull();
    expect(second.res.headers.get('age')).toMatch(/^\d+$/);
    expect(other.res.headers.get('age')).toBeNull();
    expect(other.body.data).toEqual({ glossaryTerm: { number: 8 } });
  });
});

describe('one version per request', () => {
  it('a GET resolves the published version once: its ETag, the response cache and the data all name it', async () => {
    const app = createTestApp({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint });
    try {
      // Counts the reads of the published version (a new pointer may come with any of them).
      const current = app.snapshots.current.bind(app.snapshots);
      let reads = 0;
      app.snapshots.current = () => {
        reads++;
        return current();
      };
      const result = await app.handler(apiEvent({ method: 'GET', query: `query=${encodeURIComponent('{ years { year } }')}` }), lambdaContext());
      expect(result.statusCode).toBe(200);
      expect((result.headers as Record<string, string>).etag).toMatch(/^"/);
      expect(reads).toBe(1);
    } finally {
      app.documentClient.destroy();
    }
  });
});
