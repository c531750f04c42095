/**
 * Values stated for several names at once: a pair phrase (城乡居民人均可支配收入
 * 分别为58583元和30811元) and a 、-list with one 分别. Values pair with names in
 * order only when the counts agree, so a value is never guessed.
 */
import type { SubjectMatch } from './match';
import { readNumberAt, type NumberRead } from './number';
import { CHANGE, DECLINE, GAP, qualitativeReading, resolveSlug, toReading, wordingAt, type ReadContext, type Reading } from './reading';
import { NUMBER } from './text';

/** 城乡居民人均可支配收入分别为58583元和30811元，增长5%和8.2%: values pair with the named indicators in order. */
export const readPair = (ctx: ReadContext, subject: SubjectMatch, limit: number): Reading[] => {
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
