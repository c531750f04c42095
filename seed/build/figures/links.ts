/**
 * Links growth rates to the level they belong to (docs/figures.md, "Change
 * rates"): `114.7億元,同比增長3.8%`, and `分別達到A、B,分別增長a、b` in order.
 * Patterns match the folded text.
 */
import type { Draft } from './draft';

/** A clause that is nothing but a change rate of the figure before it. */
const BARE_CHANGE_CLAUSE = /^(同比)?(增长|增幅|增速|优化)$/;
const RESPECTIVE_CHANGE_CLAUSE = /^分别(同比)?(增长|增幅)$/;

export const linkChanges = (folded: string, drafts: Draft[]): void => {
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    // `179.1億元、430.54億元`: a list continues the figure before it.
    if (prev && prev.unit?.unit === d.unit?.unit && /^(、|和)$/.test(folded.slice(prev.fullEnd, d.start))) {
      d.listPrev = prev;
      if (prev.measure === 'CHANGE') d.measure = 'CHANGE';
    }
  });
  drafts.forEach((d, i) => {
    if (d.measure !== 'CHANGE' || d.listPrev) return;
    const clauseGap = (from: Draft): boolean => folded.slice(from.fullEnd, d.clauseStart) === ',';
    if (BARE_CHANGE_CLAUSE.test(d.preF)) {
      const level = drafts[i - 1];
      if (level && level.measure !== 'CHANGE' && clauseGap(level)) {
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
