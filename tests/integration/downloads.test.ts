/**
 * What an open-data portal sees over real HTTP from the local server (the same
 * Lambda handler as in AWS): bulk CSV/JSON downloads that parse back to the
 * dataset, a Frictionless datapackage.json that describes them exactly, a DCAT
 * catalogue whose links work, and HTTP caching, HEAD, CORS and outages done right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Logger } from '@aws-lambda-powertools/logger';
import { createApp } from '../../lambda/app';
import { readConfig } from '../../lambda/config';
import { newMetrics, withMetrics } from '../../lambda/data/request-metrics';
import { DEFAULT_REPORT_DIR } from '../../seed/build';
import { startLocalServer, type LocalServer } from '../../scripts/local-server';
import { serveLambda } from '../../scripts/lambda-http-adapter';
import { apiEvent, lambdaContext } from '../helpers/events';
import { dataset } from '../helpers/local-store';

const REPORT_TEXT = fs.readFileSync(path.join(DEFAULT_REPORT_DIR, 'report.txt'), 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

let local: LocalServer;
beforeAll(async () => {
  local = await startLocalServer({ port: 0, quiet: true, tableName: 'downloads' });
});
afterAll(() => local.close());

/** The raw bytes too: fetch's text() would silently drop a BOM. */
const download = async (p: string, init: RequestInit = {}) => {
  const res = await fetch(new URL(p, local.url), init);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, bytes, text: bytes.toString('utf8') };
};

type Row = Record<string, string>;
const parseCsv = (bytes: Buffer): { header: string[]; rows: Row[] } => {
  const records = parse(bytes, { bom: true }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
};

describe('GET /downloads/figures.csv', () => {
  let bytes: Buffer;
  let res: Response;
  let header: string[];
  let rows: Row[];
  beforeAll(async () => {
    ({ res, bytes } = await download('downloads/figures.csv'));
    ({ header, rows } = parseCsv(bytes));
  });

  it('is a UTF-8 CSV with a byte-order mark that a spreadsheet saves as a file', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="huozhou-2024-figures.csv"');
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
  });

  it('has the documented columns and one row per figure, in report order', () => {
    expect(header).toEqual([
      'id', 'year', 'kind', 'subject_zh_hant', 'subject_zh_hans', 'subject_en', 'value', 'value_text', 'unit',
      'normalized_value', 'base_unit', 'comparator', 'measure', 'change_percent', 'sector_id', 'indicator_id',
      'project_id', 'source_start', 'source_end', 'source_quote', 'source_text',
    ]);
    expect(rows.map((r) => r.id)).toEqual(dataset().figures.map((f) => f.id));
    const starts = rows.map((r) => Number(r.id!.slice(1)));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('quotes every figure verbatim: source_quote is report.txt between source_start and source_end', () => {
    for (const r of rows) expect(r.source_quote).toBe(REPORT_TEXT.slice(Number(r.source_start), Number(r.source_end)));
    // Quotes with commas and quotes survive the round trip (the report writes commas inside clauses).
    expect(rows.filter((r) => r.source_quote!.includes(',')).length).toBeGreaterThan(10);
  });

  it('keeps numbers as exact decimal strings: 114.7億元 → 11470000000 CNY', () => {
    const gdp = rows.find((r) => r.indicator_id === 'gdp' && r.year === '2023')!;
    expect(gdp).toMatchObject({ value: '114.7', value_text: '114.7', unit: '億元', normalized_value: '11470000000', base_unit: 'CNY', kind: 'ACTUAL' });
    for (const [r, f] of rows.map((row, i) => [row, dataset().figures[i]!] as const)) {
      expect([r.value, r.normalized_value, r.change_percent, r.subject_en]).toEqual([f.value ?? '', f.normalizedValue ?? '', f.changePercent ?? '', f.subject.en ?? '']);
    }
  });
});

describe('GET /downloads/indicators.csv', () => {
  it('lists every indicator with its 2023 result and 2024 target: GDP growth 3.8% then at least 7%', async () => {
    const { res, bytes } = await download('downloads/indicators.csv');
    expect(res.status).toBe(200);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const { rows } = parseCsv(bytes);
    expect(rows.map((r) => r.id)).toEqual(dataset().indicators.map((i) => i.id));
    expect(rows.find((r) => r.id === 'gdp-growth')).toMatchObject({
      name_zh_hant: '地區生產總值增長',
      name_en: 'GDP growth',
      unit: '%',
      actual_year: '2023',
      actual_value: '3.8',
      actual_comparator: 'EXACT',
      target_year: '2024',
      target_value: '7',
      target_comparator: 'AT_LEAST',
    });
    // Each cited figure exists and says what the row says.
    const figures = new Map(dataset().figures.map((f) => [f.id, f]));
    for (const r of rows.filter((row) => row.target_figure_id)) {
      const f = figures.get(r.target_figure_id!)!;
      expect([f.kind, String(f.year), f.value ?? '', f.indicatorId]).toEqual(['TARGET', r.target_year, r.target_value, r.id]);
    }
  });
});

describe('GET /downloads/dataset.json', () => {
  it('is the whole dataset as the seed built it, keys stripped', async () => {
    const { res, text } = await download('downloads/dataset.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="huozhou-2024-dataset.json"');
    expect(text).not.toMatch(/"(PK|SK|GSI1PK|GSI1SK)"/);
    expect(JSON.parse(text)).toEqual(dataset());
  });
});

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes: number;
  hash: string;
  profile: string;
  schema?: { fields: Field[]; primaryKey?: string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] };
}
interface DataPackage {
  name: string;
  title: string;
  description: string;
  version: string;
  licenses: { name?: string; path?: string; title?: string }[];
  sources: { title: string; date?: string; sha256?: string }[];
  resources: Resource[];
}

const LEXICAL: Record<Field['type'], RegExp> = { string: /[\s\S]*/, integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?$/ };

describe('GET /datapackage.json (Frictionless Data Package)', () => {
  let pkg: DataPackage;
  beforeAll(async () => {
    const { res, text } = await download('datapackage.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    pkg = JSON.parse(text) as DataPackage;
  });

  it('names the package, in English and Chinese, with the API’s dataset version, licence and source', async () => {
    expect(pkg.name).toMatch(/^[a-z0-9._/-]+$/);
    expect(pkg.title).toContain('Report on the Work of the Government of Huozhou, 2024');
    expect(pkg.title).toContain('2024年霍州市政府工作報告');
    expect(pkg.description.length).toBeGreaterThan(100);
    const api = await fetch(local.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ report { datasetVersion } }' }),
    });
    expect(pkg.version).toBe(((await api.json()) as { data: { report: { datasetVersion: string } } }).data.report.datasetVersion);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    for (const l of pkg.licenses) expect(l.name ?? l.path).toBeTruthy();
    expect(pkg.sources[0]).toMatchObject({ date: '2024-04-11', sha256: createHash('sha256').update(fs.readFileSync(path.join(DEFAULT_REPORT_DIR, 'report.txt'))).digest('hex') });
    expect(pkg.sources[0]!.title).toContain('2024年霍州市政府工作報告');
  });

  it('lists each download by a relative path whose bytes and sha256 match what the path serves', async () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(['figures', 'indicators', 'dataset']);
    for (const r of pkg.resources) {
      expect(r.path).toMatch(/^downloads\/[a-z]+\.(csv|json)$/);
      expect(r).toMatchObject({ encoding: 'utf-8', format: r.path.split('.').pop(), mediatype: r.format === 'csv' ? 'text/csv' : 'application/json' });
      const { res, bytes } = await download(r.path);
      expect(res.status).toBe(200);
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('describes each CSV with a Table Schema that its header and every cell satisfy', async () => {
    const tables = new Map<string, Row[]>();
    for (const r of pkg.resources.filter((res) => res.format === 'csv')) {
      expect(r.profile).toBe('tabular-data-resource');
      const { header, rows } = parseCsv((await download(r.path)).bytes);
      const fields = r.schema!.fields;
      expect(fields.map((f) => f.name)).toEqual(header);
      for (const f of fields) {
        expect(f.description.length).toBeGreaterThan(5);
        for (const row of rows) {
          const cell = row[f.name]!;
          if (cell === '') {
            expect(`${r.name}.${f.name} required: ${!!f.constraints?.required}`).toBe(`${r.name}.${f.name} required: false`);
            continue;
          }
          expect(cell).toMatch(LEXICAL[f.type]);
          if (f.constraints?.enum) expect(f.constraints.enum).toContain(cell);
        }
      }
      const keys = rows.map((row) => r.schema!.primaryKey!.map((k) => row[k]).join('|'));
      expect(new Set(keys).size).toBe(rows.length);
      tables.set(r.name, rows);
    }
    // Foreign keys resolve: every figure's indicator is a row of indicators.csv.
    for (const r of pkg.resources) {
      for (const fk of r.schema?.foreignKeys ?? []) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((row) => row[fk.reference.fields]));
        const refs = tables.get(r.name)!.map((row) => row[fk.fields]!).filter((v) => v !== '');
        expect(refs.length).toBeGreaterThan(50);
        expect(refs.filter((v) => !targets.has(v))).toEqual([]);
      }
    }
  });
});

describe('GET /catalog.jsonld (DCAT)', () => {
  it('is a dcat:Dataset whose distributions download', async () => {
    const { res, text } = await download('catalog.jsonld');
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(text) as { '@type': string; 'dcat:version': string; 'dcat:distribution': { 'dcat:downloadURL'?: { '@id': string }; 'dcat:byteSize'?: { '@value': string } }[] };
    expect(doc['@type']).toBe('dcat:Dataset');
    expect(doc['dcat:version']).toMatch(/^[0-9a-f]{16}$/); // the report's own version (the ETag carries the collection's)
    const files = doc['dcat:distribution'].filter((d) => d['dcat:downloadURL']);
    expect(files).toHaveLength(3);
    for (const d of files) {
      // Relative IRIs resolve against the catalogue's own URL.
      const { res: file, bytes } = await download(new URL(d['dcat:downloadURL']!['@id'], new URL('catalog.jsonld', local.url)).href);
      expect(file.status).toBe(200);
      expect(String(bytes.length)).toBe(d['dcat:byteSize']!['@value']);
    }
  });
});

describe('HTTP behaviour of the downloads', () => {
  const paths = ['downloads/figures.csv', 'downloads/indicators.csv', 'downloads/dataset.json', 'datapackage.json', 'catalog.jsonld'];

  it('every answer is cacheable until the data changes: ETag of the dataset version, public max-age, 304 on If-None-Match', async () => {
    const etags = new Set<string>();
    for (const p of paths) {
      const { res } = await download(p);
      const etag = res.headers.get('etag')!;
      expect(etag).toContain(local.datasetVersion);
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      etags.add(etag);
      const again = await download(p, { headers: { 'if-none-match': etag } });
      expect(again.res.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.res.headers.get('etag')).toBe(etag);
      const stale = await download(p, { headers: { 'if-none-match': '"some-older-version"' } });
      expect(stale.res.status).toBe(200);
    }
    expect(etags.size).toBe(paths.length);
  });

  it('HEAD answers the headers of GET (length included) without a body', async () => {
    const get = await download('downloads/figures.csv');
    const head = await download('downloads/figures.csv', { method: 'HEAD' });
    expect(head.res.status).toBe(200);
    expect(head.bytes.length).toBe(0);
    for (const h of ['content-type', 'content-length', 'etag', 'content-disposition']) expect(head.res.headers.get(h)).toBe(get.res.headers.get(h));
  });

  it('a browser app on any origin may read them (CORS), and preflights pass', async () => {
    const { res } = await download('downloads/figures.csv', { headers: { origin: 'https://portal.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/content-disposition/);
    const preflight = await fetch(new URL('downloads/figures.csv', local.url), {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('an unknown download is a 404 that lists the files; a POST is refused with 405', async () => {
    const missing = await download('downloads/figures.xlsx');
    expect(missing.res.status).toBe(404);
    const body = JSON.parse(missing.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0]!.message).toContain('/downloads/figures.csv');
    const post = await download('downloads/figures.csv', { method: 'POST', body: 'x' });
    expect(post.res.status).toBe(405);
    expect(post.res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('a cold function reads the pointer and the report once; warm answers read nothing', async () => {
    const app = createApp(
      readConfig({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint, AWS_REGION: 'local' }),
      new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    );
    try {
      const cold = newMetrics();
      await withMetrics(cold, () => app.handler(apiEvent({ method: 'GET', path: '/datapackage.json' }), lambdaContext()));
      expect(cold.commands).toEqual(['GetItemCommand', 'QueryCommand']);
      for (const p of paths) {
        const metrics = newMetrics();
        const result = await withMetrics(metrics, () => app.handler(apiEvent({ method: 'GET', path: `/${p}` }), lambdaContext()));
        expect(result.statusCode).toBe(200);
        expect(metrics.commands).toEqual([]);
      }
    } finally {
      app.documentClient.destroy();
    }
  });

  it('a store outage is a retryable 503 with a JSON error, never a crash', async () => {
    // Nothing listens on port 9 (discard): every DynamoDB call fails to connect.
    const down = createApp(readConfig({ TABLE_NAME: 'x', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9', AWS_REGION: 'local' }), new Logger({ serviceName: 'test', logLevel: 'SILENT' }));
    const { server, port } = await serveLambda(down.handler, 0);
    try {
      for (const p of paths) {
        const res = await fetch(`http://localhost:${port}/${p}`);
        expect(res.status).toBe(503);
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await res.json()).toEqual({
          errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }],
        });
      }
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      down.documentClient.destroy();
    }
  });
});

describe('docs/downloads.md', () => {
  it('documents every column of both CSVs', async () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'downloads.md'), 'utf8');
    for (const p of ['downloads/figures.csv', 'downloads/indicators.csv']) {
      const { header } = parseCsv((await download(p)).bytes);
      expect(header.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
    }
  });
});
