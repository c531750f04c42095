/**
 * Coverage: every numeral in the body of the report is either a figure or on
 * the documented list of non-measurements. A number that is neither is
 * listed, with its context, so the fix is obvious (docs/figures.md).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { extractReport } from '../../seed/extract';
import { loadFigureCuration, toRepairedOffset } from '../../seed/extract/figures';
import { isCovered, NON_MEASUREMENT_REASONS, resolveNonMeasurements, type NonMeasurementEntry } from '../../seed/extract/figures/non-measurements';
import { APPENDIX_NON_MEASUREMENTS_FILE, appendixStartOf, extractAppendixFigures, loadAppendixFigures } from '../../seed/extract/figures/appendix';
import { CHINESE_NUMERAL_CHARS, tokeniseNumerals } from '../../seed/extract/figures/numerals';

const repoRoot = path.resolve(__dirname, '..', '..');
const reportDir = path.join(repoRoot, 'seed', 'reports', 'huozhou-2024');
const { doc, frame, figures } = extractReport(reportDir);
const curation = loadFigureCuration(reportDir);
const nonMeasurementList = curation.nonMeasurements ?? [];

const bodyEnd = toRepairedOffset(doc, frame.bodyEnd);
const body = doc.text.slice(0, bodyEnd);
const tokens = tokeniseNumerals(body);
const nonMeasurements = resolveNonMeasurements(body, nonMeasurementList);

/** A token's range in source offsets (a token inside a repair maps into the repair's span). */
const sourceRange = (start: number, end: number): { start: number; end: number } => ({
  start: doc.toSource(start),
  end: doc.toSource(end - 1) + 1,
});
const inFigure = (start: number, end: number): boolean => {
  const r = sourceRange(start, end);
  return figures.some((f) => f.valueSource.start <= r.start && r.end <= f.valueSource.end);
};
const context = (start: number, end: number): string => `${body.slice(Math.max(0, start - 8), start)}⟦${body.slice(start, end)}⟧${body.slice(end, end + 6)}`;

describe('figure coverage of the body', () => {
  it('the body is the speech, without the glossary notes of the appendix', () => {
    expect(body).toContain('以優異成績迎接新中國成立75周年!');
    expect(body).not.toContain('[1]1135:');
    expect(doc.text.slice(bodyEnd).startsWith('附件')).toBe(true);
  });

  it('the tokeniser finds every Arabic number and every Chinese numeral character', () => {
    // Independent count: digit runs with an optional decimal part.
    expect(tokens.filter((t) => t.kind === 'arabic').map((t) => t.text)).toEqual(body.match(/\d+(?:\.\d+)?/g));
    // Every numeral character is inside a token, except the multipliers of an Arabic number's unit (114.7億元).
    const chars = [...body].flatMap((ch, i) => (CHINESE_NUMERAL_CHARS.includes(ch) ? [i] : []));
    const uncovered = chars.filter((i) => !tokens.some((t) => t.start <= i && i < t.end));
    for (const i of uncovered) expect(body.slice(0, i)).toMatch(/\d[萬億千百]*$/);
    expect(tokens.length).toBeGreaterThan(400);
  });

  it('has no unexplained number: each is in a figure or a documented non-measurement', () => {
    const unexplained = tokens
      .filter((t) => !inFigure(t.start, t.end) && !isCovered(nonMeasurements, t.start, t.end))
      .map((t) => context(t.start, t.end));
    expect(unexplained).toEqual([]);
  });

  it('never marks a figure\'s own number as a non-measurement', () => {
    const clashes = tokens
      .filter((t) => inFigure(t.start, t.end) && isCovered(nonMeasurements, t.start, t.end))
      .map((t) => context(t.start, t.end));
    expect(clashes).toEqual([]);
  });

  it('lists no stale non-measurement: every entry covers at least one numeral', () => {
    const useless = nonMeasurementList.filter((entry) => {
      const spans = resolveNonMeasurements(body, [entry]);
      return !tokens.some((t) => isCovered(spans, t.start, t.end));
    });
    expect(useless).toEqual([]);
  });

  it('documents every reason used for a non-measurement', () => {
    const docs = readFileSync(path.join(repoRoot, 'docs', 'figures.md'), 'utf8');
    for (const reason of NON_MEASUREMENT_REASONS) expect({ reason, documented: docs.includes(`\`${reason}\``) }).toEqual({ reason, documented: true });
    const used = new Set(nonMeasurementList.map((e) => e.reason));
    expect([...used].every((r) => (NON_MEASUREMENT_REASONS as readonly string[]).includes(r))).toBe(true);
  });

  it('makes a figure of every numeral that is not a non-measurement (Arabic, Chinese and Roman alike)', () => {
    const explained = tokens.filter((t) => inFigure(t.start, t.end));
    expect(explained.some((t) => t.kind === 'chinese')).toBe(true);
    expect(figures.length).toBeGreaterThan(200);
  });
});

describe('figure coverage of the appendix (issue 9)', () => {
  const appendixStart = appendixStartOf(doc.text);
  const appendix = doc.text.slice(appendixStart);
  const appendixFigures = extractAppendixFigures({ reportId: 'huozhou-2024', doc, entries: loadAppendixFigures(reportDir) });
  const entries = JSON.parse(readFileSync(path.join(reportDir, APPENDIX_NON_MEASUREMENTS_FILE), 'utf8')) as NonMeasurementEntry[];
  const appendixNon = resolveNonMeasurements(appendix, entries);
  const appendixTokens = tokeniseNumerals(appendix);
  const inContextFigure = (start: number, end: number): boolean => {
    const r = sourceRange(appendixStart + start, appendixStart + end);
    return appendixFigures.some((f) => f.valueSource.start <= r.start && r.end <= f.valueSource.end);
  };
  const where = (start: number, end: number): string =>
    `${appendix.slice(Math.max(0, start - 8), start)}⟦${appendix.slice(start, end)}⟧${appendix.slice(end, end + 6)}`;

  it('makes CONTEXT figures of the notes\' numbers, sourced in the appendix', () => {
    expect(appendixFigures.map((f) => f.valueSource.text)).toEqual(expect.arrayContaining(['385家', '11家', '12件', '5支']));
    for (const f of appendixFigures) {
      expect(f.kind).toBe('CONTEXT');
      expect(f.valueSource.start).toBeGreaterThanOrEqual(doc.toSource(appendixStart));
      expect(f.source.text).toContain(f.valueText);
      expect(f.subject.en).toMatch(/\S/);
    }
    const restaurants = appendixFigures.find((f) => f.valueSource.text === '385家')!;
    expect(restaurants).toMatchObject({ value: '385', unit: '家', normalizedValue: '385', baseUnit: 'count', comparator: 'EXACT' });
    expect(restaurants.source.text).toBe('共包括霍州11家餐廳在內的385家餐廳上榜');
    // 1萬個左右: the multiplier is in the unit, 左右 in the comparator.
    expect(appendixFigures.find((f) => f.valueSource.text === '1萬個')).toMatchObject({ normalizedValue: '10000', comparator: 'ABOUT', comparatorText: '左右' });
  });

  it('has no unexplained number in the notes: each is a CONTEXT figure or a documented non-measurement', () => {
    const unexplained = appendixTokens
      .filter((t) => !inContextFigure(t.start, t.end) && !isCovered(appendixNon, t.start, t.end))
      .map((t) => where(t.start, t.end));
    expect(unexplained).toEqual([]);
    expect(appendixTokens.length).toBeGreaterThan(100);
  });

  it('never marks a CONTEXT figure\'s number as a non-measurement, and lists no stale entry', () => {
    expect(appendixTokens.filter((t) => inContextFigure(t.start, t.end) && isCovered(appendixNon, t.start, t.end)).map((t) => where(t.start, t.end))).toEqual([]);
    const useless = entries.filter((entry) => {
      const spans = resolveNonMeasurements(appendix, [entry]);
      return !appendixTokens.some((t) => isCovered(spans, t.start, t.end));
    });
    expect(useless).toEqual([]);
  });
});
