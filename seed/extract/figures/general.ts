/**
 * The general non-measurements, for a report without its own list
 * (non-measurements.json): the patterns of seed/catalogue/non-measurements.json
 * (dates, years, note markers, numbering, ordinals, document numbers, names
 * with numerals …, matched on the folded body, so both scripts), and one rule
 * in code: a Chinese numeral is a figure only when a unit or measure word
 * follows it (两个, 三十余家, 五万人); otherwise it is part of a word or a
 * phrase (一流, 统一, 十四五, 三年行动), never a measurement; a lone 一 neither
 * (一份答卷, 一个中心); and a 19xx/20xx with no unit after it is a year.
 */
import path from 'node:path';
import { fold } from '../fold';
import { readOverlay } from '../overlay';
import { resolveNonMeasurements, type NonMeasurementEntry, type NonMeasurementSpan } from './non-measurements';
import { tokeniseNumerals } from './numerals';
import { unitAtFolded } from './unit-lookup';

export const GENERAL_NON_MEASUREMENTS_FILE = path.resolve(__dirname, '..', '..', 'catalogue', 'non-measurements.json');

export const loadGeneralNonMeasurements = (): NonMeasurementEntry[] => readOverlay<NonMeasurementEntry[]>(GENERAL_NON_MEASUREMENTS_FILE, []);

const CHINESE_WITHOUT_UNIT: NonMeasurementEntry = {
  pattern: '(a Chinese numeral with no unit after it)',
  occurrence: 'all',
  reason: 'idiom',
  note: 'a Chinese numeral without a unit or measure word after it is part of a word (一流, 统一, 十四五)',
};

const YEAR_WITHOUT_UNIT: NonMeasurementEntry = {
  pattern: '(19xx or 20xx with no unit after it)',
  occurrence: 'all',
  reason: 'year',
  note: 'a year written without 年 (2023中国种子大会)',
};

/**
 * A multiplier alone before its unit names a class when a noun follows
 * (亿元以上工业项目, 千亿元产业集群), not when the clause ends there (突破千亿元).
 */
const classOf = (body: string, folded: string, start: number, end: number): boolean => {
  if (!/^[百千万亿萬億]+$/.test(folded.slice(start, end))) return false;
  const unit = unitAtFolded(body, folded, end);
  let at = end + (unit?.unit.length ?? 0);
  if (folded.startsWith('以上', at) || folded.startsWith('以下', at)) at += 2;
  return at < folded.length && !/[\s,;。:!?、)]/.test(folded[at]!);
};

/** Where the general rules apply in `body` (offsets into it). Unlike a report's own list, a rule may match nothing. */
export const generalNonMeasurements = (body: string, entries: NonMeasurementEntry[] = loadGeneralNonMeasurements()): NonMeasurementSpan[] => {
  const folded = fold(body);
  const spans = resolveNonMeasurements(folded, entries, { strict: false }).map((s) => ({ ...s, text: body.slice(s.start, s.end) }));
  for (const t of tokeniseNumerals(body)) {
    // A year written without 年 (2023中国种子大会): 19xx/20xx with no unit after it.
    if (t.kind === 'arabic' && /^(19|20)\d{2}$/.test(t.text) && !unitAtFolded(body, folded, t.end + (/[余多]/.test(folded[t.end] ?? '') ? 1 : 0), true))
      spans.push({ start: t.start, end: t.end, text: t.text, reason: 'year', entry: YEAR_WITHOUT_UNIT });
    if (t.kind !== 'chinese') continue;
    // A lone 一 before a measure word is idiom far more often than a count (一份答卷, 一个中心, 一批);
    // a multiplier alone names a class (亿元以上项目, 千亿级), and 每万人 is a denominator.
    if ((t.text === '一' && !/[万亿]/.test(folded[t.end] ?? '')) || classOf(body, folded, t.start, t.end) || folded[t.start - 1] === '每') {
      spans.push({ start: t.start, end: t.end, text: t.text, reason: 'idiom', entry: CHINESE_WITHOUT_UNIT });
      continue;
    }
    let at = t.end;
    if (folded[at] === '余' || folded[at] === '多') at += 1;
    // 一个 … but not 第一个 (an ordinal) nor 一是 (enumeration, a pattern above).
    if (unitAtFolded(body, folded, at) && folded[t.start - 1] !== '第') continue;
    spans.push({ start: t.start, end: t.end, text: t.text, reason: 'idiom', entry: CHINESE_WITHOUT_UNIT });
  }
  return spans;
};
