/**
 * A real store behind a TCP proxy that passes, refuses or hangs: what a
 * client sees during an outage (a coded, retryable answer within 2 s), and
 * that a function started while the store was down recovers on its own.
 */
import net from 'node:net';
import type { App } from '../../lambda/app';
import { startTestStore, type TestStore } from '../helpers/local-store';
import { createTestApp } from '../helpers/app';
import { apiEvent, lambdaContext } from '../helpers/events';

type Mode = 'pass' | 'refuse' | 'hang';

/** Forwards to the store, or resets connections (refuse), or accepts and never answers (hang). */
const startProxy = async (target: URL) => {
  let mode: Mode = 'pass';
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (mode === 'refuse') return client.resetAndDestroy();
    if (mode === 'hang') return; // read nothing, answer nothing
    const upstream = net.connect(Number(target.port), target.hostname);
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    set(next: Mode) {
      mode = next;
      // Keep-alive connections would bypass the new mode: drop them.
      for (const s of sockets) s.destroy();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
};

let store: TestStore;
let proxy: Awaited<ReturnType<typeof startProxy>>;
const apps: App[] = [];

/** Production's deadlines (the suite raises them for its loaded machine). */
const newApp = (): App => {
  const app = createTestApp({ TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: proxy.endpoint, STORE_TIMEOUT_MS: '1200', POINTER_TTL_MS: '0' }, { logLevel: (process.env.DBG as 'ERROR' | undefined) ?? 'SILENT' });
  apps.push(app);
  return app;
};

const ask = async (app: App, query: string, accept = 'application/graphql-response+json') => {
  const started = performance.now();
  const res = await app.handler(apiEvent({ body: JSON.stringify({ query }), headers: { accept } }), lambdaContext());
  return { ms: performance.now() - started, status: res.statusCode, headers: res.headers ?? {}, body: JSON.parse(res.body ?? '{}') as { data?: unknown; errors?: { extensions: { code: string; retryable?: boolean } }[] } };
};

const GLOSSARY = '{ glossaryTerm(number: 6) { term { zhHant } } }';

beforeAll(async () => {
  store = await startTestStore();
  proxy = await startProxy(new URL(store.endpoint));
});
afterAll(async () => {
  for (const app of apps) app.documentClient.destroy();
  await proxy.close();
  await store.close();
});

describe.each<Mode>(['refuse', 'hang'])('a store that %ss', (mode) => {
  it('a function started during the outage answers 503 SERVICE_UNAVAILABLE (retryable) within 2 s, needs no store for { __typename }, and recovers by itself', async () => {
    proxy.set(mode);
    const app = newApp();
    const typename = await ask(app, '{ __typename }');
    expect(typename.body).toMatchObject({ data: { __typename: 'Query' } });

    const down = await ask(app, GLOSSARY);
    expect(down.ms).toBeLessThan(2_000);
    expect(`${down.status} ${JSON.stringify(down.body)}`).toMatch(/^503 /);
    expect(down.headers['retry-after']).toBeDefined();
    expect(down.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });

    proxy.set('pass');
    // A failed first read is remembered for a second (one wait per request, not one per read): recovery within it.
    const back = performance.now();
    let up = await ask(app, GLOSSARY);
    while (up.status !== 200 && performance.now() - back < 3_000) {
      await new Promise((r) => setTimeout(r, 200));
      up = await ask(app, GLOSSARY);
    }
    expect(up.status).toBe(200);
    expect(performance.now() - back).toBeLessThan(2_000);
    expect(up.body).toMatchObject({ data: { glossaryTerm: { term: { zhHant: '三無三可' } } } });
  });

  it('a warm function keeps answering from its snapshot with the last known version', async () => {
    proxy.set('pass');
    const app = newApp();
    expect((await ask(app, GLOSSARY)).status).toBe(200);
    proxy.set(mode);
    const during = await ask(app, GLOSSARY);
    expect(during.ms).toBeLessThan(2_000);
    expect(during.body).toMatchObject({ data: { glossaryTerm: { term: { zhHant: '三無三可' } } } });
    proxy.set('pass');
  });
});
