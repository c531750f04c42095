/**
 * Numbers in the appendix's glossary notes (385家餐廳, 12件民生實事): figures
 * of kind CONTEXT, neither a result nor a target of the report, sourced in the
 * appendix (docs/figures.md, "Appendix figures"). Which numbers are figures
 * and what they measure is data beside the report
 * (`curated/appendix-figures.json`); every other numeral of the notes is a
 * documented non-measurement (`non-measurements-appendix.json`). Value, unit,
 * normalised value and comparator are read from the text as in the body.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparator, FigureRecord } from '../../../lambda/data/records';
import { figureId } from '../../../lambda/data/keys';
import type { RepairedDocument } from '../../repair/document';
import { localize } from '../localize';
import { canonicalDecimal, scaleDecimal } from './decimal';
import { parseChineseInteger, parseRoman, tokeniseNumerals, type NumeralToken } from './numerals';
import { unitAt } from './units';

export const APPENDIX_FIGURES_FILE = path.join('curated', 'appendix-figures.json');
export const APPENDIX_NON_MEASUREMENTS_FILE = 'non-measurements-appendix.json';

export interface AppendixFigureEntry {
  /** Exact text of the appendix, occurring once, containing the number. */
  match: string;
  /** The number as written (`385`, `1`). */
  value: string;
  /** The year the note dates the number to; else the year the report was delivered (the latest it can be about). */
  year: number;
  sectorId: string;
  subject: { zhHant: string; en: string };
}

const CLAUSE_END = /[,;。!:?，；：！？\n]/;

/** Where the appendix starts in the repaired text (the 附件 heading's line). */
export const appendixStartOf = (text: string): number => {
  const at = text.indexOf('\n附件');
  if (at < 0) throw new Error('appendix figures: appendix heading not found');
  return at + 1;
};

export const loadAppendixFigures = (reportDir: string): AppendixFigureEntry[] => {
  const file = path.join(reportDir, APPENDIX_FIGURES_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AppendixFigureEntry[]) : [];
};

const valueOf = (t: NumeralToken): string =>
  t.kind === 'arabic' ? canonicalDecimal(t.text) : t.kind === 'chinese' ? parseChineseInteger(t.text) : parseRoman(t.text);

export interface AppendixFiguresInput {
  reportId: string;
  doc: Pick<RepairedDocument, 'text' | 'sourceRefFromRepaired'>;
  entries: AppendixFigureEntry[];
  /** Where the appendix starts in the repaired text; found by its 附件 heading when absent. */
  from?: number;
}

export const extractAppendixFigures = ({ reportId, doc, entries, from: start }: AppendixFiguresInput): FigureRecord[] => {
  if (entries.length === 0) return [];
  const text = doc.text;
  const from = start ?? appendixStartOf(text);
  return entries.map((entry) => {
    const fail = (why: string): never => {
      throw new Error(`appendix figures: "${entry.match}" ${why}`);
    };
    const at = text.indexOf(entry.match, from);
    if (at < 0) fail('does not occur in the appendix');
    if (text.indexOf(entry.match, at + 1) >= 0) fail('occurs more than once');
    const tokens = tokeniseNumerals(text, at, at + entry.match.length).filter((t) => t.text === entry.value);
    if (tokens.length !== 1) fail(`holds ${tokens.length} numbers written "${entry.value}"`);
    const token = tokens[0]!;
    // 余 between number and unit belongs to the value's span, as in the body.
    const more = text[token.end] === '余' ? 1 : 0;
    const unit = unitAt(text, token.end + more);
    const end = token.end + more + (unit?.unit.length ?? 0);
    const after = text.slice(end, end + 2);
    const before = text.slice(Math.max(0, token.start - 1), token.start);
    const comparator: [Comparator, string] | null =
      after === '左右' ? ['ABOUT', '左右'] : after === '以上' ? ['AT_LEAST', '以上'] : before === '約' ? ['ABOUT', '約'] : null;
    let clauseStart = token.start;
    while (clauseStart > from && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
    let clauseEnd = end;
    while (clauseEnd < text.length && !CLAUSE_END.test(text[clauseEnd]!)) clauseEnd++;
    const valueSource = doc.sourceRefFromRepaired(token.start, end);
    const value = valueOf(token);
    return {
      reportId,
      id: figureId(valueSource.start),
      value,
      valueLow: null,
      valueHigh: null,
      valueText: token.text,
      unit: unit?.unit ?? null,
      normalizedValue: scaleDecimal(value, unit?.power ?? 0),
      baseUnit: unit?.baseUnit ?? 'count',
      year: entry.year,
      kind: 'CONTEXT',
      comparator: comparator?.[0] ?? 'EXACT',
      comparatorText: comparator?.[1] ?? null,
      measure: unit?.measure ?? 'COUNT',
      changePercent: null,
      changeFigureId: null,
      changeOfFigureId: null,
      subject: localize(entry.subject.zhHant, entry.subject.en),
      sectorId: entry.sectorId,
      indicatorId: null,
      projectId: null,
      projectIds: [],
      scope: 'SINGLE',
      source: doc.sourceRefFromRepaired(clauseStart, clauseEnd),
      valueSource,
      // A person chose the figure and wrote its subject (curated/appendix-figures.json).
      curation: 'CURATED',
    };
  });
};
