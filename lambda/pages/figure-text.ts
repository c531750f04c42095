/**
 * Figures for people: the unit's label in three scripts, the value as one
 * reads it aloud ("114.7亿元 (11.47 billion yuan)"), and a ready-to-paste
 * citation. Unit words and multipliers are data (units.json); the numbers are
 * handled as decimal strings, never floats, so nothing is rounded.
 */
import type { FigureItem, ReportItem } from '../data/entities';
import type { LocalizedText } from '../data/records';
import { simplifierOf } from '../graphql/text-match';
import units from './units.json';
import { sourceUrl, withReport } from './source-fields';

export type Lang = 'ZH_HANS' | 'ZH_HANT' | 'EN';

interface UnitParts {
  prefix: { zhHans: string; en: string; power: number } | undefined;
  prefixText: string;
  word: { zhHans: string; en: string };
  wordText: string;
}

const PREFIXES = Object.entries(units.prefixes).sort((a, b) => b[0].length - a[0].length);
const WORDS = units.units as Record<string, { zhHans: string; en: string }>;

/** 億元 → prefix 億 + word 元; null when the unit is not in the table (then it is shown as written). */
export const parseUnit = (unit: string): UnitParts | null => {
  if (WORDS[unit]) return { prefix: undefined, prefixText: '', word: WORDS[unit], wordText: unit };
  for (const [text, prefix] of PREFIXES) {
    const rest = unit.slice(text.length);
    if (unit.startsWith(text) && WORDS[rest]) return { prefix, prefixText: text, word: WORDS[rest], wordText: rest };
  }
  return null;
};

export const unitLabel = (unit: string | null, lang: Lang): string | null => {
  if (unit === null) return null;
  const parts = parseUnit(unit);
  if (lang === 'ZH_HANT' || !parts) return unit;
  if (lang === 'ZH_HANS') return (parts.prefix?.zhHans ?? '') + parts.word.zhHans;
  return [parts.prefix?.en ?? '', parts.word.en].filter(Boolean).join(' ') || null;
};

/** Moves the decimal point of a decimal string: shift("114.7", 8) = "11470000000". */
export const shiftDecimal = (value: string, power: number): string => {
  const negative = value.startsWith('-');
  const [int = '0', frac = ''] = value.replace(/^-/, '').split('.');
  const digits = int + frac;
  let point = int.length + power;
  let padded = digits;
  if (point > padded.length) padded = padded.padEnd(point, '0');
  if (point < 0) {
    padded = '0'.repeat(-point) + padded;
    point = 0;
  }
  const whole = padded.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = padded.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
};

const groupThousands = (decimal: string): string => {
  const [int = '0', frac] = decimal.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
};

/** 11470000000 → "11.47 billion"; below a million, digits grouped. */
export const englishNumber = (decimal: string): string => {
  const intDigits = decimal.replace(/^-/, '').split('.')[0]!.length;
  for (const [power, word] of [
    [12, 'trillion'],
    [9, 'billion'],
    [6, 'million'],
  ] as const) {
    if (intDigits > power) return `${shiftDecimal(decimal, -power)} ${word}`;
  }
  return groupThousands(decimal);
};

type FigureLike = Pick<FigureItem, 'value' | 'valueLow' | 'valueHigh' | 'unit' | 'comparator' | 'comparatorText' | 'source' | 'valueText'>;

/** One amount in English with its unit: "11.47 billion yuan", "3.8%". */
const englishAmount = (value: string, unit: string | null): string => {
  if (unit === null) return groupThousands(value);
  const parts = parseUnit(unit);
  if (!parts) return `${groupThousands(value)} ${unit}`;
  const amount = englishNumber(parts.prefix ? shiftDecimal(value, parts.prefix.power) : value);
  return parts.word.en === '%' ? `${amount}%` : [amount, parts.word.en].filter(Boolean).join(' ');
};

export const englishValue = (f: FigureLike): string => {
  // A target stated in words has no number to read: its wording is the value.
  if (f.value === null) return f.valueText;
  if (f.comparator === 'RANGE' && f.valueLow !== null && f.valueHigh !== null) {
    return `${englishAmount(f.valueLow, f.unit)} to ${englishAmount(f.valueHigh, f.unit)}`;
  }
  const comparator = (units.comparators as Record<string, string>)[f.comparator] ?? '';
  const text = englishAmount(f.value, f.unit);
  return comparator ? `${comparator} ${text}` : text;
};

/** The value in Chinese as the report words it: 突破/約 before the number, 以上/左右 after it. */
export const chineseValue = (f: FigureLike, lang: 'ZH_HANS' | 'ZH_HANT', simplify: (t: string) => string): string => {
  const unit = unitLabel(f.unit, lang) ?? '';
  const word = f.comparatorText ?? '';
  const before = word !== '' && f.source.text.includes(word + f.valueText);
  const number = f.value === null ? f.valueText : f.comparator === 'RANGE' && f.valueLow !== null && f.valueHigh !== null ? `${f.valueLow}—${f.valueHigh}` : f.value;
  const text = f.value === null ? number : `${before ? word : ''}${number}${unit}${word && !before ? word : ''}`;
  return lang === 'ZH_HANS' ? simplify(text) : text;
};

export const displayValue = (f: FigureLike, lang: Lang, simplify: (t: string) => string): string => {
  const en = englishValue(f);
  if (lang === 'EN') return en;
  const zh = chineseValue(f, lang, simplify);
  return zh === en ? zh : `${zh} (${en})`;
};

const pick = (t: LocalizedText, lang: Lang): string => (lang === 'EN' ? (t.en ?? t.zhHant) : lang === 'ZH_HANS' ? t.zhHans : t.zhHant);

/** Place of the report when the catalogue records one (report.json `place`); the title names it otherwise. */
const placeOf = (report: ReportItem): LocalizedText | null => report.place?.name ?? null;

export const citation = (f: FigureItem, report: ReportItem | undefined, lang: Lang, origin: string | undefined): string => {
  const simplify = simplifierOf(report);
  const url = `${origin ?? ''}${sourceUrl(withReport(f.reportId, f.source))}`;
  const quote = lang === 'ZH_HANS' ? simplify(f.source.text) : f.source.text;
  const version = report?.datasetVersion ?? 'unknown';
  const place = report ? placeOf(report) : null;
  const title = report ? pick(report.title, lang) : f.reportId;
  const date = report?.date || null;
  const kindEn = f.kind === 'ACTUAL' ? 'result' : 'target';
  if (lang === 'EN') {
    return [
      place ? `${pick(place, lang)}, ` : '',
      `“${title}”`,
      date ? ` (${date})` : '',
      `: “${quote}” — ${pick(f.subject, lang)}, ${f.year} ${kindEn}: ${englishValue(f)}. `,
      `${url} (dataset ${f.reportId}, version ${version})`,
    ].join('');
  }
  const kindZh = f.kind === 'ACTUAL' ? '实绩' : '目标';
  return [
    place ? pick(place, lang) : '',
    `《${title}》`,
    date ? `（${date}）` : '',
    `：“${quote}”——${pick(f.subject, lang)}，${f.year}年${lang === 'ZH_HANS' ? kindZh : kindZh === '实绩' ? '實績' : '目標'}：`,
    `${chineseValue(f, lang, simplify)}。${url}（${lang === 'ZH_HANS' ? '数据集' : '數據集'} ${f.reportId}，${lang === 'ZH_HANS' ? '版本' : '版本'} ${version}）`,
  ].join('');
};
