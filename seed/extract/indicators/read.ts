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
import type { SubjectMatch } from './match';
import { readPair } from './lists';
import { readNumberAt } from './number';
import { CHANGE, CONTINUATION, GAP, qualitativeReading, resolveSlug, toReading, wordingAt, type ReadContext, type Reading } from './reading';
import { CLAUSE_END, indexOfPattern } from './text';

// The rules are split by what they read (number.ts, reading.ts, lists.ts); callers keep importing them from here.
export type { Reading, ReadContext } from './reading';
export { readRespective } from './lists';

const LEVEL_RESTATED = /^[,，、]\s*(达到|达|为)\s*(?=\d)/u;

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

