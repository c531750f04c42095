import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { buildGraphiql } from '../../scripts/build-graphiql';
import { chooseEncoding, clearGraphiqlCache, serveGraphiql } from '../../lambda/graphiql/serve';
import type { GraphiqlManifest } from '../../lambda/graphiql/manifest';

/** An API Gateway HTTP API (v2) event as the Lambda receives it. */
const event = (
  rawPath: string,
  opts: { method?: string; headers?: Record<string, string>; stage?: string } = {},
): APIGatewayProxyEventV2 => {
  const method = opts.method ?? 'GET';
  const stage = opts.stage ?? '$default';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: '',
    headers: opts.headers ?? {},
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'example.test',
      domainPrefix: 'example',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: 'req',
      routeKey: '$default',
      stage,
      time: '01/Jan/2025:00:00:00 +0000',
      timeEpoch: 0,
    },
  };
};

/** The bytes a browser ends up with after undoing base64 and Content-Encoding. */
const decodedBody = (res: APIGatewayProxyStructuredResultV2): Buffer => {
  const raw = res.isBase64Encoded ? Buffer.from(res.body ?? '', 'base64') : Buffer.from(res.body ?? '', 'utf8');
  const encoding = res.headers?.['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw);
  if (encoding === 'gzip') return gunzipSync(raw);
  return raw;
};

const served = async (e: APIGatewayProxyEventV2, dir: string): Promise<APIGatewayProxyStructuredResultV2> => {
  const res = await serveGraphiql(e, dir);
  if (!res) throw new Error(`${e.rawPath} was not served as GraphiQL`);
  return res;
};

describe('serveGraphiql', () => {
  let scratch: string;
  let assetsDir: string;
  let manifest: GraphiqlManifest;
  let jsName: string;
  let cssName: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'graphiql-serve-'));
    assetsDir = path.join(scratch, 'graphiql');
    // The real build (the tabs of lambda/graphiql/tabs), with fast brotli.
    ({ manifest } = await buildGraphiql(assetsDir, { brotliQuality: 4 }));
    jsName = Object.keys(manifest.files).find((n) => n.endsWith('.js')) ?? '';
    cssName = Object.keys(manifest.files).find((n) => n.endsWith('.css')) ?? '';
  });
  beforeEach(() => clearGraphiqlCache());
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('leaves GraphQL and every other path to the caller', async () => {
    // `/` is the home page now (lambda/pages), not GraphiQL.
    for (const p of ['/', '/graphql', '/graphqlx', '/favicon.ico', '/graphiqlx', '/health']) {
      expect(await serveGraphiql(event(p, { method: 'POST' }), assetsDir)).toBeUndefined();
      expect(await serveGraphiql(event(p), assetsDir)).toBeUndefined();
    }
  });

  it('does not read the assets folder for a GraphQL request (cold start pays nothing for GraphiQL)', async () => {
    // A folder that does not exist would make any read throw.
    await expect(serveGraphiql(event('/graphql'), path.join(scratch, 'absent'))).resolves.toBeUndefined();
  });

  it('serves the page at /graphiql brotli-compressed to a browser, with its CSP, short cache and vary', async () => {
    const res = await served(event('/graphiql', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }), assetsDir);
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'br',
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    });
    expect(res.isBase64Encoded).toBe(true);
    expect(String(res.headers?.['cache-control'])).toMatch(/max-age=60\b/);
    const csp = String(res.headers?.['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = decodedBody(res);
    expect(html.equals(await readFile(path.join(assetsDir, 'index.html')))).toBe(true);
    expect(html.toString('utf8')).toContain('<div id="graphiql">');
  });

  it('serves the page at /graphiql, and sends /graphiql/ to it (relative URLs would break there)', async () => {
    const res = await served(event('/graphiql'), assetsDir);
    expect(res.statusCode).toBe(200);
    expect(decodedBody(res).toString('utf8')).toContain(`graphiql/${jsName}`);
    const slash = await served(event('/graphiql/'), assetsDir);
    expect(slash.statusCode).toBe(308);
    expect(slash.headers?.location).toBe('../graphiql');
  });

  it('serves every file the page names, and what arrives is the built file', async () => {
    const html = decodedBody(await served(event('/graphiql'), assetsDir)).toString('utf8');
    const referenced = [...html.matchAll(/(?:src|href)="(graphiql\/[^"]+)"/g)].map((m) => `/${m[1]}`);
    expect(referenced.sort()).toEqual([`/graphiql/${cssName}`, `/graphiql/${jsName}`].sort());
    for (const url of referenced) {
      const res = await served(event(url, { headers: { 'accept-encoding': 'br' } }), assetsDir);
      expect(res.statusCode).toBe(200);
      expect(res.headers?.['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers?.['content-security-policy']).toBeUndefined();
      const name = url.slice('/graphiql/'.length);
      expect(decodedBody(res).equals(await readFile(path.join(assetsDir, name)))).toBe(true);
    }
    const js = await served(event(`/graphiql/${jsName}`), assetsDir);
    expect(js.headers?.['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await served(event(`/graphiql/${cssName}`), assetsDir);
    expect(css.headers?.['content-type']).toBe('text/css; charset=utf-8');
  });

  it('chooses the encoding from Accept-Encoding: gzip-only clients get gzip, others plain text', async () => {
    const url = `/graphiql/${jsName}`;
    const original = await readFile(path.join(assetsDir, jsName));

    const gz = await served(event(url, { headers: { 'accept-encoding': 'gzip' } }), assetsDir);
    expect(gz.headers?.['content-encoding']).toBe('gzip');
    expect(gz.body).toBe((await readFile(path.join(assetsDir, `${jsName}.gz`))).toString('base64'));

    const refusesBr = await served(event(url, { headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' } }), assetsDir);
    expect(refusesBr.headers?.['content-encoding']).toBe('gzip');

    const plain = await served(event(url), assetsDir);
    expect(plain.headers?.['content-encoding']).toBeUndefined();
    expect(plain.isBase64Encoded).toBe(false);
    expect(plain.body).toBe(original.toString('utf8'));
    expect(plain.headers?.vary).toBe('accept-encoding');

    // Header names are case-insensitive even if an event was built by hand.
    const upper = await served(event(url, { headers: { 'Accept-Encoding': 'br' } }), assetsDir);
    expect(upper.headers?.['content-encoding']).toBe('br');
    expect(decodedBody(upper).equals(original)).toBe(true);

    // Each representation has its own ETag, so caches never mix them up.
    expect(new Set([gz, plain, upper].map((r) => r.headers?.etag)).size).toBe(3);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await served(event(`/graphiql/${cssName}`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } }), assetsDir);
    const get = await served(event(`/graphiql/${cssName}`, { headers: { 'accept-encoding': 'br' } }), assetsDir);
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers).toEqual(get.headers);
  });

  it('answers a revalidation with 304 when the ETag still matches', async () => {
    const first = await served(event('/graphiql', { headers: { 'accept-encoding': 'br' } }), assetsDir);
    const etag = String(first.headers?.etag);
    const again = await served(event('/graphiql', { headers: { 'accept-encoding': 'br', 'if-none-match': etag } }), assetsDir);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const changed = await served(event('/graphiql', { headers: { 'accept-encoding': 'br', 'if-none-match': '"other"' } }), assetsDir);
    expect(changed.statusCode).toBe(200);
  });

  it('returns 404 for unknown assets, the manifest, and any attempt to walk out of the folder', async () => {
    const attempts = [
      '/graphiql/graphiql.0000000000000000.js', // an old deployment's hash
      '/graphiql/manifest.json',
      `/graphiql/${jsName}.br`, // the compressed twins are only served through Content-Encoding
      '/graphiql/index.html',
      '/graphiql/../package.json',
      '/graphiql/..%2f..%2fpackage.json',
      '/graphiql/%2e%2e/manifest.json',
      '/graphiql/sub/dir.js',
      '/graphiql/constructor',
      '/graphiql/__proto__',
      '/graphiql/.hidden',
    ];
    for (const p of attempts) {
      const res = await served(event(p), assetsDir);
      expect({ path: p, status: res.statusCode }).toEqual({ path: p, status: 404 });
      expect(res.headers?.['cache-control']).toBe('no-store');
    }
  });

  it('refuses methods other than GET and HEAD on GraphiQL paths', async () => {
    const res = await served(event('/graphiql', { method: 'POST' }), assetsDir);
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('GET, HEAD');
  });

  it('works behind a named API Gateway stage', async () => {
    const page = await served(event('/prod/graphiql', { stage: 'prod' }), assetsDir);
    expect(page.statusCode).toBe(200);
    const asset = await served(event(`/prod/graphiql/${jsName}`, { stage: 'prod' }), assetsDir);
    expect(asset.statusCode).toBe(200);
    // The stage root is the home page's (lambda/pages adds its slash).
    expect(await serveGraphiql(event('/prod', { stage: 'prod' }), assetsDir)).toBeUndefined();
    expect(await serveGraphiql(event('/prod/graphql', { stage: 'prod' }), assetsDir)).toBeUndefined();
  });

  it('keeps files in memory after their first request', async () => {
    const first = await served(event(`/graphiql/${cssName}`, { headers: { 'accept-encoding': 'gzip' } }), assetsDir);
    const moved = `${assetsDir}-moved`;
    await rename(assetsDir, moved);
    try {
      const second = await served(event(`/graphiql/${cssName}`, { headers: { 'accept-encoding': 'gzip' } }), assetsDir);
      expect(second.body).toBe(first.body);
    } finally {
      await rename(moved, assetsDir);
    }
  });

  it('fails loudly, and recovers once built, when the assets were never built', async () => {
    const missing = path.join(scratch, 'not-built-yet');
    await expect(serveGraphiql(event('/graphiql'), missing)).rejects.toThrow(/manifest\.json/);
    await buildGraphiql(missing, { brotliQuality: 1 });
    expect((await served(event('/graphiql'), missing)).statusCode).toBe(200);
  });
});

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.1, gzip;q=0.9', 'gzip'],
    ['br;q=0', undefined],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['GZIP', 'gzip'],
  ])('Accept-Encoding %p -> %p', (accept, expected) => {
    expect(chooseEncoding(accept, both)).toBe(expected);
  });
  it('only offers variants that exist on disk', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', [])).toBeUndefined();
  });
});
