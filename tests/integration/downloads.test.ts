/**
 * What an open-data portal sees over real HTTP from the local server (the same
 * Lambda handler as in AWS): bulk CSV/JSON downloads that parse back to the
 * dataset, a Frictionless datapackage.json that describes them exactly, a DCAT
 * catalogue whose links work, and HTTP caching, HEAD, CORS and outages done right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { DOWNLOAD_INDEX, TABLE_NAMES } from '../../lambda/downloads/paths';
import { newMetrics, withMetrics } from '../../lambda/data/request-metrics';
import { DEFAULT_REPORT_DIR } from '../../seed/extract';
import { serveLambda } from '../../scripts/lambda-http-adapter';
import { apiEvent, lambdaContext } from '../helpers/events';
import { createTestApp } from '../helpers/app';
import { dataset } from '../helpers/local-store';
import { HUOZHOU_DIR, useLocalServer } from '../helpers/local-server';

const REPORT_BYTES = fs.readFileSync(path.join(DEFAULT_REPORT_DIR, 'report.txt'));
const REPORT_TEXT = REPORT_BYTES.toString('utf8');
const REPORT_SHA256 = createHash('sha256').update(REPORT_BYTES).digest('hex');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

// One report: the sizes and exact bytes these tests check are Huozhou's. Publishing may take a while on a busy machine.
const local = useLocalServer({ tableName: 'downloads', reportDirs: [HUOZHOU_DIR] }, 600_000);

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

/** Huozhou's rows: the store may hold the whole collection; Huozhou's are checked against its text. */
const HUOZHOU = 'huozhou-2024';
const ofHuozhou = (rows: Row[]): Row[] => rows.filter((r) => r.report_id === HUOZHOU);

describe('GET /downloads/figures.csv', () => {
  let bytes: Buffer;
  let res: Response;
  let header: string[];
  let rows: Row[];
  beforeAll(async () => {
    ({ res, bytes } = await download('downloads/figures.csv'));
    ({ header, rows } = parseCsv(bytes));
  });

  it('is a UTF-8 CSV without a byte-order mark, saved as a file', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="government-work-reports-figures.csv"');
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(false);
    expect(bytes.subarray(0, 10).toString('utf8')).toBe('report_id,');
    // Over 5 MB (the whole collection) the file comes gzip-encoded; the length is then the compressed one.
    if (!res.headers.get('content-encoding')) expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
  });

  it('has a twin for spreadsheets: the same bytes behind a byte-order mark', async () => {
    const excel = await download('downloads/figures-excel.csv');
    expect(excel.res.status).toBe(200);
    expect(excel.res.headers.get('content-disposition')).toBe('attachment; filename="government-work-reports-figures-excel.csv"');
    expect(excel.bytes.equals(Buffer.concat([BOM, bytes]))).toBe(true);
    expect(excel.res.headers.get('etag')).not.toBe(res.headers.get('etag'));
  });

  it('has the documented columns and one row per figure, in report order', () => {
    expect(header).toEqual([
      'report_id', 'id', 'year', 'kind', 'subject_zh_hant', 'subject_zh_hans', 'subject_en', 'value', 'value_low', 'value_high', 'value_text', 'unit',
      'normalized_value', 'base_unit', 'comparator', 'measure', 'change_percent', 'curation', 'sector_id', 'indicator_id',
      'project_id', 'source_start', 'source_end', 'source_quote', 'source_text',
    ]);
    expect(ofHuozhou(rows).map((r) => r.id)).toEqual(dataset().figures.map((f) => f.id));
    // Report by report (in id order), each in report order.
    const reportIds = [...new Set(rows.map((r) => r.report_id!))];
    expect([...reportIds].sort()).toEqual(reportIds);
    for (const id of reportIds) {
      const starts = rows.filter((r) => r.report_id === id).map((r) => Number(r.id!.slice(1)));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }
  });

  it('quotes every figure verbatim: source_quote is report.txt between source_start and source_end', () => {
    for (const r of ofHuozhou(rows)) expect(r.source_quote).toBe(REPORT_TEXT.slice(Number(r.source_start), Number(r.source_end)));
    // Quotes with commas and quotes survive the round trip (the report writes commas inside clauses).
    expect(rows.filter((r) => r.source_quote!.includes(',')).length).toBeGreaterThan(10);
  });

  it('keeps numbers as exact decimal strings: 114.7億元 → 11470000000 CNY', () => {
    const gdp = ofHuozhou(rows).find((r) => r.indicator_id === 'gdp' && r.year === '2023')!;
    expect(gdp).toMatchObject({ value: '114.7', value_text: '114.7', unit: '億元', normalized_value: '11470000000', base_unit: 'CNY', kind: 'ACTUAL' });
    for (const [r, f] of ofHuozhou(rows).map((row, i) => [row, dataset().figures[i]!] as const)) {
      expect([r.value, r.normalized_value, r.change_percent, r.subject_en]).toEqual([f.value ?? '', f.normalizedValue ?? '', f.changePercent ?? '', f.subject.en ?? '']);
    }
  });

  it('one report’s rows are also at /downloads/<reportId>/figures.csv, byte for byte the collection’s part', async () => {
    const id = dataset().report.reportId;
    const one = await download(`downloads/${id}/figures.csv`);
    expect(one.res.status).toBe(200);
    expect(one.res.headers.get('content-disposition')).toBe(`attachment; filename="${id}-figures.csv"`);
    // The report's rows of the collection's file, under the same header.
    const part = parseCsv(one.bytes);
    expect(part.header).toEqual(header);
    expect(part.rows).toEqual(ofHuozhou(rows));
    expect((await download('downloads/no-such-report-2024/figures.csv')).res.status).toBe(404);
  });
});

describe('GET /downloads/indicators.csv', () => {
  it('lists every indicator with its 2023 result and 2024 target: GDP growth 3.8% then at least 7%', async () => {
    const { res, bytes } = await download('downloads/indicators.csv');
    expect(res.status).toBe(200);
    const rows = ofHuozhou(parseCsv(bytes).rows);
    expect(rows.map((r) => r.id)).toEqual(dataset().indicators.map((i) => i.id));
    expect(rows.find((r) => r.id === 'gdp-growth')).toMatchObject({
      report_id: 'huozhou-2024',
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
    for (const r of rows) expect(Number(r.figure_count)).toBe(dataset().indicators.find((i) => i.id === r.id)!.figureIds.length);
  });
});

describe('the other entity tables: reports, projects, sectors, glossary', () => {
  it('reports.csv: one row per report with its source pinned by SHA-256 and length', async () => {
    const { rows } = parseCsv((await download('downloads/reports.csv')).bytes);
    const { report } = dataset();
    expect(new Set(rows.map((r) => r.report_id)).size).toBe(rows.length);
    expect(rows.find((r) => r.report_id === HUOZHOU)).toMatchObject({
      report_id: report.reportId,
      title_zh_hant: report.title.zhHant,
      review_year: '2023',
      plan_year: '2024',
      source_sha256: REPORT_SHA256,
      source_characters: String([...REPORT_TEXT].length),
      dataset_version: dataset().report.datasetVersion,
      figure_count: String(dataset().figures.length),
    });
  });

  it('projects.csv, sectors.csv and glossary.csv hold every record, with verbatim quotes', async () => {
    const projects = ofHuozhou(parseCsv((await download('downloads/projects.csv')).bytes).rows);
    expect(projects.map((r) => r.id)).toEqual(dataset().projects.map((p) => p.id));
    for (const p of projects) if (p.mention_quote) expect(p.mention_quote).toBe(REPORT_TEXT.slice(Number(p.mention_start), Number(p.mention_end)));
    const sectors = ofHuozhou(parseCsv((await download('downloads/sectors.csv')).bytes).rows);
    expect(sectors.map((r) => r.id)).toEqual(dataset().sectors.map((s) => s.id));
    const glossary = ofHuozhou(parseCsv((await download('downloads/glossary.csv')).bytes).rows);
    expect(glossary).toHaveLength(42);
    expect(glossary.find((g) => g.number === '6')).toMatchObject({ term_zh_hant: '三無三可', term_zh_hans: '三无三可', reference_count: '1' });
    for (const g of glossary) expect(g.source_quote).toBe(REPORT_TEXT.slice(Number(g.source_start), Number(g.source_end)));
  });
});

describe('GET /downloads/panel.csv', () => {
  it('one row per report × indicator × year × kind: the first figure stated, how many there are, its quote', async () => {
    const all = parseCsv((await download('downloads/panel.csv')).bytes).rows;
    const keys = all.map((r) => `${r.report_id}|${r.indicator_id}|${r.year}|${r.kind}`);
    expect(new Set(keys).size).toBe(all.length);
    const rows = ofHuozhou(all);
    // Every indicator-linked figure is counted exactly once across the rows.
    const linked = dataset().figures.filter((f) => f.indicatorId !== null);
    expect(rows.reduce((n, r) => n + Number(r.figures_stated), 0)).toBe(linked.length);
    expect(rows.find((r) => r.indicator_id === 'gdp-growth' && r.year === '2024' && r.kind === 'TARGET')).toMatchObject({
      report_id: 'huozhou-2024',
      value: '7',
      unit: '%',
      comparator: 'AT_LEAST',
      normalized_value: '7',
    });
    const figures = new Map(dataset().figures.map((f) => [f.id, f]));
    for (const r of rows) {
      const f = figures.get(r.figure_id!)!;
      expect([f.indicatorId, String(f.year), f.kind, f.value ?? '']).toEqual([r.indicator_id, r.year, r.kind, r.value]);
      // The first in report order of its group.
      const earlier = linked.filter((g) => g.indicatorId === f.indicatorId && g.year === f.year && g.kind === f.kind && g.valueSource.start < f.valueSource.start);
      expect(earlier).toEqual([]);
      expect(r.source_quote).toBe(REPORT_TEXT.slice(Number(r.source_start), Number(r.source_end)));
    }
  });
});

describe('GET /downloads/dataset.json', () => {
  it('is the whole default report as the seed built it, keys stripped; also under the report’s id', async () => {
    const { res, text } = await download('downloads/dataset.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="huozhou-2024-dataset.json"');
    expect(text).not.toMatch(/"(PK|SK|GSI1PK|GSI1SK)"/);
    expect(JSON.parse(text)).toEqual(dataset());
    expect((await download('downloads/huozhou-2024/dataset.json')).text).toBe(text);
  });
});

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
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
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: ForeignKey[] };
}
interface DataPackage {
  id: string;
  name: string;
  title: string;
  description: string;
  version: string;
  homepage: string;
  keywords: string[];
  licenses: { name?: string; path?: string; title?: string }[];
  sources: { title: string; path: string; reportId: string; date?: string; sha256?: string }[];
  resources: Resource[];
}

const LEXICAL: Record<Field['type'], RegExp> = { string: /[\s\S]*/, integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?$/ };

/** Checks a package against its files: bytes, hash, header = fields, every cell, primary keys unique, foreign keys resolve. */
const checkPackage = async (pkg: DataPackage) => {
  const tables = new Map<string, Row[]>();
  for (const r of pkg.resources) {
    expect(r).toMatchObject({ profile: 'tabular-data-resource', encoding: 'utf-8', format: 'csv', mediatype: 'text/csv' });
    // Absolute: the descriptor keeps working when saved or re-hosted.
    expect(r.path.startsWith(local.url)).toBe(true);
    const { res, bytes } = await download(r.path);
    expect(res.status).toBe(200);
    expect(r.bytes).toBe(bytes.length);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    const { header, rows } = parseCsv(bytes);
    expect(r.schema.fields.map((f) => f.name)).toEqual(header);
    for (const f of r.schema.fields) {
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
    const keys = rows.map((row) => r.schema.primaryKey.map((k) => row[k]).join('|'));
    expect(new Set(keys).size).toBe(rows.length);
    tables.set(r.name, rows);
  }
  let checked = 0;
  for (const r of pkg.resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const key = (row: Row, fields: string[]) => fields.map((f) => row[f]).join('|');
      const targets = new Set(tables.get(fk.reference.resource)!.map((row) => key(row, fk.reference.fields)));
      const refs = tables.get(r.name)!.filter((row) => fk.fields.every((f) => row[f] !== ''));
      expect(refs.filter((row) => !targets.has(key(row, fk.fields)))).toEqual([]);
      checked += refs.length;
    }
  }
  return { tables, checked };
};

describe('GET /datapackage.json (Frictionless Data Package)', () => {
  let pkg: DataPackage;
  beforeAll(async () => {
    const { res, text } = await download('datapackage.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    pkg = JSON.parse(text) as DataPackage;
  });

  it('names the collection with the version the server publishes, the project’s licence and each source with its own terms', async () => {
    expect(pkg.name).toMatch(/^[a-z0-9._/-]+$/);
    expect(pkg.id).toBe(`${local.url}datapackage.json`);
    expect(pkg.homepage).toBe(local.url);
    expect(pkg.description.length).toBeGreaterThan(100);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['政府工作报告', '政府工作報告', 'government work report']));
    // The collection's version (one report alone: its dataset version); a report's own package has the report's.
    expect(pkg.version).toBe(local.datasetVersion);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' })]);
    const reports = parseCsv((await download('downloads/reports.csv')).bytes).rows;
    expect(pkg.sources.map((s) => s.reportId)).toEqual(reports.map((r) => r.report_id));
    const huozhou = pkg.sources.find((s) => s.reportId === HUOZHOU)!;
    expect(huozhou).toMatchObject({ reportId: 'huozhou-2024', date: '2024-04-11', sha256: REPORT_SHA256 });
    expect(huozhou.title).toContain('2024年霍州市政府工作報告');
  });

  it('lists every table by an absolute URL whose bytes and sha256 match, and every cell satisfies its Table Schema', async () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(['reports', 'figures', 'indicators', 'projects', 'sectors', 'glossary', 'panel']);
    const { checked } = await checkPackage(pkg);
    expect(checked).toBeGreaterThan(400);
    // Keys span the collection: every table but reports is keyed by its report too.
    for (const r of pkg.resources) expect(r.schema.primaryKey[0]).toBe('report_id');
    expect(pkg.resources.find((r) => r.name === 'panel')!.schema.primaryKey).toEqual(['report_id', 'indicator_id', 'year', 'kind']);
    expect(pkg.resources.find((r) => r.name === 'figures')!.schema.foreignKeys).toEqual([
      { fields: ['report_id', 'sector_id'], reference: { resource: 'sectors', fields: ['report_id', 'id'] } },
    ]);
  });

  it('a report’s own package (/downloads/<id>/datapackage.json) declares every link, figure → indicator included', async () => {
    const one = JSON.parse((await download('downloads/huozhou-2024/datapackage.json')).text) as DataPackage;
    const api = await fetch(local.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ report { datasetVersion } }' }),
    });
    expect(one.version).toBe(((await api.json()) as { data: { report: { datasetVersion: string } } }).data.report.datasetVersion);
    expect(one.version).toBe(dataset().report.datasetVersion);
    expect(one.resources.every((r) => r.path.startsWith(`${local.url}downloads/huozhou-2024/`))).toBe(true);
    expect(one.resources.find((r) => r.name === 'figures')!.schema.foreignKeys).toEqual(
      expect.arrayContaining([{ fields: ['indicator_id'], reference: { resource: 'indicators', fields: ['id'] } }]),
    );
    const { tables } = await checkPackage(one);
    expect(tables.get('figures')!.filter((f) => f.indicator_id).length).toBeGreaterThan(50);
  });
});

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] =>
  Array.isArray(value) ? value.flatMap(nodes) : value && typeof value === 'object' ? [value as Node, ...Object.values(value).flatMap(nodes)] : [];
const ids = (value: unknown): string[] => nodes(value).flatMap((n) => (typeof n['@id'] === 'string' ? [n['@id']] : []));
const asList = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : []);

describe('GET /catalog.jsonld (DCAT-AP 3)', () => {
  let doc: Node;
  let datasets: Node[];
  beforeAll(async () => {
    const { res, text } = await download('catalog.jsonld');
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    doc = JSON.parse(text) as Node;
    datasets = asList(doc['dcat:dataset']);
  });

  it('every IRI is absolute (or a declared prefix), so the document keeps its meaning anywhere', () => {
    const prefixes = Object.keys(doc['@context'] as Node);
    for (const id of ids(doc)) expect(/^https?:\/\//.test(id) || prefixes.includes(id.split(':')[0]!)).toBe(true);
    expect(doc['@id']).toBe(`${local.url}catalog.jsonld`);
  });

  it('has the mandatory properties: catalogue title, description, one publisher with a name; datasets title and description', () => {
    expect(doc['@type']).toBe('dcat:Catalog');
    expect(asList(doc['dct:title']).length).toBeGreaterThan(0);
    expect(asList(doc['dct:description']).length).toBeGreaterThan(0);
    const publisher = doc['dct:publisher'] as Node;
    expect(asList(publisher['foaf:name']).map((n) => n['@language'])).toEqual(expect.arrayContaining(['en', 'zh-Hans']));
    // The collection and one dataset per report.
    expect(datasets[0]!['@id']).toBe(`${local.url}catalog.jsonld#collection`);
    expect(datasets.map((d) => d['@id'])).toContain(`${local.url}catalog.jsonld#huozhou-2024`);
    for (const d of datasets) {
      expect(d['@type']).toBe('dcat:Dataset');
      expect(asList(d['dct:title']).length).toBeGreaterThan(0);
      expect(asList(d['dct:description']).map((t) => t['@language'])).toEqual(['en', 'zh-Hans']);
      expect((d['dct:publisher'] as Node)['@id']).toBe(`${local.url}#publisher`);
      expect(ids(d['dct:license'])).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
      expect(asList(d['dcat:keyword']).map((k) => k['@value'])).toEqual(expect.arrayContaining(['政府工作报告', 'government work report']));
      expect(ids(d['dcat:landingPage'])[0]).toMatch(new RegExp(`^${local.url}`));
    }
    const service = doc['dcat:service'] as Node;
    expect(service['@type']).toBe('dcat:DataService');
    expect(ids(service['dcat:endpointURL'])).toEqual([local.graphqlUrl]);
    expect(asList(service['dct:title']).length).toBe(1);
  });

  it('states coverage: China and each place (spatial), the years (temporal), the version', () => {
    const collection = datasets[0]!;
    const report = datasets.find((d) => d['@id'] === `${local.url}catalog.jsonld#huozhou-2024`)!;
    expect(ids(collection['dct:spatial'])).toContain('http://publications.europa.eu/resource/authority/country/CHN');
    // The place as report.json gives it: names in each script, GB/T 2260 code, province.
    const place = report['dct:spatial'] as Node;
    expect(place['dct:identifier']).toBe('141082');
    expect(asList(place['locn:geographicName']).map((n) => n['@value'])).toEqual(expect.arrayContaining(['Huozhou', '霍州市']));
    // Modified: when the current version was published (the data layer's pointer).
    for (const node of [doc, collection, report]) expect((node['dct:modified'] as Node)['@type']).toBe('xsd:dateTime');
    expect(Date.parse(String((doc['dct:modified'] as Node)['@value']))).toBeLessThanOrEqual(Date.now());
    const temporal = report['dct:temporal'] as Node;
    expect([(temporal['dcat:startDate'] as Node)['@value'], (temporal['dcat:endDate'] as Node)['@value']]).toEqual(['2023-01-01', '2024-12-31']);
    expect(report['dcat:version']).toBe(dataset().report.datasetVersion);
    expect(collection['dcat:version']).toBe(local.datasetVersion);
    // The source keeps its own identity: its SHA-256 and delivery date.
    const source = report['prov:wasDerivedFrom'] as Node;
    expect(((source['spdx:checksum'] as Node)['spdx:checksumValue'] as Node)['@value']).toBe(
      REPORT_SHA256,
    );
  });

  it('every distribution has an absolute access URL; the files download with the stated size and SHA-1', async () => {
    for (const d of datasets.flatMap((set) => asList(set['dcat:distribution']))) expect(ids(d['dcat:accessURL'])[0]).toMatch(/^https?:\/\//);
    // Downloaded: the collection's files and Huozhou's.
    const checked = datasets.filter((d) => d['@id'] === `${local.url}catalog.jsonld#collection` || d['@id'] === `${local.url}catalog.jsonld#huozhou-2024`);
    const files = checked.flatMap((set) => asList(set['dcat:distribution'])).filter((d) => d['dcat:downloadURL']);
    // Seven tables for the collection; seven tables and dataset.json for the report.
    expect(files).toHaveLength(15);
    // Sizes and checksums for the tables (dataset.json: 141 of them would be written only to be counted).
    expect(files.filter((d) => !d['dcat:byteSize']).map((d) => ids(d['dcat:downloadURL'])[0])).toEqual([`${local.url}downloads/huozhou-2024/dataset.json`]);
    for (const d of files) {
      const url = ids(d['dcat:downloadURL'])[0]!;
      expect(url.startsWith(local.url)).toBe(true);
      const { res, bytes } = await download(url);
      expect(res.status).toBe(200);
      if (!d['dcat:byteSize']) continue;
      expect(String(bytes.length)).toBe((d['dcat:byteSize'] as Node)['@value']);
      expect(((d['spdx:checksum'] as Node)['spdx:checksumValue'] as Node)['@value']).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('behind a proxy the links follow PUBLIC_BASE_URL; without it, the request’s host and API Gateway stage', async () => {
    const configured = createTestApp({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint, PUBLIC_BASE_URL: 'https://data.example.org/reports/' });
    try {
      const result = await configured.handler(apiEvent({ method: 'GET', path: '/catalog.jsonld' }), lambdaContext());
      const ours = ids(JSON.parse(String(result.body))).filter((id) => id.includes('example'));
      expect(ours.length).toBeGreaterThan(20);
      for (const id of ours) expect(id.startsWith('https://data.example.org/reports/')).toBe(true);
      const staged = apiEvent({ method: 'GET', path: '/prod/datapackage.json', headers: { 'x-forwarded-proto': 'https' } });
      staged.requestContext.stage = 'prod';
      const app = createTestApp({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint });
      try {
        const pkg = JSON.parse(String((await app.handler(staged, lambdaContext())).body)) as DataPackage;
        expect(pkg.resources[0]!.path).toBe('https://api.example.test/prod/downloads/reports.csv');
      } finally {
        app.documentClient.destroy();
      }
    } finally {
      configured.documentClient.destroy();
    }
  });
});

describe('HTTP behaviour of the downloads', () => {
  const paths = [
    ...['reports', 'figures', 'indicators', 'projects', 'sectors', 'glossary', 'panel'].map((t) => `downloads/${t}.csv`),
    'downloads/figures-excel.csv',
    'downloads/huozhou-2024/panel.csv',
    'downloads/dataset.json',
    'downloads/huozhou-2024/datapackage.json',
    'datapackage.json',
    'catalog.jsonld',
  ];

  it('every answer is cacheable until the data changes: ETag of the dataset version, public max-age, 304 on If-None-Match', async () => {
    const etags = new Set<string>();
    for (const p of paths) {
      const { res } = await download(p);
      const etag = res.headers.get('etag')!;
      // A report's own files follow its version; the collection's files the collection's.
      expect(etag).toContain(/huozhou-2024\/|dataset\.json/.test(p) ? dataset().report.datasetVersion : local.datasetVersion);
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

  it('the index pages list (DOWNLOAD_INDEX) names every table and answers 200 at each path', async () => {
    expect(TABLE_NAMES.filter((t) => !DOWNLOAD_INDEX.some((d) => d.path === `downloads/${t}.csv`))).toEqual([]);
    for (const d of DOWNLOAD_INDEX) {
      const { res } = await download(d.path, { method: 'HEAD' });
      expect([d.path, res.status, res.headers.get('content-type')?.split(';')[0]]).toEqual([d.path, 200, d.mediatype]);
    }
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
    const app = createTestApp({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint });
    try {
      const cold = newMetrics();
      await withMetrics(cold, () => app.handler(apiEvent({ method: 'GET', path: '/datapackage.json' }), lambdaContext()));
      // The pointer, then one Query per report of the collection.
      const reports = parseCsv((await download('downloads/reports.csv')).bytes).rows.length;
      expect(cold.commands).toEqual(['GetItemCommand', ...Array<string>(reports).fill('QueryCommand')]);
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

  it('a revalidation is answered from the pointer alone, for a report\'s files as for the collection\'s', async () => {
    for (const p of ['downloads/huozhou-2024/panel.csv', 'downloads/dataset.json', 'downloads/figures.csv']) {
      const etag = (await download(p)).res.headers.get('etag')!;
      // A cold function each time: what it reads for the 304 is all it reads.
      const app = createTestApp({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint });
      try {
        const metrics = newMetrics();
        const result = await withMetrics(metrics, () => app.handler(apiEvent({ method: 'GET', path: `/${p}`, headers: { 'if-none-match': etag } }), lambdaContext()));
        expect({ p, status: result.statusCode }).toEqual({ p, status: 304 });
        expect({ p, commands: metrics.commands }).toEqual({ p, commands: ['GetItemCommand'] });
      } finally {
        app.documentClient.destroy();
      }
    }
  });

  it('a file too large for one Lambda response goes gzip-compressed where accepted, else a 406 that names the way out', async () => {
    // A limit below figures.csv (~78 KB) stands in for the collection's ~10 MB against Lambda's 6 MB.
    const app = createTestApp({ TABLE_NAME: local.tableName, DYNAMODB_ENDPOINT: local.dynamoEndpoint, DOWNLOADS_MAX_BODY_BYTES: '30000' });
    const get = (p: string, headers: Record<string, string> = {}) => app.handler(apiEvent({ method: 'GET', path: p, headers }), lambdaContext());
    try {
      const { bytes } = await download('downloads/figures.csv');
      const gz = (await get('/downloads/figures.csv', { 'accept-encoding': 'br;q=1, gzip;q=0.8' }))!;
      const headers = gz.headers as Record<string, string>;
      expect([gz.statusCode, headers['content-encoding'], gz.isBase64Encoded]).toEqual([200, 'gzip', true]);
      const compressed = Buffer.from(String(gz.body), 'base64');
      expect(gunzipSync(compressed).equals(bytes)).toBe(true);
      expect(Number(headers['content-length'])).toBe(compressed.length);
      expect(headers.etag).toMatch(/-gzip"$/);
      expect(headers.vary).toBe('accept-encoding');
      // Revalidating the compressed representation: 304 with its own ETag.
      expect((await get('/downloads/figures.csv', { 'accept-encoding': 'gzip', 'if-none-match': headers.etag! }))!.statusCode).toBe(304);

      for (const refused of [{}, { 'accept-encoding': 'gzip;q=0, br' }] as Record<string, string>[]) {
        const tooLarge = (await get('/downloads/figures.csv', refused))!;
        expect(tooLarge.statusCode).toBe(406);
        const error = (JSON.parse(String(tooLarge.body)) as { errors: { message: string; extensions: { code: string; bytes: number } }[] }).errors[0]!;
        expect(error.extensions).toMatchObject({ code: 'NOT_ACCEPTABLE', bytes: bytes.length });
        expect(error.message).toContain('Accept-Encoding: gzip');
        expect(error.message).toContain('/downloads/<reportId>/figures.csv');
      }
      // Files under the limit go as they are: CloudFront compresses at the edge.
      const small = (await get('/downloads/huozhou-2024/reports.csv', { 'accept-encoding': 'gzip' }))!;
      expect([small.statusCode, (small.headers as Record<string, string>)['content-encoding']]).toEqual([200, undefined]);
    } finally {
      app.documentClient.destroy();
    }
  });

  it('a store outage is a retryable 503 with a JSON error, never a crash', async () => {
    // Nothing listens on port 9 (discard): every DynamoDB call fails to connect.
    const down = createTestApp({ TABLE_NAME: 'x', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' });
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
  it('documents every column of every CSV', async () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'downloads.md'), 'utf8');
    for (const p of ['reports', 'figures', 'indicators', 'projects', 'sectors', 'glossary', 'panel'].map((t) => `downloads/${t}.csv`)) {
      expect(doc).toContain(`/${p}`);
      const { header } = parseCsv((await download(p)).bytes);
      expect(header.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
    }
  });
});
