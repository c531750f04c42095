/**
 * General extraction on real shared reports (Simplified, no curated files,
 * no non-measurement list): values, units, comparators, ranges, signed
 * changes, kinds and years, read by the general rules only.
 */
import type { FigureRecord } from '../../lambda/data/records';
import { buildShared } from '../helpers/shared-reports';

const jincheng = buildShared('晋城');
const jilin = buildShared('吉林');
const sanya = buildShared('三亚');
const shanghai = buildShared('上海');

/** The one figure whose number is written `valueText` inside the one occurrence of `snippet` in the source. */
const figureIn = (figures: FigureRecord[], snippet: string, valueText: string): FigureRecord => {
  const found = figures.filter((f) => f.source.text.includes(snippet) && f.valueText === valueText && snippet.includes(f.valueSource.text.replace(/[％%]$/, '')));
  expect(found.map((f) => f.source.text)).toHaveLength(1);
  return found[0]!;
};

describe('晋城 2024: the headline results and targets', () => {
  it('reads GDP 2333.3亿元 in the review as a 2023 result, with its growth 7% (full-width ％)', () => {
    const gdp = figureIn(jincheng.figures, '全年GDP总量达到2333.3亿元', '2333.3');
    expect(gdp).toMatchObject({ value: '2333.3', unit: '亿元', normalizedValue: '233330000000', baseUnit: 'CNY', kind: 'ACTUAL', year: 2023, comparator: 'EXACT', measure: 'LEVEL', changePercent: '7', curation: 'EXTRACTED' });
    const growth = figureIn(jincheng.figures, '同比增长7％', '7');
    expect(growth).toMatchObject({ unit: '%', measure: 'CHANGE', kind: 'ACTUAL', year: 2023, changeOfFigureId: gdp.id });
    expect(gdp.changeFigureId).toBe(growth.id);
    expect(jincheng.sections.find((s) => s.id === 's1')!.heading.quote).toBe('一、2023年工作回顾');
  });

  it('reads the plan\'s targets as 2024 TARGETs with their comparators', () => {
    expect(figureIn(jincheng.figures, '今年地区生产总值增长6％左右', '6')).toMatchObject({ kind: 'TARGET', year: 2024, comparator: 'ABOUT', comparatorText: '左右', measure: 'CHANGE' });
    expect(figureIn(jincheng.figures, '城镇新增就业3.9万人', '3.9')).toMatchObject({ kind: 'TARGET', unit: '万人', normalizedValue: '39000', baseUnit: 'person' });
    expect(figureIn(jincheng.figures, '煤炭产量稳定在1.4亿吨以上', '1.4')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '以上', normalizedValue: '140000000' });
    expect(figureIn(jincheng.figures, '覆盖面不低于75％', '75')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '不低于' });
  });

  it('serves the Simplified source as written and derives zh-Hant; English stays null', () => {
    const gdp = figureIn(jincheng.figures, '全年GDP总量达到2333.3亿元', '2333.3');
    expect(gdp.subject).toEqual({ zhHans: '全年GDP总量', zhHant: '全年GDP總量', en: null });
    expect(jincheng.sections.find((s) => s.id === 's2')!.title).toEqual({ zhHans: '2024年工作安排', zhHant: '2024年工作安排', en: null });
    // Search folds Traditional queries onto the Simplified text.
    expect(jincheng.report.searchFold).toContain('總总');
  });
});

describe('comparators (issue 9 item 1) in real wording', () => {
  it('余 and 多 are a strict lower bound (MORE_THAN), the word kept', () => {
    expect(figureIn(sanya.figures, '公租房配租3000余套', '3000')).toMatchObject({ comparator: 'MORE_THAN', comparatorText: '余', unit: '套' });
    expect(figureIn(sanya.figures, '转移就业6700多人', '6700')).toMatchObject({ comparator: 'MORE_THAN', comparatorText: '多', unit: '人' });
    // The multiplier before 余 belongs to the unit: 1万余套 is more than 10000 sets.
    expect(figureIn(sanya.figures, '分配安居房1万余套', '1')).toMatchObject({ comparator: 'MORE_THAN', unit: '万套', normalizedValue: '10000' });
  });

  it('超 is a lower bound; the 约 of 签约 is not a comparator', () => {
    expect(figureIn(jincheng.figures, '超7亿人次关注', '7')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '超', unit: '亿人次', normalizedValue: '700000000' });
    expect(figureIn(jincheng.figures, '现场签约102亿元', '102')).toMatchObject({ comparator: 'EXACT', comparatorText: null });
  });

  it('以内 is an upper bound', () => {
    expect(figureIn(shanghai.figures, '城镇调查失业率5%以内', '5')).toMatchObject({ comparator: 'AT_MOST', comparatorText: '以内', kind: 'TARGET', year: 2024 });
  });

  it('a range is one RANGE figure with both ends', () => {
    const range = figureIn(jilin.figures, '规模工业增加值增长6%-7%', '6%-7%');
    expect(range).toMatchObject({ comparator: 'RANGE', value: '6', valueLow: '6', valueHigh: '7', unit: '%', measure: 'CHANGE', kind: 'TARGET' });
    // The upper end is not a figure of its own.
    expect(jilin.figures.filter((f) => f.valueSource.start === range.valueSource.end - 2)).toEqual([]);
  });
});

describe('signed changes (issue 9 item 3)', () => {
  it('下降 and 降低 are negative changes', () => {
    expect(figureIn(jilin.figures, '单位GDP能耗预计降低3%', '3')).toMatchObject({ measure: 'CHANGE', changePercent: '-3', value: '3' });
    const falls = jilin.figures.filter((f) => f.source.text.includes('安全生产事故起数、死亡人数分别下降31.1%和16.9%'));
    expect(falls.map((f) => f.changePercent)).toEqual(['-31.1', '-16.9']);
  });

  it('增长 stays positive', () => {
    expect(figureIn(jincheng.figures, '高新技术企业增长20％', '20').changePercent).toBe('20');
  });
});

describe('general non-measurements (no per-report list)', () => {
  const texts = (figures: FigureRecord[]): string[] => figures.map((f) => f.valueSource.text);
  it('years, ordinals, names with numerals and Chinese numerals without a unit are not figures', () => {
    const all = texts(jincheng.figures);
    expect(all).not.toContain('2023');
    expect(jincheng.figures.some((f) => f.source.text.includes('二十大') && f.valueText === '二十')).toBe(false);
    // 第四届 is an ordinal; the Arabic rank 全省第4 stays a figure.
    expect(jincheng.figures.some((f) => f.valueText === '四' && f.source.text.includes('第四届'))).toBe(false);
    expect(figureIn(jincheng.figures, '总量保持全省第4', '4')).toMatchObject({ measure: 'RANK' });
    // 5G is a name.
    expect(jincheng.figures.some((f) => f.valueText === '5' && /5G/.test(f.source.text.slice(f.source.text.indexOf('5'))))).toBe(false);
  });

  it('keeps Chinese numerals that count something (两个, 三项)', () => {
    expect(figureIn(jincheng.figures, '省考市四大类指标三项', '三')).toMatchObject({ value: '3', unit: '项', measure: 'COUNT' });
  });
});
