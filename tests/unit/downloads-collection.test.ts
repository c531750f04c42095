/**
 * The downloads over a collection of several reports, before the store serves
 * more than one: the renderer, the Data Package and the DCAT catalogue built
 * from Huozhou's real dataset and a second report made from it (another id,
 * version and a place, as report.json will give), so keys, links, slices and
 * per-report metadata are checked across reports.
 */
import { parse } from 'csv-parse/sync';
import type { Dataset } from '../../lambda/data/records';
import { dcatCatalog } from '../../lambda/downloads/dcat';
import { Renderer } from '../../lambda/downloads/files';
import { dataPackage, foreignKeys, primaryKey } from '../../lambda/downloads/package';
import { TABLE_NAMES } from '../../lambda/downloads/paths';
import { reportMeta, type Collection, type Place } from '../../lambda/downloads/read';
import { collectionVersionOf, publishedReportOf } from '../../seed/publish';
import { dataset } from '../helpers/local-store';

const BASE = 'https://data.example.org/api';

const PLACE: Place = {
  name: { zhHans: '晋城市', zhHant: '晉城市', en: 'Jincheng' },
  province: { zhHans: '山西省', zhHant: '山西省', en: 'Shanxi' },
  level: 'PREFECTURE',
  code: '140500',
};

/** Huozhou's dataset under another report id, with these report fields. */
const copyAs = (reportId: string, report: Record<string, unknown>): Dataset => {
  const copy = JSON.parse(JSON.stringify(dataset()).replaceAll('"huozhou-2024"', `"${reportId}"`)) as Dataset;
  Object.assign(copy.report, report);
  return copy;
};
/** Another report id and version, with a place (report.json's fields). */
const second = (): Dataset => copyAs('second-2024', { datasetVersion: 'v2', place: PLACE, attribution: 'Test attribution, kept beside the source.' });
/** Another copy without report.json's place and attribution (a report described before them). */
const third = (): Dataset => copyAs('third-2024', { datasetVersion: 'v3', place: null, attribution: null });

const huozhou = reportMeta(dataset());

const collection = (): Collection => {
  const reports = [dataset(), second(), third()];
  return { version: collectionVersionOf(reports.map(publishedReportOf)), publishedAt: '2026-11-30T10:00:00.000Z', reports };
};
// Built once: the tests only read it.
const c = collection();
const renderer = new Renderer(c);

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse(csv, { columns: true }) as Row[];

describe('the collection tables', () => {

  it('hold every report’s rows, keys unique across reports, and a report’s file is the header plus its part', () => {
    for (const name of TABLE_NAMES) {
      const all = renderer.csv(name, null);
      const rows = rowsOf(all.body);
      const key = primaryKey(all.table!, 'collection');
      expect(new Set(rows.map((r) => key.map((k) => r[k]).join('|'))).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r.report_id))).toEqual(new Set(['huozhou-2024', 'second-2024', 'third-2024']));
      const [header, ...first] = renderer.csv(name, c.reports[0]!).body.split('\r\n');
      const [, ...other] = renderer.csv(name, c.reports[1]!).body.split('\r\n');
      const [, ...last] = renderer.csv(name, c.reports[2]!).body.split('\r\n');
      expect(all.body).toBe([header, ...first.slice(0, -1), ...other.slice(0, -1), ...last].join('\r\n'));
    }
  });

  it('the panel carries the place where report.json gives it, and empty cells where not', () => {
    const panel = rowsOf(renderer.csv('panel', null).body);
    const growth = panel.filter((r) => r.indicator_id === 'gdp-growth' && r.year === '2024' && r.kind === 'TARGET');
    expect(growth.map((r) => [r.report_id, r.place_zh_hans, r.province_en, r.division_code, r.value])).toEqual([
      ['huozhou-2024', huozhou.place!.name.zhHans, huozhou.place!.province!.en, huozhou.place!.code, '7'],
      ['second-2024', '晋城市', 'Shanxi', '140500', '7'],
      ['third-2024', '', '', '', '7'],
    ]);
    expect(huozhou.place!.name.zhHans).toBe('霍州市');
    const reports = rowsOf(renderer.csv('reports', null).body);
    expect(reports.map((r) => [r.report_id, r.level, r.attribution, r.dataset_version])).toEqual([
      ['huozhou-2024', huozhou.place!.level, huozhou.attribution, dataset().report.datasetVersion],
      ['second-2024', 'PREFECTURE', 'Test attribution, kept beside the source.', 'v2'],
      ['third-2024', '', '', 'v3'],
    ]);
  });

  it('every declared foreign key resolves across the collection', () => {
    const pkg = dataPackage(c, null, renderer.csvFiles(null), BASE);
    const tables = new Map(pkg.resources.map((r) => [r.name, rowsOf(renderer.csv(r.name as (typeof TABLE_NAMES)[number], null).body)]));
    let checked = 0;
    for (const r of pkg.resources) {
      for (const fk of r.schema.foreignKeys ?? []) {
        const key = (row: Row, fields: string[]) => fields.map((f) => row[f]).join('|');
        const targets = new Set(tables.get(fk.reference.resource)!.map((row) => key(row, fk.reference.fields)));
        for (const row of tables.get(r.name)!) {
          expect(targets.has(key(row, fk.fields))).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // At most one key per table holds report_id (datapackage-js resolves keys in place).
    for (const r of pkg.resources) expect((r.schema.foreignKeys ?? []).filter((k) => k.fields.includes('report_id')).length).toBeLessThanOrEqual(1);
    expect(foreignKeys(renderer.csv('figures', null).table!, 'report').map((k) => k.fields[0])).toEqual(['report_id', 'sector_id', 'indicator_id', 'project_id']);
  });

  it('the package names the collection’s version, every source with its attribution, absolute paths', () => {
    const pkg = dataPackage(c, null, renderer.csvFiles(null), BASE);
    expect(pkg.version).toBe(c.version);
    expect(pkg.version).not.toBe(dataset().report.datasetVersion);
    expect(pkg.sources.map((s) => [s.reportId, s.attribution, s.path])).toEqual([
      ['huozhou-2024', huozhou.attribution, huozhou.officialUrl ?? `${BASE}/reports/huozhou-2024/report.txt`],
      ['second-2024', 'Test attribution, kept beside the source.', `${BASE}/reports/second-2024/report.txt`],
      ['third-2024', null, `${BASE}/reports/third-2024/report.txt`],
    ]);
    expect(pkg.resources.every((r) => r.path.startsWith(`${BASE}/downloads/`))).toBe(true);
    const one = dataPackage(c, c.reports[1]!, renderer.csvFiles(c.reports[1]!), BASE);
    expect(one.keywords).toEqual(expect.arrayContaining(['晋城市', '晉城市', 'Jincheng', '山西省', 'Shanxi']));
    expect(one.version).toBe('v2');
  });
});

describe('the DCAT catalogue of several reports', () => {
  const catalog = dcatCatalog(c, (d) => (d ? [...renderer.csvFiles(d), renderer.datasetInfo(d)] : renderer.csvFiles(null)), BASE, {
    issued: null,
    modified: c.publishedAt,
  });
  const [collectionSet, first, other, last] = catalog['dcat:dataset'] as Record<string, unknown>[];

  it('one dataset per report, part of the collection, each with its own files', () => {
    expect([collectionSet, first, other, last].map((d) => d!['@id'])).toEqual([
      `${BASE}/catalog.jsonld#collection`,
      `${BASE}/catalog.jsonld#huozhou-2024`,
      `${BASE}/catalog.jsonld#second-2024`,
      `${BASE}/catalog.jsonld#third-2024`,
    ]);
    expect(other!['dct:isPartOf']).toEqual({ '@id': `${BASE}/catalog.jsonld#collection` });
    const urls = (other!['dcat:distribution'] as { 'dcat:downloadURL': { '@id': string } }[]).map((d) => d['dcat:downloadURL']['@id']);
    expect(urls).toEqual([...TABLE_NAMES.map((t) => `${BASE}/downloads/second-2024/${t}.csv`), `${BASE}/downloads/second-2024/dataset.json`]);
  });

  it('spatial: the place in three scripts with its division code and province; absent where unknown', () => {
    expect(other!['dct:spatial']).toEqual({
      '@type': 'dct:Location',
      'locn:geographicName': [
        { '@value': 'Jincheng', '@language': 'en' },
        { '@value': '晋城市', '@language': 'zh-Hans' },
        { '@value': '晉城市', '@language': 'zh-Hant' },
      ],
      'dct:identifier': '140500',
      'dct:isPartOf': { '@type': 'dct:Location', 'locn:geographicName': [{ '@value': 'Shanxi', '@language': 'en' }, { '@value': '山西省', '@language': 'zh-Hans' }] },
    });
    expect(last!['dct:spatial']).toBeUndefined();
    expect((first!['dct:spatial'] as { 'dct:identifier': string })['dct:identifier']).toBe(huozhou.place!.code);
    // The place is a keyword too, each name tagged with its script.
    expect(other!['dcat:keyword']).toEqual(
      expect.arrayContaining([
        { '@value': '晋城市', '@language': 'zh-Hans' },
        { '@value': '晉城市', '@language': 'zh-Hant' },
        { '@value': 'Jincheng', '@language': 'en' },
        { '@value': '政府工作報告', '@language': 'zh-Hant' },
      ]),
    );
    // China, then each known place.
    expect((collectionSet!['dct:spatial'] as unknown[]).length).toBe(3);
  });

  it('modified: when the current version was published; the source’s terms as dct:rights', () => {
    for (const d of [catalog, collectionSet, first, other] as Record<string, unknown>[]) {
      expect(d['dct:modified']).toEqual({ '@value': '2026-11-30T10:00:00.000Z', '@type': 'xsd:dateTime' });
    }
    expect(other!['dct:rights']).toEqual({ '@type': 'dct:RightsStatement', 'rdfs:label': { '@value': 'Test attribution, kept beside the source.', '@language': 'en' } });
  });
});
