/**
 * What every reading rule shares: the Reading it produces, the words allowed
 * between a name and its number (GAP), and how a number or a qualitative
 * wording becomes a Reading of a catalogue slug. Split from the rules
 * (read.ts for one name, lists.ts for lists of names) so both use one copy.
 */
import type { Catalogue, CatalogueIndicator } from '../../catalogue/catalogue';
import type { NumberRead, ObservedComparator } from './number';
import { CLAUSE_END, indexOfPattern, type UnitSpec } from './text';

export interface Reading {
  slug: string;
  /** Decimal string; null for a qualitative target. Signed where the text says 下降 of a rate. */
  value: string | null;
  valueLow: string | null;
  valueHigh: string | null;
  unit: UnitSpec | null;
  comparator: ObservedComparator;
  comparatorText: string | null;
  /** The number and unit (with 余, range), or the qualitative wording: offsets into the text. */
  valueStart: number;
  valueEnd: number;
  /** Name through value (comparator included). */
  sourceStart: number;
  sourceEnd: number;
}

const GAP_WORDS =
  '同比|同口径|均|比上年|年均|平均|全年|累计|分别|预计|力争|确保|要|实现|完成|达到|达|为|是|增长|增速|增幅|涨幅|上涨|下降|降低|提高|突破|超过|超|保持在|控制在|稳定在|在|不低于|高于|不少于|不超过|约|总量|总额|规模|首次|了';
// A short parenthesis qualifies the name as stated (固定资产投资（不含农户）增长6%).
export const GAP = new RegExp(`^(?:${GAP_WORDS}|（[^）]{1,10}）|\\([^)]{1,10}\\)|\\s)*`, 'u');
export const CHANGE = /(增长|增速|增幅|涨幅|上涨|提高)/;
export const DECLINE = /(下降|降低)/;

export interface ReadContext {
  catalogue: Catalogue;
  folded: string;
  /** Qualitative wording is read (headline targets only). */
  qualitative: boolean;
}

/** The slug a stated value belongs to: a level named with a change word and a % is its growth rate. */
export const resolveSlug = (ctx: ReadContext, slug: string, gap: string, unit: UnitSpec | null): CatalogueIndicator | null => {
  const ind = ctx.catalogue.bySlug.get(slug);
  if (!ind) return null;
  const changeWorded = CHANGE.test(gap) || DECLINE.test(gap);
  if (ind.measure === 'LEVEL' && unit?.unit === '%') {
    const growth = ctx.catalogue.growthOf.get(slug);
    return growth && changeWorded ? ctx.catalogue.bySlug.get(growth)! : null;
  }
  return unit && ind.units.includes(unit.unit) ? ind : null;
};

const signed = (ind: CatalogueIndicator, gap: string, value: string): string =>
  // 下降3.3% of a growth rate is -3.3; of a reduction (能耗降低) it is the reduction itself.
  ind.measure === 'CHANGE' && DECLINE.test(gap) && !ind.slug.endsWith('-reduction') && value !== '0' ? `-${value}` : value;

export const toReading = (ind: CatalogueIndicator, n: NumberRead, gap: string, sourceStart: number): Reading => ({
  slug: ind.slug,
  value: signed(ind, gap, n.value),
  valueLow: n.valueLow === null ? null : signed(ind, gap, n.valueLow),
  valueHigh: n.valueHigh === null ? null : signed(ind, gap, n.valueHigh),
  unit: n.unit,
  comparator: n.comparator,
  comparatorText: n.comparatorText,
  valueStart: n.start,
  valueEnd: n.valueEnd,
  sourceStart,
  sourceEnd: n.end,
});

// 4800亿元左右（预计数，下同），增长6%; 24653亿元，按可比价计算，增长4.6%.
export const CONTINUATION = /^(?:[（(][^）)]{1,12}[）)])?[,，、]?\s*(?:按可比价(?:格)?计算[,，]\s*)?((?:同比|比上年)?(?:增长|增速|增幅|下降))\s*/u;
const QUALITATIVE_LEAD = /^(?:等指标|等)?(?:同比|比上年)?(?:增长|增速|增幅|涨幅)?/u;
const MAX_WORDING = 40;

/** The qualitative wording after a name, up to the clause end; null when there is none. */
export const wordingAt = (ctx: ReadContext, from: number, limit: number): { start: number; end: number } | null => {
  const lead = QUALITATIVE_LEAD.exec(ctx.folded.slice(from, limit))![0].length;
  let start = from + lead;
  const end = indexOfPattern(ctx.folded, CLAUSE_END, start, limit);
  // 空气质量优良天数比率和地表水水质优良率均完成省下达任务: what both are to do starts at 均.
  const both = ctx.folded.indexOf('均', start);
  if (/^[和及、]/.test(ctx.folded.slice(start, end)) && both >= 0 && both < end) start = both;
  const wording = ctx.folded.slice(start, end);
  // 保8争9, 高于全省1个百分点左右: words with numbers in them are still words; a number right after the name is not.
  // …收入增长和经济增长同步: 和 before the yardstick is part of the words; before another name it is a list.
  if (wording.length < 2 || wording.length > MAX_WORDING || /^[\d、及]|^(?:倍差|差距|比)/.test(wording) || /^和(?!经济)/.test(wording)) return null;
  return { start, end };
};

export const qualitativeReading = (slug: string, wording: { start: number; end: number }, sourceStart: number): Reading => ({
  slug,
  value: null,
  valueLow: null,
  valueHigh: null,
  unit: null,
  comparator: 'QUALITATIVE',
  comparatorText: null,
  valueStart: wording.start,
  valueEnd: wording.end,
  sourceStart,
  sourceEnd: wording.end,
});

