/**
 * Numerals in the report: Arabic digit runs, Chinese numerals and the Roman
 * numerals of grades (Ⅳ類). The tokeniser is the one definition of "a number
 * in the text" shared by the extractor and the coverage test (docs/figures.md).
 */

/** Characters that are Chinese numerals when they stand for a number. */
/** Both scripts: 兩/两, 萬/万, 億/亿. */
export const CHINESE_NUMERAL_CHARS = '〇零一二兩两三四五六七八九十百千萬万億亿';
/** Powers of ten written after Arabic digits (114.7億, 3.73萬, 40萬千瓦): part of the Arabic number's unit. */
const MULTIPLIER_CHARS = '萬万億亿千百';
const ROMAN_NUMERALS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';

export type NumeralKind = 'arabic' | 'chinese' | 'roman';

export interface NumeralToken {
  kind: NumeralKind;
  /** Offsets into the text that was tokenised (end exclusive). */
  start: number;
  end: number;
  text: string;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Every numeral in `text[from:to]`:
 * - arabic: a maximal run of digits with at most one inner decimal point (`114.7`, `0.24`);
 *   `×`, `+`, `-`, `/` separate tokens (`7×24` is two tokens);
 * - chinese: a maximal run of 〇零一二兩三四五六七八九十百千萬億, except multiplier
 *   characters (萬億千百) directly after an Arabic number, which belong to its unit;
 * - roman: one of Ⅰ…Ⅻ.
 */
export const tokeniseNumerals = (text: string, from = 0, to = text.length): NumeralToken[] => {
  const tokens: NumeralToken[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i] ?? '';
    if (isDigit(ch)) {
      let j = i;
      while (j < to && isDigit(text[j])) j += 1;
      if (text[j] === '.' && isDigit(text[j + 1])) {
        j += 1;
        while (j < to && isDigit(text[j])) j += 1;
      }
      tokens.push({ kind: 'arabic', start: i, end: j, text: text.slice(i, j) });
      // Skip the multipliers of the unit (億元, 萬千瓦, 50余萬人): not numerals of their own.
      if ('余餘多'.includes(text[j] ?? '_') && MULTIPLIER_CHARS.includes(text[j + 1] ?? '')) j += 1;
      while (j < to && MULTIPLIER_CHARS.includes(text[j] ?? '')) j += 1;
      i = j;
    } else if (CHINESE_NUMERAL_CHARS.includes(ch)) {
      let j = i;
      while (j < to && CHINESE_NUMERAL_CHARS.includes(text[j] ?? '')) j += 1;
      tokens.push({ kind: 'chinese', start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else if (ROMAN_NUMERALS.includes(ch)) {
      tokens.push({ kind: 'roman', start: i, end: i + 1, text: ch });
      i += 1;
    } else {
      i += 1;
    }
  }
  return tokens;
};

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, bigint> = { 萬: 10_000n, 万: 10_000n, 億: 100_000_000n, 亿: 100_000_000n };

/**
 * The integer a Chinese numeral writes: 兩→2, 十→10, 十二→12, 三十四→34,
 * 一百零五→105, 十萬→100000. Throws on anything else, so a misread is loud.
 */
export const parseChineseInteger = (numeral: string): string => {
  let total = 0n;
  let section = 0n;
  let digit: bigint | null = null;
  for (const ch of numeral) {
    const d = DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (d !== undefined) {
      digit = BigInt(d);
    } else if (small !== undefined) {
      section += (digit ?? 1n) * BigInt(small);
      digit = null;
    } else if (big !== undefined) {
      section += digit ?? 0n;
      total += (section === 0n ? 1n : section) * big;
      section = 0n;
      digit = null;
    } else {
      throw new Error(`not a Chinese numeral: "${numeral}"`);
    }
  }
  if (numeral.length === 0) throw new Error('empty Chinese numeral');
  return (total + section + (digit ?? 0n)).toString();
};

const ROMAN_VALUES = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
export const parseRoman = (ch: string): string => {
  const at = ROMAN_VALUES.indexOf(ch);
  if (at < 0) throw new Error(`not a Roman numeral: "${ch}"`);
  return String(at + 1);
};
