/**
 * What an operator sees in CloudWatch, read from the process's real stdout:
 * the Powertools log lines (an internal error's cause and stack, a truncated
 * operationName) and the EMF metrics document each request publishes. The
 * store is real (dynalite); the internal error is a real one (the table the
 * function is configured with does not exist).
 */
import type { App } from '../../lambda/app';
import { METRIC } from '../../lambda/http/metrics';
import { classifyStoreError } from '../../lambda/data/errors';
import { startTestStore, type TestStore } from '../helpers/local-store';
import { createTestApp } from '../helpers/app';
import { apiEvent, lambdaContext } from '../helpers/events';

let store: TestStore;
let missingTable: App;
const lines: string[] = [];

/** Runs `work` with stdout captured into `lines` (one JSON document per line). */
const captured = async <T>(work: () => Promise<T>): Promise<T> => {
  lines.length = 0;
  // Powertools writes INFO to stdout and WARN/ERROR to stderr; Lambda sends both to CloudWatch.
  const capture = (chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  const spies = [jest.spyOn(process.stdout, 'write').mockImplementation(capture), jest.spyOn(process.stderr, 'write').mockImplementation(capture)];
  try {
    return await work();
  } finally {
    for (const s of spies) s.mockRestore();
  }
};
const json = (): Record<string, unknown>[] =>
  lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

beforeAll(async () => {
  store = await startTestStore();
  missingTable = createTestApp({ TABLE_NAME: 'no-such-table', DYNAMODB_ENDPOINT: store.endpoint }, { serviceName: 'faults-test', logLevel: 'INFO' });
});
afterAll(async () => {
  missingTable.documentClient.destroy();
  await store.close();
});

describe('internal errors', () => {
  it('are INTERNAL_SERVER_ERROR without details to the client, their cause and stack logged', async () => {
    const result = await captured(() =>
      missingTable.handler(apiEvent({ body: JSON.stringify({ query: '{ years { year } }' }) }), lambdaContext()),
    );
    const body = JSON.parse(result.body ?? '{}') as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors[0]!.message).toBe('Internal server error');
    expect(result.body).not.toMatch(/ResourceNotFound|stack|at /);
    // Not an outage: a missing table is not retryable.
    expect(result.body).not.toContain('SERVICE_UNAVAILABLE');
    const logged = json().find((l) => l.message === 'internal server error');
    expect(logged).toBeDefined();
    expect(logged!.level).toBe('ERROR');
    expect(logged!.path).toBe('years');
    const error = logged!.error as { name: string; stack: string };
    expect(error.name).toBe('ResourceNotFoundException');
    expect(error.stack).toContain('\n');
  });

  it('a 60 KB operationName is logged truncated', async () => {
    // The name is only sent once (the document names another operation): the body stays under 64 KB.
    const name = `Q${'x'.repeat(60 * 1024)}`;
    const result = await captured(() =>
      missingTable.handler(apiEvent({ body: JSON.stringify({ query: 'query Short { __typename }', operationName: name }) }), lambdaContext()),
    );
    expect(result.statusCode).toBeLessThan(500);
    const op = json().find((l) => l.message === 'graphql operation');
    expect(op).toBeDefined();
    expect(String(op!.operationName).length).toBeLessThan(200);
    expect(lines.every((l) => l.length < 10_000)).toBe(true);
  });
});

describe('EMF metrics per request', () => {
  it('publish count, latency, store requests, cache hit and error codes in one document', async () => {
    // As in Lambda: the stack sets the namespace and the app's own handler publishes.
    process.env.POWERTOOLS_METRICS_NAMESPACE = 'FaultsTest';
    const app = createTestApp({ TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint }, { serviceName: 'faults-test' });
    delete process.env.POWERTOOLS_METRICS_NAMESPACE;
    const handler = app.handler;
    try {
      await captured(() => handler(apiEvent({ body: JSON.stringify({ query: '{ indicator(id: "a b") { slug } years { year } }' }) }), lambdaContext()));
      const emf = json().filter((l) => '_aws' in l);
      expect(emf).toHaveLength(1);
      const doc = emf[0]!;
      const names = (doc._aws as { CloudWatchMetrics: { Namespace: string; Metrics: { Name: string }[] }[] }).CloudWatchMetrics[0]!;
      expect(names.Namespace).toBe('FaultsTest');
      expect(names.Metrics.map((m) => m.Name).sort()).toEqual(
        [METRIC.requests, METRIC.latency, METRIC.storeRequests, METRIC.cacheHits, METRIC.serverErrors, METRIC.serviceUnavailable, `${METRIC.errorCodePrefix}BAD_USER_INPUT`].sort(),
      );
      expect(doc[METRIC.requests]).toBe(1);
      expect(doc[METRIC.storeRequests]).toBeGreaterThan(0);
      expect(doc[METRIC.serverErrors]).toBe(0);
      expect(doc[`${METRIC.errorCodePrefix}BAD_USER_INPUT`]).toBe(1);
      expect(typeof doc[METRIC.latency]).toBe('number');
    } finally {
      app.documentClient.destroy();
    }
  });
});

describe('store error classification (lambda/data/errors.ts)', () => {
  const sdkError = (name: string, status: number, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status }, ...extra });

  it.each<[string, 'unavailable' | 'internal', unknown]>([
    ['ValidationException (400)', 'internal', sdkError('ValidationException', 400)],
    ['ResourceNotFoundException (400)', 'internal', sdkError('ResourceNotFoundException', 400)],
    ['AccessDeniedException (400)', 'internal', sdkError('AccessDeniedException', 400)],
    ['ProvisionedThroughputExceededException (400)', 'unavailable', sdkError('ProvisionedThroughputExceededException', 400)],
    ['ThrottlingException (400)', 'unavailable', sdkError('ThrottlingException', 400)],
    ['InternalServerError (500)', 'unavailable', sdkError('InternalServerError', 500)],
    ['any 503', 'unavailable', sdkError('Whatever', 503)],
    ['connection refused', 'unavailable', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })],
    ['socket reset', 'unavailable', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['SDK timeout', 'unavailable', Object.assign(new Error('timed out'), { name: 'TimeoutError' })],
    ['a wrapper around a throttle', 'unavailable', new Error('wrapped', { cause: sdkError('ThrottlingException', 400) })],
    ['a TypeError (a bug of ours)', 'internal', new TypeError('x is undefined')],
    ['a thrown string', 'internal', 'boom'],
  ])('%s → %s', (_name, kind, err) => {
    expect(classifyStoreError(err)).toBe(kind);
  });
});
