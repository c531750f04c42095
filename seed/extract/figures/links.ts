/**
 * Links growth rates to the level they belong to (docs/figures.md, "Change
 * rates"): `114.7億元,同比增長3.8%`, and `分別達到A、B,分別增長a、b` in order.
 * Patterns match the folded text.
 */
import type { Draft } from './draft';

/** A clause that is nothing but a change rate of the figure before it. */
const BARE_CHANGE_CLAUSE = /^(同比|比上年|较上年|比去年)?(增长|增幅|增速|优化|下降|降低|减少|回落)$/;
const RESPECTIVE_CHANGE_CLAUSE = /^分别(同比)?(增长|增幅|下降|降低|减少)$/;

/** Falls: a negative change (issue 9 item 3). */
const FALL = /(下降|降低|减少|回落)$/;
/** Indices where lower is better: their 优化 (improvement) is a fall. */
const LOWER_IS_BETTER = /(综合指数|浓度|PM2\.5|能耗|排放|失业率|强度|死亡率|发生率|事故)/;

/**
 * The direction of a change rate as written: −1 for a fall (下降, 降低,
 * 减少), and for 优化 of an index where lower is better (空气质量综合指数
 * 4.78,同比优化1.8%); +1 otherwise.
 */
export const changeSign = (folded: string, d: Draft): 1 | -1 => {
  let head = d;
  while (head.listPrev) head = head.listPrev;
  if (FALL.test(head.preF)) return -1;
  if (/优化$/.test(head.preF)) {
    const about = d.changeOf ? folded.slice(d.changeOf.sentenceStart, d.changeOf.start) : folded.slice(head.sentenceStart, head.start);
    if (LOWER_IS_BETTER.test(about)) return -1;
  }
  return 1;
};

/** `value` with the sign of its change (exact: the decimal string is never parsed). */
export const signed = (value: string, sign: 1 | -1): string => (sign === -1 && !/^0(\.0+)?$/.test(value) ? `-${value}` : value);

export const linkChanges = (folded: string, drafts: Draft[]): void => {
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    // `179.1億元、430.54億元`: a list continues the figure before it.
    if (prev && prev.unit?.unit === d.unit?.unit && /^(、|和)$/.test(folded.slice(prev.fullEnd, d.start))) {
      d.listPrev = prev;
      if (prev.measure === 'CHANGE') d.measure = 'CHANGE';
    }
    // 地区生产总值突破6000亿元，达到6105亿元: the second number restates the first (a verb alone before it).
    if (prev && !d.listPrev && prev.unit && prev.unit.baseUnit === d.unit?.baseUnit && prev.sentenceStart === d.sentenceStart && /^[,、]\s*(达到|达|为)$/.test(folded.slice(prev.fullEnd, d.start)))
      d.restates = prev;
  });
  drafts.forEach((d, i) => {
    if (d.measure !== 'CHANGE' || d.listPrev) return;
    const clauseGap = (from: Draft): boolean => folded.slice(from.fullEnd, d.clauseStart) === ',';
    const listed = d.preF.lastIndexOf('、');
    if (BARE_CHANGE_CLAUSE.test(d.preF)) {
      const level = drafts[i - 1];
      if (level && level.measure !== 'CHANGE' && clauseGap(level)) {
        level.changeBy = d;
        d.changeOf = level;
      }
    } else if (listed >= 0 && BARE_CHANGE_CLAUSE.test(d.preF.slice(listed + 1))) {
      // 达到6105亿元、增长6.3%: the rate follows its level in one clause, after 、.
      const level = drafts[i - 1];
      if (level && level.measure !== 'CHANGE' && folded.slice(level.fullEnd, d.start) === d.preF.slice(listed)) {
        level.changeBy = d;
        d.changeOf = level;
      }
    } else if (RESPECTIVE_CHANGE_CLAUSE.test(d.preF)) {
      // 分別達到 A、B,分別增長 a、b: pair in order.
      const changes: Draft[] = [d];
      for (let k = i + 1; drafts[k]?.listPrev === changes[changes.length - 1]; k += 1) changes.push(drafts[k]!);
      const levels: Draft[] = [];
      let k = i - 1;
      if (drafts[k] && clauseGap(drafts[k]!)) {
        levels.unshift(drafts[k]!);
        while (drafts[k]?.listPrev) {
          levels.unshift(drafts[k]!.listPrev!);
          k -= 1;
        }
      }
      if (levels.length === changes.length)
        levels.forEach((level, j) => {
          const change = changes[j]!;
          level.changeBy = change;
          change.changeOf = level;
        });
    }
  });
};
