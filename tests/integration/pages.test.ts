/**
 * The pages over real HTTP (local server, same Lambda handler as AWS): the
 * source byte-identical, the schema, HEAD like GET without a body, ETag/304,
 * compression, and clear 404/405 answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import { STYLE_FILE } from '../../lambda/pages/assets';
import { useLocalServer } from '../helpers/local-server';

const server = useLocalServer();

/** Raw bytes and headers (fetch would decompress and re-decode). */
const raw = (pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const req = request(new URL(pathname, server.url), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

describe('pages over HTTP', () => {
  it('serves report.txt byte-identical as text/plain; charset=utf-8', async () => {
    const res = await raw('/reports/huozhou-2024/report.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.equals(readFileSync(path.resolve('seed', 'reports', 'huozhou-2024', 'report.txt')))).toBe(true);
  });

  it('serves the schema as written', async () => {
    const res = await raw('/schema.graphql');
    expect(res.body.toString('utf8')).toBe(readFileSync(path.resolve('schema.graphql'), 'utf8'));
  });

  it('answers HEAD like GET without a body, and 304 to a matching ETag', async () => {
    for (const p of ['/', '/reports/huozhou-2024', '/reports/huozhou-2024/report.txt', '/schema.graphql']) {
      const get = await raw(p);
      const head = await raw(p, {}, 'HEAD');
      expect({ p, status: head.status, type: head.headers['content-type'], bytes: head.body.length }).toEqual({ p, status: 200, type: get.headers['content-type'], bytes: 0 });
      const again = await raw(p, { 'if-none-match': String(get.headers.etag) });
      expect({ p, status: again.status }).toEqual({ p, status: 304 });
    }
  });

  it('answers a browser revalidating a small (uncompressed) file with 304 to the ETag it was sent', async () => {
    const browser = { 'accept-encoding': 'gzip, br' };
    const get = await raw(`/pages/${STYLE_FILE}`, browser);
    expect(get.status).toBe(200);
    expect(get.headers['content-encoding']).toBeUndefined();
    const again = await raw(`/pages/${STYLE_FILE}`, { ...browser, 'if-none-match': String(get.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(get.headers.etag);
  });

  it('sends the report page brotli-compressed to a browser, under a same-origin CSP', async () => {
    const plain = await raw('/reports/huozhou-2024');
    const br = await raw('/reports/huozhou-2024', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(String(plain.headers['content-security-policy'])).toContain("default-src 'none'");
    // Every stylesheet and script the page names is served by the app.
    const html = plain.body.toString('utf8');
    for (const m of html.matchAll(/(?:src|href)="(\.\.\/pages\/[^"]+)"/g)) {
      expect((await raw(new URL(m[1]!, `${server.url}reports/huozhou-2024`).pathname)).status).toBe(200);
    }
  });

  it('the home page links GraphiQL, the schema, downloads and docs, and each link answers', async () => {
    const html = (await raw('/')).body.toString('utf8');
    const links = [...new Set([...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!))].filter((href) => !href.startsWith('data:'));
    for (const expected of ['graphiql', 'schema.graphql', 'reports/huozhou-2024', 'graphiql/errors.md', 'graphiql/queries.md']) expect(links).toContain(expected);
    // A doc link answers once the doc exists in docs/ (clients.md is written by the portal work).
    for (const href of links.filter((h) => !h.endsWith('.md') || existsSync(path.resolve('docs', path.basename(h))))) {
      const res = await raw(new URL(href, server.url).pathname);
      expect({ href, status: res.status }).toEqual({ href, status: 200 });
    }
  }, 60_000);

  it('answers an unknown report 404 and other methods 405, in words', async () => {
    const missing = await raw('/reports/nowhere-1999');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('reports are listed at /');
    const post = await raw('/reports/huozhou-2024', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
