/** Readable values and unit labels: decimal strings moved exactly, labels in three scripts. */
import { englishNumber, englishValue, parseUnit, shiftDecimal, unitLabel } from '../../lambda/pages/figure-text';
import { dataset } from '../helpers/local-store';

const fig = (value: string | null, unit: string | null, comparator: 'EXACT' | 'AT_LEAST' | 'AT_MOST' | 'ABOUT' | 'RANGE' | 'QUALITATIVE' = 'EXACT', low: string | null = null, high: string | null = null) => ({
  value,
  valueLow: low,
  valueHigh: high,
  unit,
  comparator,
  comparatorText: null,
  valueText: value ?? '與經濟增長基本同步',
  source: { start: 0, end: 0, quote: '', text: '' },
});

describe('figure text', () => {
  it('moves decimal points exactly, both ways', () => {
    expect(shiftDecimal('114.7', 8)).toBe('11470000000');
    expect(shiftDecimal('0.5', 4)).toBe('5000');
    expect(shiftDecimal('11470000000', -9)).toBe('11.47');
    expect(shiftDecimal('3', -2)).toBe('0.03');
  });

  it('reads large numbers in English words', () => {
    expect(englishNumber('11470000000')).toBe('11.47 billion');
    expect(englishNumber('2500000000000')).toBe('2.5 trillion');
    expect(englishNumber('589580000')).toBe('589.58 million');
    expect(englishNumber('40995')).toBe('40,995');
  });

  it('labels units in three scripts and reads values with their comparator', () => {
    expect([unitLabel('億元', 'ZH_HANT'), unitLabel('億元', 'ZH_HANS'), unitLabel('億元', 'EN')]).toEqual(['億元', '亿元', '100 million yuan']);
    expect(unitLabel('萬畝', 'EN')).toBe('10,000 mu');
    expect(englishValue(fig('7', '%', 'AT_LEAST'))).toBe('at least 7%');
    expect(englishValue(fig('33.05', '萬畝'))).toBe('330,500 mu');
    expect(englishValue(fig('2', '個'))).toBe('2');
    expect(englishValue(fig('4.5', '%', 'RANGE', '4.5', '5'))).toBe('4.5% to 5%');
    // A target stated in words is read as its words, never given a number.
    expect(englishValue(fig(null, null, 'QUALITATIVE'))).toBe('與經濟增長基本同步');
  });

  it('knows every unit the report uses', () => {
    const units = new Set(dataset().figures.map((f) => f.unit).filter((u): u is string => u !== null));
    for (const unit of units) expect({ unit, known: parseUnit(unit) !== null }).toEqual({ unit, known: true });
  });
});
