/**
 * Hostile and malformed input against the real Lambda handler and a real
 * store (dynalite over HTTP): every answer is a coded 4xx, none reaches the
 * store, none is a 5xx, and no input can fake an outage. The store requests
 * are counted by the SDK middleware (lambda/data/request-metrics.ts), as in
 * dynamo-requests.test.ts.
 */
import { createServer } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { App } from '../../lambda/app';
import { newMetrics, withMetrics } from '../../lambda/data/request-metrics';
import { Store, StoreUnavailableError } from '../../lambda/data/store';
import { serveLambda } from '../../scripts/lambda-http-adapter';
import { startTestStore, type TestStore } from '../helpers/local-store';
import { createTestApp } from '../helpers/app';
import { apiEvent, lambdaContext } from '../helpers/events';

interface Answer {
  statusCode: number;
  headers: Record<string, string>;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } | null;
  storeRequests: number;
}

let store: TestStore;
let app: App;
const statuses: number[] = [];

const send = async (event: unknown, target: App = app): Promise<Answer> => {
  const metrics = newMetrics();
  const result: APIGatewayProxyStructuredResultV2 = await withMetrics(metrics, () =>
    target.handler(event as APIGatewayProxyEventV2, lambdaContext()),
  );
  statuses.push(result.statusCode ?? 200);
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(result.body ?? 'null') as Answer['body'];
  } catch {
    body = null;
  }
  return { statusCode: result.statusCode ?? 200, headers: (result.headers ?? {}) as Record<string, string>, body, storeRequests: metrics.dynamoRequests };
};

const post = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  send(apiEvent({ body: JSON.stringify({ query, variables }), headers }));

const codes = (a: Answer): string[] => (a.body?.errors ?? []).map((e) => String(e.extensions.code));

beforeAll(async () => {
  store = await startTestStore();
  app = createTestApp({ TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint });
  // Warm: the dataset version is read once and cached, so later counts are the operation's own reads.
  expect((await post('{ years { year } }')).statusCode).toBe(200);
});
afterAll(async () => {
  app.documentClient.destroy();
  await store.close();
});

describe('oversized and malformed arguments: BAD_USER_INPUT before any store request', () => {
  const long = (n: number) => 'x'.repeat(n);
  const cases: { name: string; query: string; variables?: Record<string, unknown>; argument: string }[] = [
    { name: 'indicator(id:) over 1,024 bytes', query: `{ indicator(id: "${long(1100)}") { slug } }`, argument: 'id' },
    { name: 'report(id:) over 2,048 bytes', query: `{ report(id: "${long(2100)}") { id } }`, argument: 'id' },
    { name: 'report(id:) with a key separator', query: '{ report(id: "huozhou-2024#X") { id } }', argument: 'id' },
    { name: 'figure(id:) of another shape', query: '{ figure(id: "f 1/2") { value } }', argument: 'id' },
    { name: 'sector(id:) via variables', query: 'query S($id: String!) { sector(id: $id) { slug } }', variables: { id: long(5000) }, argument: 'id' },
    { name: 'node(id:) of 3,000 characters', query: `{ node(id: "${long(3000)}") { id } }`, argument: 'id' },
    { name: 'nodes(ids:) with one long id', query: 'query N($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ['UmVwb3J0', long(500)] }, argument: 'ids[1]' },
    { name: 'glossaryTerm(term:) of 5,000 characters', query: `{ glossaryTerm(term: "${'專'.repeat(5000)}") { number } }`, argument: 'term' },
    { name: 'years(reportId:) over 1,024 bytes', query: `{ years(reportId: "${long(1100)}") { year } }`, argument: 'reportId' },
    { name: 'search(text:) of 10,000 characters', query: 'query Q($t: String!) { search(text: $t) { score } }', variables: { t: long(10_000) }, argument: 'text' },
    { name: 'figures(after:) cursor of 2,000 characters', query: `{ figures(after: "${long(2000)}") { totalCount } }`, argument: 'after' },
    { name: 'indicators(filter: { sectorId }) over 1,024 bytes', query: `{ indicators(filter: { sectorId: "${long(1100)}" }) { totalCount } }`, argument: 'filter.sectorId' },
  ];

  it.each(cases)('$name', async ({ query, variables, argument }) => {
    const answer = await post(query, variables, { accept: 'application/graphql-response+json' });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    const [error] = answer.body!.errors!;
    expect(error!.extensions.argument).toBe(argument);
    // The message names the argument and the fix.
    expect(error!.message).toContain(`"${argument}"`);
    expect(answer.storeRequests).toBe(0);
    expect(answer.statusCode).toBeLessThan(500);
  });

  it('ids of the right shape still read the store and answer (no false positives)', async () => {
    const answer = await post('{ indicator(id: "gdp-growth") { slug } report(id: "huozhou-2024") { id } sector(id: "no-such-sector") { slug } }');
    expect(answer.body!.errors).toBeUndefined();
    expect(answer.body!.data).toMatchObject({ indicator: { slug: 'gdp-growth' }, sector: null });
    // (Answered from the report's in-memory snapshot: earlier requests of this file loaded it.)
  });
});

describe('a store ValidationException is not an outage', () => {
  it('a request DynamoDB rejects as invalid is an internal error, never StoreUnavailableError', async () => {
    // Straight to the store, past the GraphQL checks: what a missed check would produce.
    // A request DynamoDB rejects as invalid (here: a table name it cannot accept), through the store's own read.
    const err: unknown = await new Store(app.documentClient, 'x').pointer().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).name).toBe('ValidationException');
  });
});

describe('request shape and size', () => {
  // Written as text: JSON.stringify itself overflows on such an object.
  const deep = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

  it('variables nested 4,500 deep are a 400, not a stack overflow', async () => {
    const body = `{"query":"query Q($f: FigureFilter) { figures(filter: $f) { totalCount } }","variables":{"f":${deep(4500)}}}`;
    const answer = await send(apiEvent({ body }));
    expect(answer.statusCode).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
    expect(answer.body!.errors![0]!.extensions.maxDepth).toBe(64);
    expect(answer.storeRequests).toBe(0);
  });

  it('arrays nested 4,500 deep in a GET variables parameter are a 400 too', async () => {
    const variables = `${'['.repeat(4500)}${']'.repeat(4500)}`;
    const query = new URLSearchParams({ query: '{ years { year } }', variables }).toString();
    const answer = await send(apiEvent({ method: 'GET', query }));
    expect(answer.statusCode).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });

  it('brackets inside strings do not count as nesting', async () => {
    const answer = await post('query Q($t: String!) { search(text: $t) { score } }', { t: '{'.repeat(150) });
    expect(codes(answer)).not.toContain('BAD_REQUEST');
  });

  it.each([
    ['mutation over POST', 'POST', 'mutation M { x }', 400],
    ['subscription over POST', 'POST', 'subscription S { x }', 400],
    ['mutation over GET', 'GET', 'mutation M { x }', 405],
  ])('%s is refused with a coded 4xx', async (_name, method, query, status) => {
    const answer =
      method === 'GET'
        ? await send(apiEvent({ method: 'GET', query: new URLSearchParams({ query }).toString(), headers: { accept: 'application/graphql-response+json' } }))
        : await post(query, undefined, { accept: 'application/graphql-response+json' });
    expect(answer.statusCode).toBe(status);
    expect(codes(answer).length).toBe(1);
    expect(['OPERATION_NOT_SUPPORTED', 'BAD_REQUEST']).toContain(codes(answer)[0]);
    expect(answer.storeRequests).toBe(0);
  });

  it('a POST mutation is OPERATION_NOT_SUPPORTED, not INTERNAL_SERVER_ERROR', async () => {
    const answer = await post('mutation M { x }');
    expect(codes(answer)).toEqual(['OPERATION_NOT_SUPPORTED']);
    expect(answer.body!.errors![0]!.message).toMatch(/read-only/);
  });

  it('a 100 KB GET query string is a 414 with a code, read no further', async () => {
    const query = new URLSearchParams({ query: `{ years { year } } # ${'x'.repeat(100 * 1024)}` }).toString();
    const answer = await send(apiEvent({ method: 'GET', query }));
    expect(answer.statusCode).toBe(414);
    expect(codes(answer)).toEqual(['URI_TOO_LONG']);
    expect(answer.storeRequests).toBe(0);
  });

  const good = apiEvent({ body: '{"query":"{ years { year } }"}' });
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'GET /graphql'],
    ['an empty object', {}],
    ['no requestContext.http', { ...good, requestContext: { stage: '$default' } }],
    ['headers that are not a map of strings', { ...good, headers: ['accept'] }],
    ['a header value that is a number', { ...good, headers: { 'content-type': 7 } }],
    ['a body that is an object', { ...good, body: { query: '{ years { year } }' } }],
    ['a body that claims base64 but is not', { ...good, body: '{"query":"{ years { year } }"}', isBase64Encoded: true }],
    ['a rawPath that is a number', { ...good, rawPath: 42 }],
  ])('a malformed Lambda event (%s) is answered 400, never thrown', async (_name, event) => {
    const answer = await send(event);
    expect(answer.statusCode).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });
});

describe('one representation per cache key', () => {
  const url = new URLSearchParams({ query: '{ years { year } }' }).toString();
  const get = (accept?: string) => send(apiEvent({ method: 'GET', query: url, headers: accept === undefined ? {} : { accept } }));

  it('spellings of the same choice share an ETag; the other media type has its own', async () => {
    const json = await Promise.all([get(), get('application/json'), get('*/*'), get('application/json, text/plain;q=0.5'), get('application/*')]);
    const graphql = await Promise.all([
      get('application/graphql-response+json'),
      get('application/graphql-response+json, application/json;q=0.9'),
      get('application/graphql-response+json, application/json'),
    ]);
    for (const a of json) expect(a.headers['content-type']).toMatch(/^application\/json/);
    for (const a of graphql) expect(a.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(new Set(json.map((a) => a.headers.etag)).size).toBe(1);
    expect(new Set(graphql.map((a) => a.headers.etag)).size).toBe(1);
    expect(json[0]!.headers.etag).not.toBe(graphql[0]!.headers.etag);
    for (const a of [...json, ...graphql]) expect(a.headers.vary).toBe('accept');
  });
});

describe('an unreachable store', () => {
  let down: App;
  beforeAll(async () => {
    // A port that was free a moment ago: connections are refused.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = s.address() as { port: number };
        s.close(() => resolve(p));
      });
    });
    down = createTestApp({ TABLE_NAME: 'none', DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` });
  });
  afterAll(() => down.documentClient.destroy());

  it('is SERVICE_UNAVAILABLE, retryable, and a 503 with Retry-After for graphql-response+json', async () => {
    const started = Date.now();
    const answer = await send(apiEvent({ body: JSON.stringify({ query: '{ years { year } }' }), headers: { accept: 'application/graphql-response+json' } }), down);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer.statusCode).toBe(503);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(answer.body!.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    statuses.pop(); // the one 5xx that is meant
  });

  it('stays 200 for legacy application/json clients (errors in the body), as GraphQL over HTTP asks', async () => {
    const answer = await send(apiEvent({ body: JSON.stringify({ query: '{ years { year } }' }) }), down);
    expect(answer.statusCode).toBe(200);
    expect(codes(answer)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('oversized ids are still BAD_USER_INPUT, not an outage', async () => {
    const answer = await send(apiEvent({ body: JSON.stringify({ query: `{ indicator(id: "${'x'.repeat(1100)}") { slug } }` }) }), down);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('over real HTTP (the npm start adapter)', () => {
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { server, port } = await serveLambda(app.handler, 0);
    base = `http://127.0.0.1:${port}/graphql`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  const fetchJson = async (url: string, init?: RequestInit) => {
    const res = await fetch(url, init);
    statuses.push(res.status);
    return { status: res.status, body: (await res.json()) as { errors?: { extensions: { code: string } }[] } };
  };

  it('a 100 KB GET is a coded 414 (not a bare 431 from Node)', async () => {
    const { status, body } = await fetchJson(`${base}?${new URLSearchParams({ query: `{ years { year } } # ${'x'.repeat(100 * 1024)}` })}`);
    expect(status).toBe(414);
    expect(body.errors![0]!.extensions.code).toBe('URI_TOO_LONG');
  });

  it('a head past the adapter ceiling is a coded 431', async () => {
    const { status, body } = await fetchJson(`${base}?query=${'x'.repeat(300 * 1024)}`);
    expect(status).toBe(431);
    expect(body.errors![0]!.extensions.code).toBe('REQUEST_HEADER_FIELDS_TOO_LARGE');
  });

  it('deep variables and a mutation are coded 400s', async () => {
    const deepBody = `{"query":"{ years { year } }","variables":{"v":${'['.repeat(4500)}${']'.repeat(4500)}}}`;
    const deep = await fetchJson(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deepBody });
    expect([deep.status, deep.body.errors![0]!.extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const mutation = await fetchJson(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"mutation { x }"}' });
    expect([mutation.status, mutation.body.errors![0]!.extensions.code]).toEqual([400, 'OPERATION_NOT_SUPPORTED']);
  });
});

afterAll(() => {
  // Every hostile request above was answered without a 5xx (the one intended 503 excepted).
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.length).toBeGreaterThan(30);
});
