/**
 * Ranges (issue 9 item 1): `4.5%—5%`, `4.5%至5%`, `5%-5.5%`, `6-7%` are one
 * figure with comparator RANGE, valueLow and valueHigh (value is the lower
 * end). The two numbers must be joined by a dash, 至 or 到 and nothing else,
 * be written alike (both Arabic or both Chinese), and the first may only
 * lack the second's unit, never carry another one.
 */
import type { Draft } from './draft';

const JOINER = /^\s?[—–\-~至到]{1,2}\s?$/;

/** Merges range pairs in place; returns the drafts left (the upper ends are folded into their ranges). */
export const mergeRanges = (text: string, folded: string, drafts: Draft[], measureOf: (d: Draft) => Draft['measure']): Draft[] => {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i += 1) {
    const low = drafts[i]!;
    const high = drafts[i + 1];
    if (
      high &&
      high.unit &&
      low.token.kind === high.token.kind &&
      low.comparator === 'EXACT' &&
      (low.unit === null || low.unit.unit === high.unit.unit) &&
      JOINER.test(folded.slice(low.end, high.start))
    ) {
      const merged: Draft = {
        ...low,
        end: high.end,
        fullEnd: high.fullEnd,
        valueText: text.slice(low.start, high.end),
        valueLow: low.value,
        valueHigh: high.value,
        unit: high.unit,
        comparator: 'RANGE',
        comparatorText: text.slice(low.end, high.start).trim(),
        post: high.post,
        clauseEnd: high.clauseEnd,
      };
      merged.measure = measureOf(merged);
      out.push(merged);
      i += 1;
    } else out.push(low);
  }
  return out;
};
