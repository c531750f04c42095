/**
 * One number read in its wording: value, unit, comparator, measure and the
 * clause around it. Patterns match the folded text (fold.ts); everything
 * kept (pre, post) is sliced from the text as written.
 */
import type { Comparator, Measure } from '../../../lambda/data/records';
import { INFIX_COMPARATORS, PREFIX_COMPARATORS, RED_LINE, SUFFIX_COMPARATORS } from './comparators';
import { canonicalDecimal } from './decimal';
import { parseChineseInteger, parseRoman, type NumeralToken } from './numerals';
import { unitAtFolded } from './unit-lookup';
import type { UnitInfo } from './units';

/** Clause delimiters: a figure's clause runs between two of these. */
export const CLAUSE_DELIMITERS = new Set([',', ';', '。', '!', ':', '?', '，', '；', '：', '！', '？']);
/** Sentence delimiters: a figure's source starts after one of these. */
const SENTENCE_DELIMITERS = new Set([';', '。', '!', '?', '；', '！', '？']);
/** Paragraph breaks: a clause never spans one. A line break, unless report.json `layout.paragraphBreaks` says otherwise (Huozhou: a space too). */
export const DEFAULT_PARAGRAPH_BREAKS = '\n';

/** Words right before a percentage that make it a change rate. */
const CHANGE_WORDS = /(增长|增幅|增速|优化|下降|降低|减少|回落)$/;
/** Change words that state a fall: the change is negative (issue 9 item 3). */
/** A one-character comparator that is the end of another word. */
const NOT_A_COMPARATOR = /^([签节制预契公条合邀隐履婚]约|[赶高]超)$/;
export const FALL_WORDS = /(下降|降低|减少|回落)$/;

export interface Draft {
  token: NumeralToken;
  /** Repaired offsets of number (+ 余) + unit. */
  start: number;
  end: number;
  /** End of the figure including a suffix comparator (以上 …). */
  fullEnd: number;
  value: string;
  valueText: string;
  /** A RANGE's ends. */
  valueLow: string | null;
  valueHigh: string | null;
  unit: UnitInfo | null;
  comparator: Comparator;
  comparatorText: string | null;
  measure: Measure;
  /** Text of the clause before the number (and before a prefix comparator), as written and folded. */
  pre: string;
  preF: string;
  /** Text of the clause after the figure, as written. */
  post: string;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  /** Set when the number sits in a `、` list right after another figure (分別 …). */
  listPrev: Draft | null;
  /** Set when the number restates the level just before it (突破6000亿元，达到6105亿元): same subject. */
  restates: Draft | null;
  changeOf: Draft | null;
  changeBy: Draft | null;
}

const lastBreak = (text: string, before: number, breaks: string): number => {
  for (let i = before; i >= 0; i -= 1) if (breaks.includes(text[i] ?? '_')) return i;
  return -1;
};
const nextBreak = (text: string, from: number, breaks: string): number => {
  for (let i = from; i < text.length; i += 1) if (breaks.includes(text[i] ?? '_')) return i;
  return -1;
};

export const clauseBounds = (
  text: string,
  start: number,
  end: number,
  limit: number,
  breaks = DEFAULT_PARAGRAPH_BREAKS,
): { clauseStart: number; clauseEnd: number; sentenceStart: number } => {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_DELIMITERS.has(text[clauseStart - 1] ?? '')) clauseStart -= 1;
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !SENTENCE_DELIMITERS.has(text[sentenceStart - 1] ?? '')) sentenceStart -= 1;
  let clauseEnd = end;
  while (clauseEnd < limit && !CLAUSE_DELIMITERS.has(text[clauseEnd] ?? '')) clauseEnd += 1;
  const para = lastBreak(text, start, breaks);
  if (para >= clauseStart) clauseStart = para + 1;
  if (para >= sentenceStart) sentenceStart = para + 1;
  const paraEnd = nextBreak(text, end, breaks);
  if (paraEnd >= 0 && paraEnd < clauseEnd) clauseEnd = paraEnd;
  return { clauseStart, clauseEnd, sentenceStart };
};

const valueOf = (token: NumeralToken): string =>
  // A full-width point (9．8) is a decimal point.
  token.kind === 'arabic' ? canonicalDecimal(token.text.replace('．', '.')) : token.kind === 'chinese' ? parseChineseInteger(token.text) : parseRoman(token.text);

/** What a number measures, from its unit and the words before it. */
export const measureOf = (folded: string, d: Pick<Draft, 'start' | 'token' | 'unit' | 'preF'>): Measure => {
  const { token, unit, preF } = d;
  if (folded[d.start - 1] === '第') return 'RANK';
  // `7×24小時`: the report states two numbers (7 days, 24 hours), each a count;
  // their product (168 hours) is not stated, so it is not a figure.
  if (folded[token.end] === '×' || folded[token.start - 1] === '×') return 'COUNT';
  if (unit?.baseUnit === 'percent') {
    // A converted text may hold a space before the number (增长 5.5%).
    if (CHANGE_WORDS.test(preF.trimEnd())) return 'CHANGE';
    if (/比$/.test(preF) && !/占比$/.test(preF)) return 'RATIO';
    return 'SHARE';
  }
  if (unit) return unit.measure;
  if (/指数$/.test(preF)) return 'INDEX';
  return 'COUNT';
};

export const readDraft = (text: string, folded: string, token: NumeralToken, limit: number, breaks = DEFAULT_PARAGRAPH_BREAKS): Draft => {
  const value = valueOf(token);
  let pos = token.end;
  let comparator: Comparator = 'EXACT';
  let comparatorText: string | null = null;
  for (const [word, c] of INFIX_COMPARATORS) {
    if (folded.startsWith(word, pos)) {
      comparator = c;
      comparatorText = text.slice(pos, pos + word.length);
      pos += word.length;
      break;
    }
  }
  let unit = unitAtFolded(text, folded, pos, true);
  // 1万余套, 4.5万余人: the multiplier, then 余, then the unit: one unit 万套, more than.
  const split = /^(万亿|亿|万)(余|多)/.exec(folded.slice(pos, pos + 3));
  if (split && comparator === 'EXACT') {
    const after = unitAtFolded(text, folded, pos + split[0].length);
    const multiplier = unitAtFolded(text, folded, pos, true)!;
    comparator = 'MORE_THAN';
    comparatorText = text.slice(pos + split[1]!.length, pos + split[0].length);
    unit = after && after.power === 0 && after.baseUnit !== 'percent'
      ? { ...after, unit: `${multiplier.unit}${after.unit}`, power: multiplier.power }
      : multiplier;
    pos += split[0].length + (after && after.power === 0 && after.baseUnit !== 'percent' ? after.unit.length : 0);
  } else if (unit) pos += unit.unit.length;
  const end = pos;
  let fullEnd = end;
  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (folded.startsWith(word, end)) {
      comparator = c;
      const written = text.slice(end, end + word.length);
      comparatorText = comparatorText ? `${comparatorText}…${written}` : written;
      fullEnd = end + word.length;
      break;
    }
  }
  const { clauseStart, clauseEnd, sentenceStart } = clauseBounds(text, token.start, fullEnd, limit, breaks);
  let pre = text.slice(clauseStart, token.start);
  let preF = folded.slice(clauseStart, token.start);
  for (const [word, c] of PREFIX_COMPARATORS) {
    // 约 of 签约/节约/制约 and 超 of 赶超 are parts of words, not comparators.
    if (preF.endsWith(word) && !NOT_A_COMPARATOR.test(preF.slice(0, -word.length).slice(-1) + word)) {
      comparator = c;
      const written = pre.slice(-word.length);
      comparatorText = comparatorText ? `${written}…${comparatorText}` : written;
      pre = pre.slice(0, -word.length);
      preF = preF.slice(0, -word.length);
      break;
    }
  }
  const post = text.slice(fullEnd, clauseEnd);
  const hold = RED_LINE.before.exec(preF);
  const line = RED_LINE.after.exec(folded.slice(fullEnd, clauseEnd));
  if (comparator === 'EXACT' && hold && line) {
    // 守住18亿亩耕地红线: the number is a floor.
    comparator = 'AT_LEAST';
    const lineAt = fullEnd + line.index;
    comparatorText = `${pre.slice(hold.index, hold.index + hold[0].length)}…${text.slice(lineAt, lineAt + line[0].length)}`;
  }
  const measure = measureOf(folded, { start: token.start, token, unit, preF });

  return {
    token,
    start: token.start,
    end,
    fullEnd,
    value,
    valueText: token.text,
    valueLow: null,
    valueHigh: null,
    unit,
    comparator,
    comparatorText,
    measure,
    pre,
    preF,
    post,
    clauseStart,
    clauseEnd,
    sentenceStart,
    listPrev: null,
    restates: null,
    changeOf: null,
    changeBy: null,
  };
};
