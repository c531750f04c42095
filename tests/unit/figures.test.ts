/**
 * What a reader of the API sees for the report's numbers: the values, units,
 * exact normalisation, comparators, kinds and years, growth-rate links and
 * the provenance of every figure (rules: docs/figures.md).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { FigureRecord } from '../../lambda/data/records';
import { figureId } from '../../lambda/data/keys';
import { extractReport } from '../../seed/extract';
import { extractFigures, FIGURE_SUBJECTS_EN_FILE, loadFigureCuration, SOURCE_MAX_LENGTH } from '../../seed/extract/figures';
import { scaleDecimal } from '../../seed/extract/figures/decimal';
import { parseChineseInteger, tokeniseNumerals } from '../../seed/extract/figures/numerals';
import { toSimplified } from '../../seed/extract/localize';

const reportDir = path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024');
const { doc, figures, frame, meta } = extractReport(reportDir);
const { sections } = frame;
const source = [...doc.source];

/**
 * The figure written as `valueText` inside the one occurrence of `snippet`
 * in the repaired text (the way a reader would point at it).
 */
const figureIn = (snippet: string, valueText: string): FigureRecord => {
  const at = doc.text.indexOf(snippet);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(doc.text.indexOf(snippet, at + 1)).toBe(-1);
  const from = doc.toSource(at);
  const to = doc.toSource(at + snippet.length - 1) + 1;
  const found = figures.filter((f) => f.valueText === valueText && f.valueSource.start >= from && f.valueSource.start < to);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const byId = (id: string | null): FigureRecord | undefined => figures.find((f) => f.id === id);

describe('exact decimal normalisation', () => {
  it('scales the decimal string: 9.2億元 is 920000000, where floating point is not', () => {
    expect(9.2 * 1e8).not.toBe(920000000);
    expect(scaleDecimal('9.2', 8)).toBe('920000000');
    expect(scaleDecimal('114.7', 8)).toBe('11470000000');
    expect(scaleDecimal('33.05', 4)).toBe('330500');
    expect(scaleDecimal('0.24', 4)).toBe('2400');
    expect(scaleDecimal('430.54', 8)).toBe('43054000000');
    expect(scaleDecimal('29.46', 0)).toBe('29.46');
    expect(scaleDecimal('1.25', -1)).toBe('0.125');
  });

  it('reads Chinese numerals as integers', () => {
    const cases: [string, string][] = [
      ['兩', '2'],
      ['三', '3'],
      ['九', '9'],
      ['十', '10'],
      ['十二', '12'],
      ['二十', '20'],
      ['三千五百', '3500'],
      ['一百零五', '105'],
      ['十萬', '100000'],
      ['兩萬', '20000'],
    ];
    for (const [zh, n] of cases) expect(parseChineseInteger(zh)).toBe(n);
    expect(() => parseChineseInteger('一體')).toThrow();
  });

  it('tokenises numbers, keeping 萬/億 multipliers with their Arabic number', () => {
    const texts = (s: string): string[] => tokeniseNumerals(s).map((t) => t.text);
    expect(texts('完成114.7億元,同比增長3.8%')).toEqual(['114.7', '3.8']);
    expect(texts('推動40萬千瓦集中式光伏')).toEqual(['40']);
    expect(texts('“7×24小時不打烊”')).toEqual(['7', '24']);
    expect(texts('新增兩個五人制足球場')).toEqual(['兩', '五']);
    expect(texts('水質穩定達Ⅳ類')).toEqual(['Ⅳ']);
  });
});

describe('figures of the 2023 review', () => {
  it('GDP 114.7億元 is an actual 2023 level in CNY with its 3.8% growth', () => {
    const gdp = figureIn('全市地區生產總值完成114.7億元', '114.7');
    expect(gdp).toMatchObject({
      value: '114.7',
      unit: '億元',
      normalizedValue: '11470000000',
      baseUnit: 'CNY',
      year: 2023,
      kind: 'ACTUAL',
      comparator: 'EXACT',
      measure: 'LEVEL',
      changePercent: '3.8',
      sectorId: 'economy',
      indicatorId: null,
      projectId: null,
    });
    expect(gdp.subject).toEqual({ zhHant: '全市地區生產總值', zhHans: '全市地区生产总值', en: expect.any(String) });
    const growth = byId(gdp.changeFigureId);
    expect(growth).toMatchObject({ value: '3.8', unit: '%', baseUnit: 'percent', measure: 'CHANGE', changeOfFigureId: gdp.id, year: 2023, kind: 'ACTUAL' });
    expect(growth!.source.text).toBe('全市地區生產總值完成114.7億元,同比增長3.8%');
    expect(gdp.source.text).toBe('全市地區生產總值完成114.7億元,同比增長3.8%');
    expect(gdp.valueSource.quote).toBe('114.7億元');
  });

  it('normalises areas, weights and masses exactly', () => {
    expect(figureIn('糧食播種面積33.05萬畝', '33.05')).toMatchObject({ unit: '萬畝', normalizedValue: '330500', baseUnit: 'mu' });
    expect(figureIn('產量5.56萬噸', '5.56')).toMatchObject({ unit: '萬噸', normalizedValue: '55600', baseUnit: 't' });
    expect(figureIn('年產量達到3000萬公斤', '3000')).toMatchObject({ unit: '萬公斤', normalizedValue: '30000000', baseUnit: 'kg' });
    expect(figureIn('完成造林0.24萬畝', '0.24')).toMatchObject({ normalizedValue: '2400', baseUnit: 'mu' });
    expect(figureIn('刷卡190萬人次', '190')).toMatchObject({ unit: '萬人次', normalizedValue: '1900000', baseUnit: 'person-time' });
  });

  it('pairs 分別 lists in order: loans 179.1億元 grew 23.36%, deposits and loans 430.54億元 grew 14.74%', () => {
    const loans = figureIn('分別達到179.1億元', '179.1');
    const both = figureIn('、430.54億元', '430.54');
    expect(loans.changePercent).toBe('23.36');
    expect(both.changePercent).toBe('14.74');
    expect(byId(loans.changeFigureId)).toMatchObject({ value: '23.36', measure: 'CHANGE', changeOfFigureId: loans.id });
    expect(byId(both.changeFigureId)).toMatchObject({ value: '14.74', measure: 'CHANGE', changeOfFigureId: both.id });
    expect(figureIn('存貸比71.23%', '71.23').measure).toBe('RATIO');
  });

  it('reads comparators as written: 突破, 超過, 余 (more than), 以上', () => {
    expect(figureIn('網絡零售額突破5100萬元', '5100')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '突破' });
    expect(figureIn('同比增長超過21%', '21')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '超過', measure: 'CHANGE' });
    expect(figureIn('停車泊位4100余個', '4100')).toMatchObject({ comparator: 'MORE_THAN', comparatorText: '余', unit: '個', measure: 'COUNT' });
    expect(figureIn('全部達10萬元以上', '10')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '以上' });
    expect(figureIn('同比增長9%以上', '9')).toMatchObject({ comparator: 'AT_LEAST', measure: 'CHANGE' });
  });

  it('reads ranks, the air-quality index and counts written in Chinese numerals', () => {
    expect(figureIn('存貸比71.23%,排名全臨汾市第2', '2')).toMatchObject({ measure: 'RANK', unit: null, value: '2' });
    expect(figureIn('沿汾6縣第一', '一')).toMatchObject({ measure: 'RANK', value: '1' });
    expect(figureIn('綜合指數4.78', '4.78')).toMatchObject({ measure: 'INDEX', unit: null, changePercent: '-1.8' });
    expect(figureIn('等三部歷史短劇', '三')).toMatchObject({ value: '3', unit: '部', measure: 'COUNT', kind: 'ACTUAL' });
    expect(figureIn('新增兩個五人制足球場', '兩')).toMatchObject({ value: '2', unit: '個', normalizedValue: '2', baseUnit: 'count' });
  });

  it('takes numbers inside damaged spans from the repaired reading: the 7 of 7×24 and the 12 of 12+6+6', () => {
    // 7×24小時: two stated numbers (7 days, 24 hours), both counts; their product 168 is not stated.
    const days = figureIn('7×24小時不打烊', '7');
    const hours = figureIn('7×24小時不打烊', '24');
    expect(days).toMatchObject({ value: '7', unit: null, normalizedValue: '7', baseUnit: 'count', measure: 'COUNT', year: 2023, kind: 'ACTUAL' });
    expect(hours).toMatchObject({ value: '24', unit: '小時', normalizedValue: '24', baseUnit: 'hour', measure: 'COUNT', year: 2023, kind: 'ACTUAL' });
    expect(figures.filter((f) => f.value === '168')).toEqual([]);
    // The source lost the 7: the quote shows the damage, the text the repair.
    expect(days.valueSource.quote).not.toContain('7');
    expect(days.valueSource.text).toContain('7');
    expect(hours.valueSource.quote).toBe('24小時');

    const at = doc.text.indexOf('12+6+6');
    const livelihood = figures.filter((f) => f.source.text.includes('12+6+6'));
    expect(livelihood.map((f) => f.value)).toEqual(['12', '6', '6']);
    expect(livelihood[0]!.valueSource.quote).not.toContain('12');
    expect(livelihood[0]!.valueSource.text).toContain('12');
    expect(doc.toSource(at)).toBe(livelihood[0]!.valueSource.start);
  });
});

describe('figures of the 2024 plan', () => {
  it('the GDP growth target is 7% or more, a 2024 target', () => {
    expect(figureIn('全市地區生產總值增長7%以上', '7')).toMatchObject({
      unit: '%',
      year: 2024,
      kind: 'TARGET',
      comparator: 'AT_LEAST',
      comparatorText: '以上',
      measure: 'CHANGE',
      changeOfFigureId: null,
    });
    expect(figureIn('增長8%左右', '8')).toMatchObject({ comparator: 'ABOUT', comparatorText: '左右', kind: 'TARGET' });
  });

  it('9.2億元 of industrial investment is exactly 920000000 CNY, at least, with 20% growth', () => {
    const invest = figureIn('工業投資9.2億元以上', '9.2');
    expect(invest).toMatchObject({ normalizedValue: '920000000', comparator: 'AT_LEAST', kind: 'TARGET', year: 2024, changePercent: '20' });
    expect(byId(invest.changeFigureId)).toMatchObject({ value: '20', comparator: 'AT_LEAST', changeOfFigureId: invest.id });
  });

  it('a growth rate with its own subject is not linked to the figure before it', () => {
    // 新增限上商貿單位30家,限額以上社會消費品零售額增長10%: two different things.
    const units = figureIn('新增限上商貿單位30家', '30');
    const retail = figureIn('零售額增長10%', '10');
    expect(units.changeFigureId).toBeNull();
    expect(retail.changeOfFigureId).toBeNull();
  });

  it('context numbers inside the plan follow the section rule (TARGET 2024), like every plan figure', () => {
    const bonds = figureIn('中央發行1萬億元特別國債', '1');
    expect(bonds).toMatchObject({ kind: 'TARGET', year: 2024, normalizedValue: '1000000000000', unit: '萬億元' });
    expect(figureIn('不低于19%', '19')).toMatchObject({ comparator: 'AT_LEAST', comparatorText: '不低于', measure: 'SHARE', kind: 'TARGET' });
    expect(figureIn('40萬千瓦集中式', '40')).toMatchObject({ unit: '萬千瓦', normalizedValue: '400000', baseUnit: 'kW' });
    expect(figureIn('農發兩家市屬國企', '兩')).toMatchObject({ value: '2', unit: '家' });
  });
});

describe('every figure', () => {
  const slice = (start: number, end: number): string => source.slice(start, end).join('');

  it('quotes exactly the source between its offsets, and its source text states its number', () => {
    for (const f of figures) {
      expect({ id: f.id, quote: slice(f.source.start, f.source.end) }).toEqual({ id: f.id, quote: f.source.quote });
      expect({ id: f.id, quote: slice(f.valueSource.start, f.valueSource.end) }).toEqual({ id: f.id, quote: f.valueSource.quote });
      expect({ id: f.id, has: f.source.text.includes(f.valueText) }).toEqual({ id: f.id, has: true });
      expect({ id: f.id, has: f.valueSource.text.includes(f.valueText) }).toEqual({ id: f.id, has: true });
      expect(f.valueSource.start).toBeGreaterThanOrEqual(f.source.start);
      expect(f.valueSource.end).toBeLessThanOrEqual(f.source.end);
    }
  });

  it('cites the clauses that state it (subject … number), never more than 80 characters', () => {
    for (const f of figures) expect({ id: f.id, long: f.source.end - f.source.start > SOURCE_MAX_LENGTH }).toEqual({ id: f.id, long: false });
    // The lead-in clauses of the sentence are left out …
    expect(figureIn('網絡零售額突破5100萬元', '5100').source.text).toBe('全市網絡零售額突破5100萬元,同比增長超過21%');
    expect(figureIn('年內建成口袋公園6座', '6').source.text).toBe('年內建成口袋公園6座');
    // … but a clause that carries part of the subject stays: the 糧食 of 糧食產量, the 霍州年饃 of its output.
    expect(figureIn('產量5.56萬噸', '5.56').source.text).toBe('糧食播種面積33.05萬畝,產量5.56萬噸');
    expect(figureIn('年產量達到3000萬公斤', '3000').source.text).toBe('夯實了霍州年饃標準化、規模化發展基礎,年產量達到3000萬公斤');
    // A growth rate shares its level's source.
    expect(figureIn('同比增長3.8%', '3.8').source.text).toBe('全市地區生產總值完成114.7億元,同比增長3.8%');
    // A clause too long to cite whole is cut to the list item that holds the number.
    expect(figureIn('國盛新能源200MW', '200').source.text).toBe('國盛新能源200MW共享儲能');
  });

  it('has a unique id derived from where its number stands, in report order', () => {
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of figures) expect(f.id).toBe(figureId(f.valueSource.start));
    expect([...ids].sort()).toEqual(ids);
  });

  it('has a normalised value equal to value × 10^(unit power), computed independently with BigInt', () => {
    // Issue 9: one base unit per dimension, so MW/MWh carry 10^3 (kW, kWh) besides the 萬/億 prefixes.
    const power = (unit: string | null): number =>
      unit?.startsWith('萬億') ? 12 : unit?.startsWith('億') ? 8 : unit?.startsWith('萬') ? 4 : unit === 'MW' || unit === 'MWh' ? 3 : 0;
    for (const f of figures) {
      const [int = '', frac = ''] = (f.value ?? '').split('.');
      const scaled = BigInt(int + frac) * 10n ** BigInt(power(f.unit));
      const digits = scaled.toString().padStart(frac.length + 1, '0');
      const expected = frac.length ? `${digits.slice(0, -frac.length)}.${digits.slice(-frac.length)}`.replace(/\.?0+$/, '') : digits;
      expect({ id: f.id, n: f.normalizedValue }).toEqual({ id: f.id, n: expected });
    }
  });

  it('is ACTUAL 2023 in the review and 2024 in the plan', () => {
    const plan = sections.find((s) => s.label === '二')!;
    for (const f of figures) {
      if (f.valueSource.start < plan.start) expect({ id: f.id, kind: f.kind, year: f.year }).toEqual({ id: f.id, kind: 'ACTUAL', year: 2023 });
      else expect({ id: f.id, year: f.year }).toEqual({ id: f.id, year: 2024 });
    }
    // Kind follows the section (issue 3): every figure of the plan is a TARGET, context numbers included.
    const planFigures = figures.filter((f) => f.year === 2024);
    expect(planFigures.filter((f) => f.kind !== 'TARGET').map((f) => f.id)).toEqual([]);
  });

  it('links level and change both ways', () => {
    for (const f of figures) {
      if (f.changeFigureId) expect(byId(f.changeFigureId)?.changeOfFigureId).toBe(f.id);
      if (f.changeOfFigureId) {
        expect(f.measure).toBe('CHANGE');
        // The level's changePercent is the rate with its direction (下降, 優化 of a lower-is-better index: negative).
        expect(byId(f.changeOfFigureId)?.changePercent?.replace(/^-/, '')).toBe(f.value);
        expect(byId(f.changeOfFigureId)?.changePercent).toBe(f.changePercent);
      }
    }
  });

  it('says what it measures in three scripts, with zh-Hans derived and curated English', () => {
    for (const f of figures) {
      expect(f.subject.zhHant.length).toBeGreaterThan(1);
      expect(f.subject.zhHans).toBe(toSimplified(f.subject.zhHant));
      expect({ subject: f.subject.zhHant, en: typeof f.subject.en }).toEqual({ subject: f.subject.zhHant, en: 'string' });
    }
    const curated = JSON.parse(readFileSync(path.join(reportDir, FIGURE_SUBJECTS_EN_FILE), 'utf8')) as Record<string, string>;
    const used = new Set(figures.map((f) => f.subject.zhHant));
    expect(Object.keys(curated).filter((zh) => !used.has(zh))).toEqual([]);
  });

  it('belongs to a sector of the taxonomy', () => {
    const ids = new Set([
      'economy', 'agriculture', 'industry-energy', 'digital-economy', 'services-commerce', 'investment-business', 'urban-development',
      'rural-revitalisation', 'culture-tourism', 'environment', 'social-welfare', 'employment', 'education', 'health', 'safety-governance',
    ]);
    for (const f of figures) expect({ id: f.id, ok: ids.has(f.sectorId) }).toEqual({ id: f.id, ok: true });
  });
});

describe('curated inputs fail loudly when stale', () => {
  const curation = loadFigureCuration(reportDir);
  const listed = curation.nonMeasurements ?? [];
  const run = (patch: Partial<typeof curation>): FigureRecord[] =>
    extractFigures({ meta, doc, frame, curation: { ...curation, ...patch } }).figures;

  it('rejects an override whose expected text is not the figure\'s', () => {
    const gdp = figureIn('全市地區生產總值完成114.7億元', '114.7');
    expect(() => run({ overrides: { ...curation.overrides, [gdp.id]: { expect: '115億元', subject: 'x' } } })).toThrow(/expects "115億元"/);
  });

  it('rejects an override for a figure that does not exist', () => {
    expect(() => run({ overrides: { ...curation.overrides, f99999: { expect: '1' } } })).toThrow(/do not exist: f99999/);
  });

  it('rejects a non-measurement that matches nothing, and turns an unlisted number into a figure', () => {
    expect(() => run({ nonMeasurements: [...listed, { match: '不存在的文字', occurrence: 'all', reason: 'name' }] })).toThrow(
      /does not occur/,
    );
    // Without the entry for the 5G of "5G基站", that 5 would become a figure.
    const without = run({ nonMeasurements: listed.filter((e) => e.match !== '5G') });
    expect(without.length).toBe(figures.length + 1);
  });
});
