/**
 * compareYears: one indicator's target against its result, whether the two
 * measure the same thing, and if so their exact difference and its direction
 * (docs/figures.md, "Comparable pairs").
 */
import type { FigureItem, IndicatorItem } from '../data/entities';

/** One indicator's target against its result. */
export interface YearComparisonParent {
  indicator: IndicatorItem;
  actual: FigureItem | null;
  target: FigureItem | null;
  comparable: boolean;
  reason: string | null;
  difference: string | null;
  differenceUnit: string | null;
  direction: 'RAISED' | 'LOWERED' | 'SAME' | null;
}

// ------------------------------------------------------------ exact decimals

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string as an integer and a count of decimal places, so arithmetic stays exact. */
const parse = (value: string | null): { n: bigint; scale: number } | null => {
  if (value === null) return null;
  const m = DECIMAL.exec(value);
  if (!m) return null;
  const frac = m[3] ?? '';
  return { n: BigInt(`${m[1]}${m[2]}${frac}`), scale: frac.length };
};

/** `a − b` on decimal strings, exactly (15.3 → 12 gives -3.3, not -3.3000000000000007); null if either is not a decimal. */
export const subtractDecimal = (a: string | null, b: string | null): string | null => {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  const diff = x.n * 10n ** BigInt(scale - x.scale) - y.n * 10n ** BigInt(scale - y.scale);
  const negative = diff < 0n;
  const digits = (negative ? -diff : diff).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
};

// ------------------------------------------------------------ comparability

/**
 * Stages of work a clause can count: a count of works started is not a count
 * of works completed, even in the same unit (啟動改造老舊小區13個 in 2023,
 * 完成老舊小區改造13個 in 2024).
 */
const STAGES: { stage: string; words: RegExp }[] = [
  { stage: 'started (啟動/開工)', words: /啟動|開工|開建/ },
  { stage: 'completed (完成/建成/竣工)', words: /完成|建成|竣工|完工/ },
];

/** The words of the figure's clause before its number, and its subject. */
const wording = (f: FigureItem): string => {
  const at = f.source.text.lastIndexOf(f.valueSource.text);
  return `${f.subject.zhHant} ${at >= 0 ? f.source.text.slice(0, at) : f.source.text}`;
};

const stageOf = (f: FigureItem): string | null => {
  const words = wording(f);
  const found = STAGES.filter((s) => s.words.test(words));
  return found.length === 1 ? found[0]!.stage : null;
};

/** Comparators that bound the quantity by one number; a RANGE (two ends) or a QUALITATIVE target (words) states none. */
const ONE_NUMBER: ReadonlySet<string> = new Set(['EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'MORE_THAN']);

/** Why the pair cannot be compared, or null when it can. */
export const incomparability = (actual: FigureItem | null, target: FigureItem | null): string | null => {
  if (!actual) return 'the report states no result for the earlier year';
  if (!target) return 'the report states no target for the later year';
  // A QUALITATIVE target (與經濟增長基本同步) or a range states no single number to subtract.
  for (const [f, what] of [[actual, 'result'], [target, 'target']] as const)
    if (!ONE_NUMBER.has(f.comparator)) return `the ${what} is ${f.comparator} (${f.valueText}), not a single number`;
  if (parse(actual.value) === null || parse(target.value) === null) return 'one of the two states no single number';
  if (actual.measure !== target.measure) return `the result is a ${actual.measure}, the target a ${target.measure}`;
  if (actual.baseUnit !== target.baseUnit) return `different units: ${actual.unit ?? actual.baseUnit} and ${target.unit ?? target.baseUnit}`;
  const [a, t] = [stageOf(actual), stageOf(target)];
  if (a && t && a !== t) return `the result counts work ${a}, the target work ${t}`;
  return null;
};

export const compareFigures = (
  indicator: IndicatorItem,
  actual: FigureItem | null,
  target: FigureItem | null,
): YearComparisonParent => {
  const reason = incomparability(actual, target);
  if (reason !== null || !actual || !target)
    return { indicator, actual, target, comparable: false, reason, difference: null, differenceUnit: null, direction: null };
  // Written in one unit: the difference in that unit (percentage points for two rates); otherwise in their base unit.
  const sameUnit = actual.unit === target.unit;
  const difference = sameUnit
    ? subtractDecimal(target.value, actual.value)
    : subtractDecimal(target.normalizedValue, actual.normalizedValue);
  const differenceUnit = sameUnit ? (actual.unit ?? actual.baseUnit) : actual.baseUnit;
  const direction = difference === null ? null : difference.startsWith('-') ? 'LOWERED' : /^0(\.0*)?$/.test(difference) ? 'SAME' : 'RAISED';
  return { indicator, actual, target, comparable: true, reason: null, difference, differenceUnit, direction };
};
