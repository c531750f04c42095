/**
 * What add-report reads from a report's text itself: that it is UTF-8, its
 * script, and the year it reviews. Every rule says which evidence it used.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../report-meta';

const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

/** Strict UTF-8 (a GBK file is refused, not mangled), and not empty. */
export const decodeReport = (bytes: Buffer): Decoded => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'the file is not valid UTF-8 (convert it first, e.g. from GBK)' };
  }
  if (!/[\u4e00-\u9fff]/.test(text)) return { ok: false, error: 'the file is empty or holds no Chinese text' };
  return { ok: true, text };
};

const changed = (a: string, b: string): number => {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Math.abs(x.length - y.length);
  return x.reduce((n, ch, i) => n + (ch === y[i] ? 0 : 1), 0);
};

/**
 * Compares the two OpenCC conversions: a Simplified text is changed by
 * conversion to Traditional and barely by conversion to Simplified, and
 * the other way round. Ties (no convertible character) count as Simplified.
 */
export const detectScript = (text: string): { script: Script; toHans: number; toHant: number } => {
  const toHansChanges = changed(text, toHans(text));
  const toHantChanges = changed(text, toHant(text));
  return { script: toHansChanges > toHantChanges ? 'zh-Hant' : 'zh-Hans', toHans: toHansChanges, toHant: toHantChanges };
};

export interface YearEvidence {
  reviewYear: number;
  rule: string;
  quote: string;
}

/** Rules in order of trust; `offset` turns the matched year into the reviewed year. */
const YEAR_RULES: { rule: string; pattern: RegExp; offset: number; within?: number }[] = [
  { rule: 'review heading (20XX年工作回顾)', pattern: /(20\d\d)年(?:主要|政府)?工作回顾/, offset: 0 },
  {
    rule: 'plan heading (20XX年工作安排 / 主要目标 / 工作目标任务)',
    pattern: /(20\d\d)年(?:主要|政府)?(?:工作安排|工作目标|工作任务|主要目标|目标任务|主要工作安排)/,
    offset: -1,
  },
  // 2023年，在……的坚强领导下 / 2023年是全面贯彻……: the review opens with its year near the top.
  { rule: 'review opening (20XX年，/20XX年是 at the start)', pattern: /(?:^|[\n。])[^\n。，]{0,8}?(20\d\d)年[，,是]/, offset: 0, within: 1200 },
];

/**
 * The year the report reviews, from the text; null when no rule applies (then --review-year is needed).
 * The rules read the Simplified form, so a Traditional text (工作回顧) matches them too.
 */
export const detectReviewYear = (text: string): YearEvidence | null => {
  const hans = toHans(text);
  for (const { rule, pattern, offset, within } of YEAR_RULES) {
    const m = pattern.exec(within ? hans.slice(0, within) : hans);
    if (m?.[1]) return { reviewYear: Number(m[1]) + offset, rule, quote: m[0].trim() };
  }
  return null;
};
