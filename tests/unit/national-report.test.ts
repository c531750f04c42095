/**
 * The State Council's national report (china-2024, level NATIONAL), built by the
 * general rules like every other report: its headline targets for 2024 and its
 * 2023 results, each a figure whose source quotes the words. Read from the
 * text by hand: 今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业
 * 1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；… 粮食产量
 * 1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右 and 国内生产总值超过126万亿元，增长5.2%.
 */
import path from 'node:path';
import type { Comparator, FigureKind } from '../../lambda/data/records';
import { buildDataset } from '../../seed/extract';

const dataset = buildDataset(path.resolve(__dirname, '..', '..', 'seed', 'reports', 'china-2024'));

interface Headline {
  indicator: string;
  year: number;
  kind: FigureKind;
  value: string;
  unit: string;
  comparator: Comparator;
  quote: string;
}

const HEADLINES: Headline[] = [
  { indicator: 'gdp-growth', year: 2024, kind: 'TARGET', value: '5', unit: '%', comparator: 'ABOUT', quote: '国内生产总值增长5%左右' },
  { indicator: 'cpi', year: 2024, kind: 'TARGET', value: '3', unit: '%', comparator: 'ABOUT', quote: '居民消费价格涨幅3%左右' },
  { indicator: 'urban-new-jobs', year: 2024, kind: 'TARGET', value: '1200', unit: '万人', comparator: 'AT_LEAST', quote: '城镇新增就业1200万人以上' },
  { indicator: 'urban-surveyed-unemployment-rate', year: 2024, kind: 'TARGET', value: '5.5', unit: '%', comparator: 'ABOUT', quote: '城镇调查失业率5.5%左右' },
  { indicator: 'energy-intensity-reduction', year: 2024, kind: 'TARGET', value: '2.5', unit: '%', comparator: 'ABOUT', quote: '单位国内生产总值能耗降低2.5%左右' },
  { indicator: 'grain-output', year: 2024, kind: 'TARGET', value: '1.3', unit: '万亿斤', comparator: 'AT_LEAST', quote: '粮食产量1.3万亿斤以上' },
  { indicator: 'gdp', year: 2023, kind: 'ACTUAL', value: '126', unit: '万亿元', comparator: 'AT_LEAST', quote: '国内生产总值超过126万亿元' },
  { indicator: 'gdp-growth', year: 2023, kind: 'ACTUAL', value: '5.2', unit: '%', comparator: 'EXACT', quote: '增长5.2%' },
];

describe('the national report (china-2024)', () => {
  it('is the country, reviewing 2023 and planning 2024, with both parts found', () => {
    expect(dataset.report.place).toMatchObject({ level: 'NATIONAL', province: null, code: null, name: { zhHans: '中华人民共和国' } });
    expect(dataset.years.map((y) => [y.year, y.role])).toEqual([
      [2023, 'REVIEWED'],
      [2024, 'PLANNED'],
    ]);
    expect(dataset.report.extractionNotes).toEqual([]);
  });

  it.each(HEADLINES.map((h) => [`${h.indicator} ${h.year} ${h.kind}: ${h.quote}`, h] as const))('%s', (_label, h) => {
    const found = dataset.figures.filter((f) => f.indicatorId === h.indicator && f.year === h.year && f.kind === h.kind);
    expect(found.map((f) => ({ value: f.value, unit: f.unit, comparator: f.comparator }))).toEqual([{ value: h.value, unit: h.unit, comparator: h.comparator }]);
    expect(found[0]!.source.quote).toContain(h.quote);
  });

  it('reads 单位国内生产总值能耗 as energy intensity, not as a qualitative GDP target', () => {
    expect(dataset.figures.filter((f) => f.indicatorId === 'gdp' && f.kind === 'TARGET')).toEqual([]);
  });
});
