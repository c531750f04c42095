/**
 * The bulk downloads as data: the report's records read back from one
 * partition Query, and the two tables (figures, indicators) defined once as
 * columns, so the CSV header, each cell and the Table Schema in
 * datapackage.json can never disagree.
 */
import { stringify } from 'csv-stringify/sync';
import { GSI1, TABLE_KEYS } from '../data/keys';
import type { Comparator, Dataset, FigureKind, FigureRecord, IndicatorRecord, Measure } from '../data/records';
import type { RequestData } from '../data/request-data';

/** Key attributes of a stored item (keys.ts names them); a download carries records, not keys. */
const KEY_ATTRIBUTES: readonly string[] = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, GSI1.partitionKey, GSI1.sortKey];

const stripKeys = <R extends object>(item: R): R =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.includes(k))) as R;

const by = <T>(key: (t: T) => number) => (a: T, b: T) => key(a) - key(b);

/**
 * The whole dataset of a report, in report order, from the request's partition
 * read (`data.partition` first, so every list below is served from that one Query).
 * Undefined when the store has no such report.
 */
export const readDataset = async (data: RequestData, reportId: string): Promise<Dataset | undefined> => {
  await data.partition(reportId);
  const [reports, years, sections, glossary, repairs, figures, indicators, projects, sectors] = await Promise.all([
    data.list('Report', reportId),
    data.list('Year', reportId),
    data.list('Section', reportId),
    data.list('Glossary', reportId),
    data.list('Repair', reportId),
    data.list('Figure', reportId),
    data.list('Indicator', reportId),
    data.list('Project', reportId),
    data.list('Sector', reportId),
  ]);
  const report = reports[0];
  if (!report) return undefined;
  // Sort keys order slugs alphabetically; the records' own order fields are report order.
  return {
    report: stripKeys(report),
    years: years.map(stripKeys).sort(by((y) => y.year)),
    sections: sections.map(stripKeys).sort(by((s) => s.order)),
    glossary: glossary.map(stripKeys).sort(by((g) => g.number)),
    repairs: repairs.map(stripKeys).sort(by((r) => r.number)),
    figures: figures.map(stripKeys).sort(by((f) => f.valueSource.start)),
    indicators: indicators.map(stripKeys).sort(by((i) => i.order)),
    projects: projects.map(stripKeys).sort(by((p) => p.order)),
    sectors: sectors.map(stripKeys).sort(by((s) => s.order)),
  };
};

// ---- Columns ----------------------------------------------------------------

/** Table Schema field types used here (a decimal string is a `number`: its lexical form is kept exactly). */
export type FieldType = 'string' | 'integer' | 'number';
type Cell = string | number | null;

export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  /** Allowed values (Table Schema `constraints.enum`). */
  values?: readonly string[];
  get: (row: R) => Cell;
}

// Records over the union types: adding a member without describing it fails to compile.
const KINDS: Record<FigureKind, string> = {
  ACTUAL: 'a result of the reviewed year',
  TARGET: 'a target or plan for the planned year',
  CONTEXT: 'background stated in the appendix notes, neither result nor target',
};
const COMPARATORS: Record<Comparator, string> = {
  EXACT: 'as stated',
  AT_LEAST: 'at least (以上, 超過 …)',
  MORE_THAN: 'more than (余, 多)',
  AT_MOST: 'at most (以內, 以下 …)',
  ABOUT: 'about (左右, 約 …)',
  RANGE: 'between valueLow and valueHigh',
  QUALITATIVE: 'stated in words, without a number',
};
const MEASURES: Record<Measure, string> = {
  LEVEL: 'a level or amount',
  CHANGE: 'a change, usually year on year, in per cent',
  SHARE: 'a share of a whole',
  COUNT: 'a count of things',
  RATIO: 'a ratio of two quantities',
  RANK: 'a rank',
  INDEX: 'an index value',
};
const enumNote = (values: Record<string, string>): string =>
  Object.entries(values)
    .map(([k, v]) => `${k} = ${v}`)
    .join('; ');

export const FIGURE_COLUMNS: readonly Column<FigureRecord>[] = [
  { name: 'id', type: 'string', required: true, description: 'Figure id: `f` + the code-point offset of the number in report.txt; stable.', get: (f) => f.id },
  { name: 'year', type: 'integer', required: true, description: 'The year the figure is about.', get: (f) => f.year },
  { name: 'kind', type: 'string', required: true, values: Object.keys(KINDS), description: `Result or target: ${enumNote(KINDS)}.`, get: (f) => f.kind },
  { name: 'subject_zh_hant', type: 'string', required: true, description: 'What the figure measures, in the report’s Traditional Chinese.', get: (f) => f.subject.zhHant },
  { name: 'subject_zh_hans', type: 'string', required: true, description: 'The subject in Simplified Chinese (converted with OpenCC).', get: (f) => f.subject.zhHans },
  { name: 'subject_en', type: 'string', description: 'The subject in English (curated; empty where not yet translated).', get: (f) => f.subject.en },
  { name: 'value', type: 'number', description: 'The number as written, as a decimal (Chinese numerals converted): 114.7; empty for a QUALITATIVE target (its wording is value_text).', get: (f) => f.value },
  { name: 'value_text', type: 'string', required: true, description: 'The number exactly as it stands in the repaired text: 114.7, 兩.', get: (f) => f.valueText },
  { name: 'unit', type: 'string', description: 'The unit as written: 億元, %, 萬噸. Empty for a bare number.', get: (f) => f.unit },
  { name: 'normalized_value', type: 'number', description: 'value × the unit’s scale, exact decimal arithmetic: 114.7億元 → 11470000000 (CNY).', get: (f) => f.normalizedValue },
  { name: 'base_unit', type: 'string', description: 'The unit of normalized_value: CNY, percent, tonne, hectare …', get: (f) => f.baseUnit },
  { name: 'comparator', type: 'string', required: true, values: Object.keys(COMPARATORS), description: `How the value bounds the quantity: ${enumNote(COMPARATORS)}.`, get: (f) => f.comparator },
  { name: 'measure', type: 'string', required: true, values: Object.keys(MEASURES), description: `What kind of number it is: ${enumNote(MEASURES)}.`, get: (f) => f.measure },
  { name: 'change_percent', type: 'number', description: 'The change the report states with this figure, in per cent (e.g. the growth of a level).', get: (f) => f.changePercent },
  { name: 'sector_id', type: 'string', required: true, description: 'The sector the figure belongs to (dataset.json `sectors`).', get: (f) => f.sectorId },
  { name: 'indicator_id', type: 'string', description: 'The indicator the figure is an observation of (indicators.csv `id`).', get: (f) => f.indicatorId },
  { name: 'project_id', type: 'string', description: 'The named project the figure is about (dataset.json `projects`).', get: (f) => f.projectId },
  { name: 'source_start', type: 'integer', required: true, description: 'Code-point offset in report.txt where the quoted clause starts.', get: (f) => f.source.start },
  { name: 'source_end', type: 'integer', required: true, description: 'Code-point offset where the quoted clause ends (exclusive).', get: (f) => f.source.end },
  { name: 'source_quote', type: 'string', required: true, description: 'The clause that states the figure, verbatim from report.txt (encoding damage included).', get: (f) => f.source.quote },
  { name: 'source_text', type: 'string', required: true, description: 'The same clause with the documented repairs applied.', get: (f) => f.source.text },
];

/** An indicator with its headline result and target (the first the report states of each). */
export interface IndicatorRow {
  indicator: IndicatorRecord;
  actualYear: number | null;
  actual: FigureRecord | null;
  targetYear: number | null;
  target: FigureRecord | null;
}

const observationColumns = (kind: 'actual' | 'target', label: string): Column<IndicatorRow>[] => {
  const fig = (r: IndicatorRow) => r[kind];
  return [
    { name: `${kind}_year`, type: 'integer', description: `The ${label} year (the report’s ${kind === 'actual' ? 'reviewed' : 'planned'} year).`, get: (r) => r[`${kind}Year`] },
    { name: `${kind}_value`, type: 'number', description: `The ${label} value as written, in the indicator’s unit; empty if the report states none.`, get: (r) => fig(r)?.value ?? null },
    { name: `${kind}_normalized_value`, type: 'number', description: `The ${label} value in base_unit.`, get: (r) => fig(r)?.normalizedValue ?? null },
    { name: `${kind}_comparator`, type: 'string', values: Object.keys(COMPARATORS), description: `How the ${label} value bounds the quantity: ${enumNote(COMPARATORS)}.`, get: (r) => fig(r)?.comparator ?? null },
    { name: `${kind}_figure_id`, type: 'string', description: `The figure that states the ${label} value (figures.csv \`id\`, with its source).`, get: (r) => fig(r)?.id ?? null },
  ];
};

export const INDICATOR_COLUMNS: readonly Column<IndicatorRow>[] = [
  { name: 'id', type: 'string', required: true, description: 'Indicator id (a stable slug): gdp-growth.', get: (r) => r.indicator.id },
  { name: 'name_zh_hant', type: 'string', required: true, description: 'Name in the report’s Traditional Chinese.', get: (r) => r.indicator.name.zhHant },
  { name: 'name_zh_hans', type: 'string', required: true, description: 'Name in Simplified Chinese (OpenCC).', get: (r) => r.indicator.name.zhHans },
  { name: 'name_en', type: 'string', description: 'Name in English (curated).', get: (r) => r.indicator.name.en },
  { name: 'sector_id', type: 'string', required: true, description: 'The sector (dataset.json `sectors`).', get: (r) => r.indicator.sectorId },
  { name: 'unit', type: 'string', description: 'The unit the report uses for this indicator.', get: (r) => r.indicator.unit },
  { name: 'base_unit', type: 'string', description: 'The unit of the normalized values.', get: (r) => r.indicator.baseUnit },
  { name: 'measure', type: 'string', required: true, values: Object.keys(MEASURES), description: `What kind of number it is: ${enumNote(MEASURES)}.`, get: (r) => r.indicator.measure },
  ...observationColumns('actual', 'result'),
  ...observationColumns('target', 'target'),
];

/** One row per indicator (report order): its first result of the reviewed year and first target of the planned year. */
export const indicatorRows = (dataset: Dataset): IndicatorRow[] => {
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const actualYear = dataset.years.find((y) => y.role === 'REVIEWED')?.year ?? null;
  const targetYear = dataset.years.find((y) => y.role === 'PLANNED')?.year ?? null;
  return dataset.indicators.map((indicator) => {
    const observations = indicator.figureIds
      .map((id) => figures.get(id))
      .filter((f): f is FigureRecord => f !== undefined)
      .sort(by((f) => f.valueSource.start));
    const first = (kind: FigureKind, year: number | null) => observations.find((f) => f.kind === kind && f.year === year) ?? null;
    return { indicator, actualYear, actual: first('ACTUAL', actualYear), targetYear, target: first('TARGET', targetYear) };
  });
};

/**
 * CSV as RFC 4180 (CRLF, quotes doubled, fields quoted only when needed), UTF-8
 * with a byte-order mark so Excel reads the Chinese as UTF-8; null is an empty cell.
 */
export const toCsv = <R>(columns: readonly Column<R>[], rows: readonly R[]): string =>
  stringify(
    rows.map((row) => columns.map((c) => c.get(row))),
    { bom: true, header: true, columns: columns.map((c) => c.name), record_delimiter: 'windows' },
  );

/** The CSV dialect above, as a Frictionless CSV Dialect. */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;
