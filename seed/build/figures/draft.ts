/**
 * One number read in its wording: value, unit, comparator, measure and the
 * clause around it. Patterns match the folded text (fold.ts); everything
 * kept (pre, post) is sliced from the text as written.
 */
import type { Comparator, Measure } from '../../../lambda/data/records';
import { INFIX_COMPARATORS, PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from './comparators';
import { canonicalDecimal } from './decimal';
import { parseChineseInteger, parseRoman, type NumeralToken } from './numerals';
import { unitAtFolded } from './unit-lookup';
import type { UnitInfo } from './units';

/** Clause delimiters: a figure's clause runs between two of these. */
export const CLAUSE_DELIMITERS = new Set([',', ';', '。', '!', ':', '?', '，', '；', '：', '！', '？']);
/** Sentence delimiters: a figure's source starts after one of these. */
const SENTENCE_DELIMITERS = new Set([';', '。', '!', '?', '；', '！', '？']);
/** Paragraph breaks: a clause never spans one (a space in the Huozhou layout, a line break elsewhere). */
const PARAGRAPH_BREAKS = /[ \n]/;

/** Words right before a percentage that make it a change rate. */
const CHANGE_WORDS = /(增长|增幅|增速|优化|下降)$/;

export interface Draft {
  token: NumeralToken;
  /** Repaired offsets of number (+ 余) + unit. */
  start: number;
  end: number;
  /** End of the figure including a suffix comparator (以上 …). */
  fullEnd: number;
  value: string;
  valueText: string;
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
  changeOf: Draft | null;
  changeBy: Draft | null;
}

const lastBreak = (text: string, before: number): number => {
  for (let i = before; i >= 0; i -= 1) if (PARAGRAPH_BREAKS.test(text[i] ?? '')) return i;
  return -1;
};
const nextBreak = (text: string, from: number): number => {
  for (let i = from; i < text.length; i += 1) if (PARAGRAPH_BREAKS.test(text[i] ?? '')) return i;
  return -1;
};

export const clauseBounds = (text: string, start: number, end: number, limit: number): { clauseStart: number; clauseEnd: number; sentenceStart: number } => {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_DELIMITERS.has(text[clauseStart - 1] ?? '')) clauseStart -= 1;
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !SENTENCE_DELIMITERS.has(text[sentenceStart - 1] ?? '')) sentenceStart -= 1;
  let clauseEnd = end;
  while (clauseEnd < limit && !CLAUSE_DELIMITERS.has(text[clauseEnd] ?? '')) clauseEnd += 1;
  const para = lastBreak(text, start);
  if (para >= clauseStart) clauseStart = para + 1;
  if (para >= sentenceStart) sentenceStart = para + 1;
  const paraEnd = nextBreak(text, end);
  if (paraEnd >= 0 && paraEnd < clauseEnd) clauseEnd = paraEnd;
  return { clauseStart, clauseEnd, sentenceStart };
};

const valueOf = (token: NumeralToken): string =>
  token.kind === 'arabic' ? canonicalDecimal(token.text) : token.kind === 'chinese' ? parseChineseInteger(token.text) : parseRoman(token.text);

export const readDraft = (text: string, folded: string, token: NumeralToken, limit: number): Draft => {
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
  const unit = unitAtFolded(text, folded, pos);
  if (unit) pos += unit.unit.length;
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
  const { clauseStart, clauseEnd, sentenceStart } = clauseBounds(text, token.start, fullEnd, limit);
  let pre = text.slice(clauseStart, token.start);
  let preF = folded.slice(clauseStart, token.start);
  for (const [word, c] of PREFIX_COMPARATORS) {
    if (preF.endsWith(word)) {
      comparator = c;
      const written = pre.slice(-word.length);
      comparatorText = comparatorText ? `${written}…${comparatorText}` : written;
      pre = pre.slice(0, -word.length);
      preF = preF.slice(0, -word.length);
      break;
    }
  }
  const post = text.slice(fullEnd, clauseEnd);

  let measure: Measure;
  if (folded[token.start - 1] === '第') measure = 'RANK';
  // `7×24小時`: the report states two numbers (7 days, 24 hours), each a count;
  // their product (168 hours) is not stated, so it is not a figure.
  else if (folded[token.end] === '×' || folded[token.start - 1] === '×') measure = 'COUNT';
  else if (unit?.baseUnit === 'percent') {
    if (CHANGE_WORDS.test(preF)) measure = 'CHANGE';
    else if (/比$/.test(preF) && !/占比$/.test(preF)) measure = 'RATIO';
    else measure = 'SHARE';
  } else if (unit) measure = unit.measure;
  else if (/指数$/.test(preF)) measure = 'INDEX';
  else measure = 'COUNT';

  return {
    token,
    start: token.start,
    end,
    fullEnd,
    value,
    valueText: token.text,
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
    changeOf: null,
    changeBy: null,
  };
};
