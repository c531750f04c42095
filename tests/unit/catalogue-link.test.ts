/**
 * The catalogue post-pass on a real shared report (晋城, Simplified, no
 * curation): headline readings become figures linked to catalogue slugs, a
 * figure the extractor already made is linked rather than duplicated, a
 * curated link is never overridden, and every observed catalogue indicator is
 * an indicator of the report with the catalogue's names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FigureRecord, SourceRef } from '../../lambda/data/records';
import { loadCatalogue } from '../../seed/catalogue/catalogue';
import { readHeadlines } from '../../seed/extract/indicators/headline';
import { linkCatalogue, type LinkInput } from '../../seed/extract/indicators/link';
import { headlineFixtureRefs, sharedReportText } from '../helpers/shared-report';

const text = sharedReportText(headlineFixtureRefs().find((r) => r.id === 'jincheng-2024')!);
const points = [...text];
const ref = (start: number, end: number): SourceRef => {
  const quote = points.slice(start, end).join('');
  return { start, end, quote, text: quote };
};
const base = (over: Partial<LinkInput> = {}): LinkInput => ({
  reportId: 'jincheng-2024',
  text,
  script: 'zh-Hans',
  reviewYear: 2023,
  planYear: 2024,
  figures: [],
  indicators: [],
  sectors: [],
  ref,
  ...over,
});
const offsetOf = (needle: string): number => {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThan(0);
  return [...text.slice(0, at)].length;
};

describe('linkCatalogue on 晋城', () => {
  const result = linkCatalogue(base());

  it('makes a figure of every headline reading, quoted exactly and EXTRACTED', () => {
    expect(result.figures.length).toBe(result.links.length);
    for (const f of result.figures) {
      expect(f.curation).toBe('EXTRACTED');
      expect(points.slice(f.source.start, f.source.end).join('')).toBe(f.source.quote);
      expect(f.source.quote).toContain(f.valueSource.quote);
    }
    const growth = result.figures.find((f) => f.indicatorId === 'gdp-growth' && f.kind === 'TARGET')!;
    expect(growth).toMatchObject({ value: '6', unit: '％', comparator: 'ABOUT', comparatorText: '左右', year: 2024, normalizedValue: '6', baseUnit: 'percent' });
    const gdp = result.figures.find((f) => f.indicatorId === 'gdp' && f.kind === 'ACTUAL')!;
    expect(gdp).toMatchObject({ value: '2333.3', unit: '亿元', normalizedValue: '233330000000', year: 2023 });
    const income = result.figures.find((f) => f.indicatorId === 'urban-disposable-income-per-capita-growth')!;
    expect(income).toMatchObject({ value: null, valueText: '与经济增长基本同步', comparator: 'QUALITATIVE', kind: 'TARGET' });
  });

  it('answers one value per slug, year and kind, and one indicator per observed slug with the catalogue names', () => {
    const keys = result.figures.map((f) => `${f.indicatorId}|${f.year}|${f.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    const slugs = new Set(result.figures.map((f) => f.indicatorId));
    expect(new Set(result.indicators.map((i) => i.id))).toEqual(slugs);
    const growth = result.indicators.find((i) => i.id === 'gdp-growth')!;
    expect(growth).toMatchObject({ name: { zhHans: '地区生产总值增长', zhHant: '地區生產總值增長', en: 'GDP growth' }, levelIndicatorId: 'gdp', measure: 'CHANGE' });
    expect(growth.figureIds).toHaveLength(2);
  });

  it('links the figure the extractor made instead of adding one', () => {
    const start = offsetOf('6％左右');
    const extracted = { ...result.figures.find((f) => f.indicatorId === 'gdp-growth' && f.kind === 'TARGET')!, id: 'from-extractor', indicatorId: null, curation: 'EXTRACTED' as const };
    const again = linkCatalogue(base({ figures: [extracted] }));
    expect(again.figures.filter((f) => f.valueSource.start === start)).toHaveLength(1);
    expect(again.figures.find((f) => f.id === 'from-extractor')).toMatchObject({ indicatorId: 'gdp-growth', curation: 'EXTRACTED' });
  });

  it('never overrides a curated link or adds a second value for what curation answers', () => {
    const curated: FigureRecord = { ...result.figures.find((f) => f.indicatorId === 'gdp' && f.kind === 'ACTUAL')!, id: 'curated', indicatorId: 'gdp', curation: 'CURATED' };
    const other: FigureRecord = { ...result.figures.find((f) => f.indicatorId === 'cpi')!, id: 'elsewhere', indicatorId: 'some-own-indicator', curation: 'CURATED' };
    const again = linkCatalogue(base({ figures: [curated, other] }));
    expect(again.figures.filter((f) => f.indicatorId === 'gdp' && f.kind === 'ACTUAL').map((f) => f.id)).toEqual(['curated']);
    expect(again.figures.find((f) => f.id === 'elsewhere')).toMatchObject({ indicatorId: 'some-own-indicator', curation: 'CURATED' });
    expect(again.links.find((l) => l.observation.slug === 'cpi')?.outcome).toBe('SKIPPED');
  });
});

describe('one wording, several targets (上海)', () => {
  const shanghai = sharedReportText(headlineFixtureRefs().find((r) => r.id === 'shanghai-2024')!);
  const cps = [...shanghai];
  const r = linkCatalogue({
    ...base(),
    reportId: 'shanghai-2024',
    text: shanghai,
    ref: (start, end) => ({ start, end, quote: cps.slice(start, end).join(''), text: cps.slice(start, end).join('') }),
  });

  it('gives 单位生产总值能耗、单位生产总值二氧化碳排放量进一步下降 to both indicators, as two figures', () => {
    const both = r.figures.filter((f) => f.indicatorId === 'energy-intensity-reduction' || f.indicatorId === 'carbon-intensity-reduction');
    expect(both.map((f) => [f.indicatorId, f.valueText, f.comparator])).toEqual([
      ['energy-intensity-reduction', '进一步下降', 'QUALITATIVE'],
      ['carbon-intensity-reduction', '进一步下降', 'QUALITATIVE'],
    ]);
    expect(new Set(r.figures.map((f) => f.id)).size).toBe(r.figures.length);
    expect(r.links.filter((l) => l.observation.kind === 'TARGET').every((l) => l.outcome === 'CREATED')).toBe(true);
  });
});

describe('the rules on a Traditional source (霍州)', () => {
  const huozhou = readFileSync(path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024', 'report.txt'), 'utf8');
  const { observations } = readHeadlines(loadCatalogue(), { text: huozhou, script: 'zh-Hant', reviewYear: 2023, planYear: 2024 });
  const targets = observations.filter((o) => o.kind === 'TARGET').map((o) => [o.slug, o.value, o.comparator, huozhou.slice(o.valueStart, o.valueEnd)]);

  it('reads all five items of 今年發展主要預期目標是, the two qualitative ones included', () => {
    expect(targets).toEqual([
      ['gdp-growth', '7', 'AT_LEAST', '7%'],
      ['fixed-asset-investment-growth', '12', 'AT_LEAST', '12%'],
      ['retail-sales-growth', '8', 'ABOUT', '8%'],
      ['urban-disposable-income-per-capita-growth', null, 'QUALITATIVE', '與經濟增長基本同步'],
      ['rural-disposable-income-per-capita-growth', null, 'QUALITATIVE', '高于經濟增長水平'],
    ]);
  });

  it('reads the review headline: GDP 114.7 億元, growing 3.8%', () => {
    const gdp = observations.filter((o) => o.kind === 'ACTUAL' && o.slug.startsWith('gdp')).map((o) => [o.slug, o.value, o.unit?.unit]);
    expect(gdp).toEqual([
      ['gdp', '114.7', '亿元'],
      ['gdp-growth', '3.8', '%'],
    ]);
  });
});
