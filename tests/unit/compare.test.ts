/** compareYears' arithmetic and comparability rules (lambda/graphql/compare.ts) on hand-made figures. */
import { compareFigures, subtractDecimal } from '../../lambda/graphql/compare';
import type { FigureItem, IndicatorItem } from '../../lambda/data/entities';

const figure = (value: string, unit: string | null, extra: Partial<FigureItem> = {}): FigureItem => {
  const text = `${value}${unit ?? ''}`;
  const ref = { start: 0, end: text.length, quote: text, text };
  return {
    reportId: 'r', id: `f${value}`, value, valueText: value, unit, normalizedValue: value, baseUnit: unit === '%' ? 'percent' : 'count',
    year: 2023, kind: 'ACTUAL', comparator: 'EXACT', comparatorText: null, measure: unit === '%' ? 'CHANGE' : 'COUNT',
    changePercent: null, changeFigureId: null, changeOfFigureId: null, subject: { zhHant: '', zhHans: '', en: null },
    sectorId: 's', indicatorId: 'i', projectId: null, projectIds: [], scope: 'SINGLE', source: ref, valueSource: ref, ...extra,
  } as FigureItem;
};
const indicator = { reportId: 'r', id: 'i' } as IndicatorItem;

describe('subtractDecimal', () => {
  it.each([
    ['12', '15.3', '-3.3'],
    ['7', '3.8', '3.2'],
    ['4700', '5077', '-377'],
    ['0.1', '0.1', '0'],
    ['2.5', '2', '0.5'],
    ['100000', '5900', '94100'],
  ])('%s − %s = %s, exactly', (a, b, diff) => expect(subtractDecimal(a, b)).toBe(diff));

  it('is null when either is not a decimal', () => {
    expect(subtractDecimal('與經濟增長基本同步', '3')).toBeNull();
  });
});

describe('compareFigures', () => {
  it('gives the difference and its direction for a comparable pair', () => {
    expect(compareFigures(indicator, figure('15.3', '%'), figure('12', '%', { year: 2024, kind: 'TARGET' }))).toMatchObject({
      comparable: true, difference: '-3.3', differenceUnit: '%', direction: 'LOWERED',
    });
    expect(compareFigures(indicator, figure('3', '%'), figure('3', '%'))).toMatchObject({ difference: '0', direction: 'SAME' });
  });

  it('uses the base unit when the two are written in different units of one dimension', () => {
    const a = figure('5.9', 'MW', { normalizedValue: '5900', baseUnit: 'kW', measure: 'LEVEL' });
    const t = figure('40', '萬千瓦', { normalizedValue: '400000', baseUnit: 'kW', measure: 'LEVEL' });
    expect(compareFigures(indicator, a, t)).toMatchObject({ difference: '394100', differenceUnit: 'kW', direction: 'RAISED' });
  });

  it('refuses pairs that measure different things, saying why', () => {
    const started = figure('13', '個', { source: { start: 0, end: 9, quote: '啟動改造老舊小區13個', text: '啟動改造老舊小區13個' }, valueSource: { start: 8, end: 11, quote: '13個', text: '13個' } });
    const done = figure('13', '個', { source: { start: 0, end: 9, quote: '完成老舊小區改造13個', text: '完成老舊小區改造13個' }, valueSource: { start: 8, end: 11, quote: '13個', text: '13個' } });
    expect(compareFigures(indicator, started, done)).toMatchObject({ comparable: false, difference: null, direction: null });
    expect(compareFigures(indicator, started, done).reason).toMatch(/啟動.*完成/);
    expect(compareFigures(indicator, figure('3.8', '%'), figure('114.7', '億元', { measure: 'LEVEL', baseUnit: 'CNY' })).reason).toMatch(/CHANGE.*LEVEL/);
    expect(compareFigures(indicator, figure('5', '個'), figure('5', '公里', { baseUnit: 'km' })).reason).toMatch(/different units/);
    expect(compareFigures(indicator, null, figure('5', '個')).reason).toMatch(/no result/);
    // A range (4.5%—5%) or a target in words has no single number to subtract.
    const range = figure('4.5', '%', { comparator: 'RANGE' as unknown as FigureItem['comparator'], valueText: '4.5%—5%' });
    expect(compareFigures(indicator, figure('5.2', '%'), range)).toMatchObject({ comparable: false, difference: null });
    expect(compareFigures(indicator, figure('5.2', '%'), range).reason).toMatch(/target is RANGE \(4.5%—5%\)/);
  });
});
