/**
 * The reading the indicator rules match against: the report text folded,
 * character by character, to Simplified script, half-width digits and `%`.
 * Folding one character to one character keeps every offset valid in the
 * original text, so a match in the folded text quotes the original exactly,
 * and one set of zh-Hans rules reads a Traditional and a Simplified report alike.
 */
import * as OpenCC from 'opencc-js/t2cn';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const foldCache = new Map<string, string>();

const foldChar = (ch: string): string => {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  const code = ch.codePointAt(0)!;
  if (code >= 0xff10 && code <= 0xff19) out = String.fromCharCode(code - 0xff10 + 0x30);
  else if (ch === '％') out = '%';
  else if (ch === '．') out = '.';
  else if (ch === '：') out = ':';
  else if (code >= 0x3400) {
    const s = t2s(ch);
    // Only a one-for-one change keeps offsets; anything else stays as written.
    if (s.length === ch.length) out = s;
  }
  foldCache.set(ch, out);
  return out;
};

/** Same length as `text` (UTF-16), index for index. */
export const foldText = (text: string): string => {
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
};

export interface UnitSpec {
  /** As it reads in the folded text. */
  unit: string;
  power: number;
  baseUnit: string;
}

/** Units a catalogue statistic is stated in (folded script), longest first. */
export const UNITS: UnitSpec[] = (
  [
    ['万亿元', 12, 'CNY'],
    ['亿元', 8, 'CNY'],
    ['万元', 4, 'CNY'],
    ['元', 0, 'CNY'],
    ['亿美元', 8, 'USD'],
    ['万美元', 4, 'USD'],
    ['万人次', 4, 'person-time'],
    ['万人', 4, 'person'],
    ['人', 0, 'person'],
    ['亿公斤', 8, 'kg'],
    ['万吨', 4, 't'],
    ['吨', 0, 't'],
    ['万亿斤', 12, 'jin'],
    ['亿斤', 8, 'jin'],
    ['万斤', 4, 'jin'],
    ['个百分点', 0, 'percentage-point'],
    ['%', 0, 'percent'],
  ] as const
)
  .map(([unit, power, baseUnit]) => ({ unit, power, baseUnit }))
  .sort((a, b) => b.unit.length - a.unit.length);

export const unitAt = (folded: string, at: number): UnitSpec | null => UNITS.find((u) => folded.startsWith(u.unit, at)) ?? null;

/** A number as written: digits, optionally a decimal point (the converted texts sometimes space it: `5 . 5`). */
export const NUMBER = /\d+(?:\s?\.\s?\d+)?/y;

export const canonicalNumber = (written: string): string => {
  const plain = written.replace(/\s/g, '');
  const [int = '0', frac] = plain.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = (frac ?? '').replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
};

/** Clause and sentence ends in the folded text. */
export const CLAUSE_END = /[,，;；。!！?？\n]/;
export const SENTENCE_END = /[;；。!！?？\n]/;

export const indexOfPattern = (text: string, re: RegExp, from: number, to: number): number => {
  for (let i = from; i < to; i += 1) if (re.test(text[i] ?? '')) return i;
  return to;
};
