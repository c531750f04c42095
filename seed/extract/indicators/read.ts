/**
 * What a report states about a catalogue statistic it names: the number, unit
 * and comparator written right after the name (地区生产总值增长5%左右), a growth
 * rate written right after a level (2333.3亿元、增长7%), the values of a pair
 * phrase (城乡居民人均可支配收入分别为58583元和30811元), or, in the headline
 * targets, the wording of a qualitative target (与经济增长基本同步).
 *
 * Only connecting words may stand between the name and its number (GAP): a
 * clause that says anything else about the statistic (比2020年增长, 占…比重,
 * 首位度) is not a statement of its value, and is left unlinked.
 */
import type { Catalogue, CatalogueIndicator } from '../../catalogue/catalogue';
import type { SubjectMatch } from './match';
import { CLAUSE_END, canonicalNumber, indexOfPattern, NUMBER, unitAt, type UnitSpec } from './text';

export type ObservedComparator = 'EXACT' | 'AT_LEAST' | 'AT_MOST' | 'ABOUT' | 'MORE_THAN' | 'RANGE' | 'QUALITATIVE';

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
const GAP = new RegExp(`^(?:${GAP_WORDS}|（[^）]{1,10}）|\\([^)]{1,10}\\)|\\s)*`, 'u');
const CHANGE = /(增长|增速|增幅|涨幅|上涨|提高)/;
const DECLINE = /(下降|降低)/;
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

interface NumberRead {
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
const readNumberAt = (folded: string, at: number, gap: string): NumberRead | null => {
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

export interface ReadContext {
  catalogue: Catalogue;
  folded: string;
  /** Qualitative wording is read (headline targets only). */
  qualitative: boolean;
}

/** The slug a stated value belongs to: a level named with a change word and a % is its growth rate. */
const resolveSlug = (ctx: ReadContext, slug: string, gap: string, unit: UnitSpec | null): CatalogueIndicator | null => {
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

const toReading = (ind: CatalogueIndicator, n: NumberRead, gap: string, sourceStart: number): Reading => ({
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

const LEVEL_RESTATED = /^[,，、]\s*(达到|达|为)\s*(?=\d)/u;
// 4800亿元左右（预计数，下同），增长6%; 24653亿元，按可比价计算，增长4.6%.
const CONTINUATION = /^(?:[（(][^）)]{1,12}[）)])?[,，、]?\s*(?:按可比价(?:格)?计算[,，]\s*)?((?:同比|比上年)?(?:增长|增速|增幅|下降))\s*/u;
const QUALITATIVE_LEAD = /^(?:等指标|等)?(?:同比|比上年)?(?:增长|增速|增幅|涨幅)?/u;
const MAX_WORDING = 40;

/** The qualitative wording after a name, up to the clause end; null when there is none. */
const wordingAt = (ctx: ReadContext, from: number, limit: number): { start: number; end: number } | null => {
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

/**
 * Readings of one named statistic. `limit` is where the next named statistic
 * or the sentence starts; `sharedWording` is the wording of the next name in a
 * `、` list (单位生产总值能耗、单位生产总值二氧化碳排放量进一步下降).
 */
export const readSubject = (
  ctx: ReadContext,
  subject: SubjectMatch,
  limit: number,
  sharedWording: { start: number; end: number } | null = null,
): Reading[] => {
  const { folded } = ctx;
  const gap = GAP.exec(folded.slice(subject.end, limit))![0];
  const at = subject.end + gap.length;
  if (subject.pair) return readPair(ctx, subject, limit);
  // 分别 after a single name: its value is one of a respective list that names other things too.
  if (gap.includes('分别')) return [];
  let n = at < limit ? readNumberAt(folded, at, gap) : null;
  if (n && n.end <= limit) {
    const ind = resolveSlug(ctx, subject.slugs[0]!, gap, n.unit);
    if (!ind) return [];
    // 突破6000亿元，达到6105亿元: a bound restated as the exact figure in the next clause; the exact one counts.
    const restated = LEVEL_RESTATED.exec(folded.slice(n.end, limit));
    const exact = restated && n.comparator !== 'EXACT' ? readNumberAt(folded, n.end + restated[0].length, restated[1]!) : null;
    if (exact && exact.end <= limit && exact.unit?.unit === n.unit?.unit) n = exact;
    const readings = [toReading(ind, n, gap, subject.start)];
    const growthSlug = ind.measure === 'LEVEL' ? ctx.catalogue.growthOf.get(ind.slug) : undefined;
    const cont = growthSlug ? CONTINUATION.exec(folded.slice(n.end, limit)) : null;
    if (cont && growthSlug) {
      const g = readNumberAt(folded, n.end + cont[0].length, cont[1]!);
      const growth = ctx.catalogue.bySlug.get(growthSlug)!;
      if (g && g.end <= limit && g.unit?.unit === '%') readings.push(toReading(growth, g, cont[1]!, subject.start));
    }
    return readings;
  }
  if (n) return [];
  const restatedLevel = levelRestatedLater(ctx, subject, limit);
  if (restatedLevel.length > 0) return restatedLevel;
  const nextClauseGrowth = growthInNextClause(ctx, subject, limit);
  if (!ctx.qualitative) return nextClauseGrowth;
  const wording = wordingAt(ctx, subject.end, limit) ?? sharedWording;
  if (!wording) return nextClauseGrowth;
  // 地区生产总值跨越千亿台阶，增长7%以上: the level's words, then its growth rate.
  if (nextClauseGrowth.length > 0) return [qualitativeReading(subject.slugs[0]!, wording, subject.start), ...nextClauseGrowth];
  let ind = ctx.catalogue.bySlug.get(subject.slugs[0]!)!;
  const growth = ctx.catalogue.growthOf.get(ind.slug);
  // 与经济增长基本同步, 高于经济增速: wording that measures against growth is a target for the growth rate.
  if (growth && (CHANGE.test(folded.slice(subject.end, wording.start)) || /同步|增长|增速/.test(folded.slice(wording.start, wording.end))))
    ind = ctx.catalogue.bySlug.get(growth)!;
  return [qualitativeReading(ind.slug, wording, subject.start)];
};

/** 地区生产总值迈上3万亿元新台阶、达到30145.79亿元、增长6.1%: the level's exact value restated later in its sentence, then its growth. */
const levelRestatedLater = (ctx: ReadContext, subject: SubjectMatch, limit: number): Reading[] => {
  const ind = ctx.catalogue.bySlug.get(subject.slugs[0]!);
  if (!ind || ind.measure !== 'LEVEL') return [];
  const m = /[,，、](达到|达|为)\s*(?=\d)/u.exec(ctx.folded.slice(subject.end, limit));
  if (!m) return [];
  const n = readNumberAt(ctx.folded, subject.end + m.index + m[0].length, m[1]!);
  if (!n || n.end > limit || !n.unit || !ind.units.includes(n.unit.unit)) return [];
  const readings = [toReading(ind, n, m[1]!, subject.start)];
  const growthSlug = ctx.catalogue.growthOf.get(ind.slug);
  const cont = growthSlug ? CONTINUATION.exec(ctx.folded.slice(n.end, limit)) : null;
  if (cont && growthSlug) {
    const g = readNumberAt(ctx.folded, n.end + cont[0].length, cont[1]!);
    if (g && g.end <= limit && g.unit?.unit === '%') readings.push(toReading(ctx.catalogue.bySlug.get(growthSlug)!, g, cont[1]!, subject.start));
  }
  return readings;
};

/** 地区生产总值在应对多难局面下保持在千亿以上，增长3.2%: a level stated in words, its growth rate in the next clause. */
const growthInNextClause = (ctx: ReadContext, subject: SubjectMatch, limit: number): Reading[] => {
  const growthSlug = ctx.catalogue.growthOf.get(subject.slugs[0]!);
  if (!growthSlug) return [];
  const clauseEnd = indexOfPattern(ctx.folded, CLAUSE_END, subject.end, limit);
  if (clauseEnd >= limit || /\d/.test(ctx.folded.slice(subject.end, clauseEnd)) || !/[,，]/.test(ctx.folded[clauseEnd] ?? '')) return [];
  const cont = CONTINUATION.exec(ctx.folded.slice(clauseEnd, limit));
  if (!cont) return [];
  const g = readNumberAt(ctx.folded, clauseEnd + cont[0].length, cont[1]!);
  if (!g || g.end > limit || g.unit?.unit !== '%') return [];
  return [toReading(ctx.catalogue.bySlug.get(growthSlug)!, g, cont[1]!, subject.start)];
};

const qualitativeReading = (slug: string, wording: { start: number; end: number }, sourceStart: number): Reading => ({
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

/** 城乡居民人均可支配收入分别为58583元和30811元，增长5%和8.2%: values pair with the named indicators in order. */
const readPair = (ctx: ReadContext, subject: SubjectMatch, limit: number): Reading[] => {
  const { folded, catalogue } = ctx;
  const levels: Reading[][] = subject.slugs.map(() => []);
  const levelReads: NumberRead[] = [];
  const changeReads: { n: NumberRead; gap: string }[] = [];
  for (let at = subject.end; at < limit; ) {
    NUMBER.lastIndex = at;
    if (!/\d/.test(folded[at] ?? '')) {
      at += 1;
      continue;
    }
    const before = folded.slice(subject.end, at);
    const n = readNumberAt(folded, at, before);
    if (!n) break;
    if (n.unit?.unit === '%') changeReads.push({ n, gap: before });
    else if (n.unit) levelReads.push(n);
    at = n.end;
  }
  // 分别增长5%和7%左右: a comparator written once after the list bounds every value of it.
  const last = changeReads[changeReads.length - 1];
  if (last && last.n.comparator !== 'EXACT')
    for (const c of changeReads.slice(0, -1))
      if (c.n.comparator === 'EXACT' && /^[和、及]$/.test(folded.slice(c.n.end, changeReads[changeReads.indexOf(c) + 1]!.n.start)))
        c.n = { ...c.n, comparator: last.n.comparator, comparatorText: last.n.comparatorText };
  const out: Reading[] = [];
  const count = subject.slugs.length;
  if (levelReads.length === count)
    subject.slugs.forEach((slug, i) => {
      const ind = catalogue.bySlug.get(slug)!;
      if (ind.units.includes(levelReads[i]!.unit!.unit)) levels[i]!.push(toReading(ind, levelReads[i]!, '', subject.start));
    });
  if (changeReads.length === count)
    subject.slugs.forEach((slug, i) => {
      // 三次产业增加值分别增长3%、7%、7%: the pair names the rates themselves.
      const growth = catalogue.bySlug.get(slug)!.measure === 'CHANGE' ? slug : catalogue.growthOf.get(slug);
      const { n, gap } = changeReads[i]!;
      if (growth && (CHANGE.test(gap) || DECLINE.test(gap))) levels[i]!.push(toReading(catalogue.bySlug.get(growth)!, n, gap, subject.start));
    });
  out.push(...levels.flat());
  if (out.length === 0 && ctx.qualitative && levelReads.length === 0 && changeReads.length === 0) {
    const wording = wordingAt(ctx, subject.end, limit);
    if (wording)
      for (const slug of subject.slugs) {
        const growth = catalogue.bySlug.get(slug)!.measure === 'CHANGE' ? slug : catalogue.growthOf.get(slug);
        if (growth) out.push(qualitativeReading(growth, wording, subject.start));
      }
  }
  return out;
};

/**
 * 地区生产总值、规上工业增加值、固定资产投资分别增长6.1%、6.6%、4.3%: names listed
 * with 、 and one 分别 take the values of the list after it in order, when the
 * counts agree; otherwise none is read (a value is never guessed).
 */
export const readRespective = (ctx: ReadContext, run: SubjectMatch[], limit: number): Reading[] => {
  const { folded } = ctx;
  const last = run[run.length - 1]!;
  const gap = GAP.exec(folded.slice(last.end, limit))![0];
  if (!gap.includes('分别') || run.some((s) => s.pair)) return [];
  const values: NumberRead[] = [];
  for (let at = last.end + gap.length; values.length < run.length; ) {
    const n = readNumberAt(folded, at, gap);
    if (!n || n.end > limit) break;
    values.push(n);
    const sep = /^[、和及]/.exec(folded.slice(n.end, limit));
    if (!sep) break;
    at = n.end + sep[0].length;
  }
  if (values.length !== run.length) return [];
  const out: Reading[] = [];
  run.forEach((s, i) => {
    const ind = resolveSlug(ctx, s.slugs[0]!, gap, values[i]!.unit);
    if (ind) out.push(toReading(ind, values[i]!, gap, run[0]!.start));
  });
  return out;
};
