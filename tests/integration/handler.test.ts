/**
 * The real Lambda handler (lambda/handler.ts) with API Gateway v2 events,
 * against a real store: what an HTTP client of the deployed API sees.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { startTestStore, type TestStore } from '../helpers/local-store';
import { apiEvent, lambdaContext } from '../helpers/events';

type Handler = (typeof import('../../lambda/handler'))['handler'];
let store: TestStore;
let handler: Handler;

const call = async (opts: Parameters<typeof apiEvent>[0]): Promise<APIGatewayProxyStructuredResultV2 & { json: () => { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string } }[] } }> => {
  const result = await handler(apiEvent(opts), lambdaContext());
  return { ...result, json: () => JSON.parse(result.body ?? 'null') };
};

beforeAll(async () => {
  store = await startTestStore();
  process.env.TABLE_NAME = store.tableName;
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  ({ handler } = await import('../../lambda/handler'));
});
afterAll(() => store.close());

describe('GraphQL over the Lambda handler', () => {
  it('POST application/json answers the query with CORS headers', async () => {
    const res = await call({ body: JSON.stringify({ query: 'query T { glossaryTerm(number: 6) { term { zhHant } } }', operationName: 'T' }) });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ glossaryTerm: { term: { zhHant: '三無三可' } } });
    expect(res.headers!['access-control-allow-origin']).toBe('*');
    expect(res.headers!['cache-control']).toBe('no-store');
  });

  it('GET with the query in the URL is cacheable: Cache-Control + ETag, and If-None-Match gives 304', async () => {
    const query = `query=${encodeURIComponent('{ years { year role } }')}`;
    const res = await call({ method: 'GET', query, headers: { accept: 'application/graphql-response+json' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers!['content-type']).toMatch(/application\/graphql-response\+json/);
    expect(res.json().data).toEqual({ years: [{ year: 2023, role: 'REVIEWED' }, { year: 2024, role: 'PLANNED' }] });
    const etag = String(res.headers!.etag);
    expect(etag).toMatch(/^"[0-9a-f]{16}-/);
    expect(res.headers!['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await call({ method: 'GET', query, headers: { accept: 'application/graphql-response+json', 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // Another representation (application/json) of the same URL has its own ETag: the first one does not match it.
    const other = await call({ method: 'GET', query, headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
    expect(other.headers!['content-type']).toMatch(/^application\/json/);
    expect(other.headers!.etag).not.toBe(etag);
    expect(other.headers!.vary).toBe('accept');
  });

  it('OPTIONS preflight from any origin gets 204 and the CORS headers', async () => {
    const res = await call({ method: 'OPTIONS', headers: { origin: 'https://news.example', 'access-control-request-method': 'POST' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': expect.stringContaining('POST') });
  });

  it('malformed JSON is a 400 with a GraphQL error, not a 5xx', async () => {
    const res = await call({ body: '{"query": ', headers: { accept: 'application/graphql-response+json' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers!['access-control-allow-origin']).toBe('*');
    expect(res.json().errors![0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('a GraphQL syntax error is a 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await call({ body: JSON.stringify({ query: '{ years { year ' }), headers: { accept: 'application/graphql-response+json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors![0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a body over the limit is a 413 with a GraphQL error naming the limit', async () => {
    const res = await call({ body: JSON.stringify({ query: `{ years { year } } # ${'x'.repeat(70_000)}` }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors![0]!).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(res.json().errors![0]!.message).toMatch(/limit is 65536/);
  });

  it('an unknown path is a 404 that points to /graphql', async () => {
    const res = await call({ method: 'GET', path: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().errors![0]!.message).toMatch(/\/graphql/);
  });

  it('a stage prefix (/prod/graphql) routes to GraphQL', async () => {
    const event = apiEvent({ path: '/prod/graphql', body: JSON.stringify({ query: '{ report { reportId } }' }) });
    event.requestContext.stage = 'prod';
    const res = await handler(event, lambdaContext());
    expect(JSON.parse(res.body!).data).toEqual({ report: { reportId: 'huozhou-2024' } });
  });

  it('errors carry no stack trace in production', async () => {
    const res = await call({ body: JSON.stringify({ query: '{ glossaryTerms(first: 1000) { totalCount } }' }) });
    const error = res.json().errors![0]!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('a store that is down', () => {
  it('is reported as a retryable SERVICE_UNAVAILABLE error, not a crash or null data', async () => {
    const { createApp } = await import('../../lambda/app');
    const { readConfig } = await import('../../lambda/config');
    const { Logger } = await import('@aws-lambda-powertools/logger');
    // Nothing listens on port 9 (discard) here: every DynamoDB call fails to connect.
    const down = createApp(
      { ...readConfig({ TABLE_NAME: 'x', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' }) },
      new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    );
    const result = await down.handler(apiEvent({ body: JSON.stringify({ query: '{ glossaryTerm(number: 6) { number } }' }) }), lambdaContext());
    expect(result.statusCode).toBeLessThan(500);
    const body = JSON.parse(result.body!);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
    expect(body.errors[0].message).toMatch(/temporarily unavailable/);
  });
});
