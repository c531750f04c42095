/**
 * How a stated number bounds the quantity (docs/figures.md, "Comparators";
 * issue 9 item 1), read off the words around it on the folded text
 * (fold.ts): Simplified spellings match Traditional sources too.
 *
 * - 余, 多 right after the number (4100余个, 20多家): more than, a strict
 *   lower bound (MORE_THAN), the word kept in comparatorText;
 * - 以上, 不低于, 不少于, 突破, 超过, 超: at least (AT_LEAST);
 * - 以内, 以下, 不超过 (控制在…以内): at most (AT_MOST);
 * - 左右, 约: about (ABOUT);
 * - a range 4.5%—5%, 4.5%至5%, 5%-5.5%: RANGE (figures/ranges.ts);
 * - a red line (守住…红线): a floor, AT_LEAST.
 */
import type { Comparator } from '../../../lambda/data/records';

/** Written before the number. Longest first (超过 before 超). */
export const PREFIX_COMPARATORS: [string, Comparator][] = [
  ['不低于', 'AT_LEAST'],
  ['不少于', 'AT_LEAST'],
  ['不超过', 'AT_MOST'],
  ['突破', 'AT_LEAST'],
  ['超过', 'AT_LEAST'],
  ['大约', 'ABOUT'],
  ['约', 'ABOUT'],
  ['超', 'AT_LEAST'],
];

/** Written after the number and its unit. */
export const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ['以上', 'AT_LEAST'],
  ['左右', 'ABOUT'],
  ['以内', 'AT_MOST'],
  ['以下', 'AT_MOST'],
];

/** Written right after the number, before its unit (4100余个, 20多家, 百余家). */
export const INFIX_COMPARATORS: [string, Comparator][] = [
  ['余', 'MORE_THAN'],
  ['多', 'MORE_THAN'],
];

/** A red line held (守住耕地保护红线): the number is a floor. */
export const RED_LINE = { before: /(守住|守牢|坚守|严守|守好|牢牢守住)/, after: /红线/ };
