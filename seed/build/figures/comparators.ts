/**
 * How a stated number bounds the quantity (docs/figures.md, "Comparators"),
 * read off the words around it on the folded text (fold.ts): Simplified
 * spellings match Traditional sources too.
 */
import type { Comparator } from '../../../lambda/data/records';

/** Written before the number. Longest first. */
export const PREFIX_COMPARATORS: [string, Comparator][] = [
  ['不低于', 'AT_LEAST'],
  ['不少于', 'AT_LEAST'],
  ['不超过', 'AT_MOST'],
  ['突破', 'AT_LEAST'],
  ['超过', 'AT_LEAST'],
  ['约', 'ABOUT'],
];

/** Written after the number and its unit. */
export const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ['以上', 'AT_LEAST'],
  ['左右', 'ABOUT'],
  ['以内', 'AT_MOST'],
  ['以下', 'AT_MOST'],
];

/** Written right after the number, before its unit (4100余个). */
export const INFIX_COMPARATORS: [string, Comparator][] = [['余', 'ABOUT']];
