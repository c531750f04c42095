/**
 * The number a report writes after a statistic's name, read whole: its unit,
 * 余/多, a range (4.5%—5%), and the comparator written before (不低于) or after
 * (左右, 以上) it. Kept apart from the rules that decide which statistic a
 * number belongs to (read.ts, lists.ts): this reads text, they interpret it.
 */
import { canonicalNumber, NUMBER, unitAt, type UnitSpec } from './text';

export type ObservedComparator = 'EXACT' | 'AT_LEAST' | 'AT_MOST' | 'ABOUT' | 'MORE_THAN' | 'RANGE' | 'QUALITATIVE';

const PREFIX: [RegExp, ObservedComparator, string][] = [
  [/(不低于|不少于)$/, 'AT_LEAST', ''],
  [/(不超过|控制在)$/, 'AT_MOST', ''],
  [/(超过|突破|超)$/, 'AT_LEAST', ''],
  // 增速高于7%: strictly above.
  [/高于$/, 'MORE_THAN', ''],
  [/约$/, 'ABOUT', ''],
];
const SUFFIX: [string, ObservedComparator][] = [
  ['左右', 'ABOUT'],
  ['上下', 'ABOUT'],
  ['以上', 'AT_LEAST'],
  ['以内', 'AT_MOST'],
  ['以下', 'AT_MOST'],
];
const RANGE_DASH = /^\s*[-—–~～至到]\s*/;

export interface NumberRead {
  start: number;
  /** After number, unit and any suffix comparator. */
  end: number;
  /** After number and unit (valueSource). */
  valueEnd: number;
  value: string;
  valueLow: string | null;
  valueHigh: string | null;
  unit: UnitSpec | null;
  comparator: ObservedComparator;
  comparatorText: string | null;
}

/** The number written at `at` (folded text), with its unit, 余/多, a range, and a comparator before or after it. */
export const readNumberAt = (folded: string, at: number, gap: string): NumberRead | null => {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(folded);
  if (!m) return null;
  let pos = at + m[0].length;
  let value = canonicalNumber(m[0]);
  let valueLow: string | null = null;
  let valueHigh: string | null = null;
  let comparator: ObservedComparator = 'EXACT';
  let comparatorText: string | null = null;
  if (folded[pos] === '余' || folded[pos] === '多') {
    comparator = 'MORE_THAN';
    comparatorText = folded[pos]!;
    pos += 1;
  }
  let unit = unitAt(folded, pos);
  const dash = RANGE_DASH.exec(folded.slice(unit ? pos + unit.unit.length : pos));
  if (dash) {
    const highAt = (unit ? pos + unit.unit.length : pos) + dash[0].length;
    NUMBER.lastIndex = highAt;
    const high = NUMBER.exec(folded);
    const highUnit = high ? unitAt(folded, highAt + high[0].length) : null;
    if (high && highUnit && (!unit || unit.unit === highUnit.unit)) {
      valueLow = value;
      valueHigh = canonicalNumber(high[0]);
      value = valueLow;
      comparator = 'RANGE';
      comparatorText = dash[0].trim();
      unit = highUnit;
      pos = highAt + high[0].length;
    }
  }
  if (unit) pos += unit.unit.length;
  const valueEnd = pos;
  if (comparator !== 'RANGE') {
    for (const [word, c] of SUFFIX)
      if (folded.startsWith(word, pos)) {
        comparator = comparator === 'MORE_THAN' ? 'MORE_THAN' : c;
        comparatorText = comparatorText ? `${comparatorText}…${word}` : word;
        pos += word.length;
        break;
      }
    if (comparator === 'EXACT')
      for (const [re, c] of PREFIX) {
        const p = re.exec(gap);
        if (p) {
          comparator = c;
          comparatorText = p[1] ?? p[0];
          break;
        }
      }
  }
  return { start: at, end: pos, valueEnd, value, valueLow, valueHigh, unit, comparator, comparatorText };
};

