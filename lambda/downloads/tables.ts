/**
 * The entity tables of the downloads: reports, figures, indicators, projects,
 * sectors and glossary, one row per record, every row carrying its report.
 * The panel (report × indicator × year × kind) is in panel.ts.
 */
import type { FigureKind, FigureRecord, GlossaryRecord, IndicatorRecord, ProjectRecord, SectorRecord } from '../data/records';
import type { Dataset } from '../data/records';
import {
  by,
  COMPARATORS,
  CURATION,
  defineTable,
  enumNote,
  KINDS,
  LEVELS,
  localizedColumns,
  MEASURES,
  REPORT_ID,
  scriptColumns,
  STATUSES,
  type Column,
  type Link,
} from './columns';
import { reportMeta, type ReportMeta } from './read';

export const reportIdColumn = <R>(get: (r: R) => string): Column<R> => ({
  name: REPORT_ID,
  type: 'string',
  required: true,
  description: 'The report (reports.csv `report_id`): `<place-pinyin>-<year>`, e.g. huozhou-2024.',
  get,
});
const ownReport = (r: { reportId: string }): string => r.reportId;

const toReports: Link = { fields: REPORT_ID, resource: 'reports', reference: REPORT_ID };
const toSectors: Link = { fields: 'sector_id', resource: 'sectors', reference: 'id' };

export const REPORTS = defineTable<ReportMeta>({
  name: 'reports',
  title: 'Reports',
  description: 'One row per report of the collection: its place, years, source text (SHA-256, length, attribution) and counts.',
  rows: (d) => [reportMeta(d)],
  key: [REPORT_ID],
  links: [],
  columns: [
    reportIdColumn(ownReport),
    ...localizedColumns<ReportMeta>('title', 'The report’s title', (r) => r.title),
    ...localizedColumns<ReportMeta>('place', 'The place (city, county or province) whose government reports', (r) => r.place?.name, false),
    ...localizedColumns<ReportMeta>('province', 'The province the place belongs to', (r) => r.place?.province, false),
    { name: 'level', type: 'string', values: Object.keys(LEVELS), description: `Administrative level of the place: ${enumNote(LEVELS)}.`, get: (r) => r.place?.level },
    { name: 'division_code', type: 'string', description: 'The place’s GB/T 2260 administrative division code (six digits, kept as text).', get: (r) => r.place?.code },
    { name: 'review_year', type: 'integer', description: 'The year the report reviews (its results).', get: (r) => r.reviewYear },
    { name: 'plan_year', type: 'integer', description: 'The year the report plans (its targets).', get: (r) => r.planYear },
    { name: 'date', type: 'string', description: 'The date the report was delivered (ISO 8601), where the text states it.', get: (r) => r.date },
    ...localizedColumns<ReportMeta>('speaker', 'Who delivered it, where the text states it', (r) => r.speaker, false),
    { name: 'script', type: 'string', values: ['zh-Hans', 'zh-Hant'], description: 'The script the source is written in; the other is derived with OpenCC.', get: (r) => r.script },
    { name: 'source_sha256', type: 'string', required: true, description: 'SHA-256 of report.txt, the source text kept byte-identical.', get: (r) => r.sourceSha256 },
    { name: 'source_characters', type: 'integer', required: true, description: 'Length of report.txt in Unicode code points (all offsets count these).', get: (r) => r.sourceLength },
    { name: 'official_url', type: 'string', description: 'The official publication of the report, where known.', get: (r) => r.officialUrl },
    { name: 'attribution', type: 'string', description: 'Where the source text comes from and the terms and attribution it carries.', get: (r) => r.attribution },
    { name: 'dataset_version', type: 'string', required: true, description: 'Content hash of the report’s data (the API’s `datasetVersion`).', get: (r) => r.datasetVersion },
    { name: 'figure_count', type: 'integer', required: true, description: 'Rows of figures.csv for this report.', get: (r) => r.counts.figures },
    { name: 'indicator_count', type: 'integer', required: true, description: 'Rows of indicators.csv for this report.', get: (r) => r.counts.indicators },
    { name: 'project_count', type: 'integer', required: true, description: 'Rows of projects.csv for this report.', get: (r) => r.counts.projects },
    { name: 'sector_count', type: 'integer', required: true, description: 'Rows of sectors.csv for this report.', get: (r) => r.counts.sectors },
    { name: 'glossary_count', type: 'integer', required: true, description: 'Rows of glossary.csv for this report.', get: (r) => r.counts.glossaryTerms },
  ],
});

/** Fields the extraction rules add to figures (issue 9): read where present, empty where not. */
interface FigureExtras {
  valueLow?: string | null;
  valueHigh?: string | null;
  curation?: string;
}
export const extras = (f: FigureRecord): FigureRecord & FigureExtras => f;

export const FIGURES = defineTable<FigureRecord>({
  name: 'figures',
  title: 'Figures',
  description: 'Every figure each report states, one row each, in report order, with its verbatim source clause and offsets.',
  rows: (d) => d.figures,
  key: ['id'],
  links: [toReports, toSectors, { fields: 'indicator_id', resource: 'indicators', reference: 'id', nullable: true }, { fields: 'project_id', resource: 'projects', reference: 'id', nullable: true }],
  columns: [
    reportIdColumn(ownReport),
    { name: 'id', type: 'string', required: true, description: 'Figure id within its report: `f` + the code-point offset of the number in report.txt; stable.', get: (f) => f.id },
    { name: 'year', type: 'integer', required: true, description: 'The year the figure is about.', get: (f) => f.year },
    { name: 'kind', type: 'string', required: true, values: Object.keys(KINDS), description: `Result or target: ${enumNote(KINDS)}.`, get: (f) => f.kind },
    // Empty where the clause gives the rules no words before the number to name it by (one figure of the collection today).
    ...scriptColumns<FigureRecord>('subject', (f) => f.subject, {
      zhHant: 'What the figure measures, in Traditional Chinese; empty where the rules could not name it.',
      zhHans: 'What the figure measures, in Simplified Chinese; empty where the rules could not name it.',
      en: 'The subject in English (curated; empty where not translated).',
    }),
    { name: 'value', type: 'number', description: 'The number as written, as a decimal (Chinese numerals converted): 114.7. Empty for a target stated in words.', get: (f) => f.value },
    { name: 'value_low', type: 'number', description: 'For a RANGE (4.5%—5%): its lower end (4.5); else empty.', get: (f) => extras(f).valueLow },
    { name: 'value_high', type: 'number', description: 'For a RANGE: its upper end (5); else empty.', get: (f) => extras(f).valueHigh },
    { name: 'value_text', type: 'string', required: true, description: 'The number (or the wording of a qualitative target) exactly as it stands in the repaired text: 114.7, 兩.', get: (f) => f.valueText },
    { name: 'unit', type: 'string', description: 'The unit as written: 億元, %, 萬噸. Empty for a bare number.', get: (f) => f.unit },
    { name: 'normalized_value', type: 'number', description: 'value × the unit’s scale, exact decimal arithmetic: 114.7億元 → 11470000000 (CNY).', get: (f) => f.normalizedValue },
    { name: 'base_unit', type: 'string', description: 'The unit of normalized_value: CNY, percent, tonne, hectare …', get: (f) => f.baseUnit },
    { name: 'comparator', type: 'string', required: true, values: Object.keys(COMPARATORS), description: `How the value bounds the quantity: ${enumNote(COMPARATORS)}.`, get: (f) => f.comparator },
    { name: 'measure', type: 'string', required: true, values: Object.keys(MEASURES), description: `What kind of number it is: ${enumNote(MEASURES)}.`, get: (f) => f.measure },
    { name: 'change_percent', type: 'number', description: 'The change the report states with this figure, in per cent (e.g. the growth of a level).', get: (f) => f.changePercent },
    { name: 'curation', type: 'string', values: Object.keys(CURATION), description: `Who stands behind it: ${enumNote(CURATION)}.`, get: (f) => extras(f).curation },
    { name: 'sector_id', type: 'string', required: true, description: 'The sector the figure belongs to (sectors.csv `id`, same report).', get: (f) => f.sectorId },
    { name: 'indicator_id', type: 'string', description: 'The indicator the figure is an observation of (indicators.csv `id`, same report).', get: (f) => f.indicatorId },
    { name: 'project_id', type: 'string', description: 'The named project the figure is about (projects.csv `id`, same report).', get: (f) => f.projectId },
    { name: 'source_start', type: 'integer', required: true, description: 'Code-point offset in report.txt where the quoted clause starts.', get: (f) => f.source.start },
    { name: 'source_end', type: 'integer', required: true, description: 'Code-point offset where the quoted clause ends (exclusive).', get: (f) => f.source.end },
    { name: 'source_quote', type: 'string', required: true, description: 'The clause that states the figure, verbatim from report.txt (encoding damage included).', get: (f) => f.source.quote },
    { name: 'source_text', type: 'string', required: true, description: 'The same clause with the documented repairs applied.', get: (f) => f.source.text },
  ],
});

/** An indicator with its headline result and target (the first the report states of each). */
export interface IndicatorRow {
  indicator: IndicatorRecord;
  actualYear: number | null;
  actual: FigureRecord | null;
  targetYear: number | null;
  target: FigureRecord | null;
}

/** An indicator's observations among `figures` (by id), in report order. */
export const observationsOf = (indicator: IndicatorRecord, figures: ReadonlyMap<string, FigureRecord>): FigureRecord[] =>
  indicator.figureIds
    .map((id) => figures.get(id))
    .filter((f): f is FigureRecord => f !== undefined)
    .sort(by((f) => f.valueSource.start));

/** One row per indicator (report order): its first result of the reviewed year and first target of the planned year. */
export const indicatorRows = (d: Dataset): IndicatorRow[] => {
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const { reviewYear: actualYear, planYear: targetYear } = reportMeta(d);
  return d.indicators.map((indicator) => {
    const observations = observationsOf(indicator, figures);
    const first = (kind: FigureKind, year: number | null) => observations.find((f) => f.kind === kind && f.year === year) ?? null;
    return { indicator, actualYear: actualYear ?? null, actual: first('ACTUAL', actualYear ?? null), targetYear: targetYear ?? null, target: first('TARGET', targetYear ?? null) };
  });
};

const observationColumns = (kind: 'actual' | 'target', label: string): Column<IndicatorRow>[] => {
  const fig = (r: IndicatorRow) => r[kind];
  return [
    { name: `${kind}_year`, type: 'integer', description: `The ${label} year (the report’s ${kind === 'actual' ? 'reviewed' : 'planned'} year).`, get: (r) => r[`${kind}Year`] },
    { name: `${kind}_value`, type: 'number', description: `The ${label} value as written, in the indicator’s unit; empty if the report states none.`, get: (r) => fig(r)?.value },
    { name: `${kind}_normalized_value`, type: 'number', description: `The ${label} value in base_unit.`, get: (r) => fig(r)?.normalizedValue },
    { name: `${kind}_comparator`, type: 'string', values: Object.keys(COMPARATORS), description: `How the ${label} value bounds the quantity: ${enumNote(COMPARATORS)}.`, get: (r) => fig(r)?.comparator },
    { name: `${kind}_figure_id`, type: 'string', description: `The figure that states the ${label} value (figures.csv \`id\`, same report, with its source).`, get: (r) => fig(r)?.id },
  ];
};

export const INDICATORS = defineTable<IndicatorRow>({
  name: 'indicators',
  title: 'Indicators',
  description: 'Every indicator of each report, in report order, with its result for the reviewed year and its target for the planned year (the first the report states of each).',
  rows: indicatorRows,
  key: ['id'],
  links: [toReports, toSectors],
  columns: [
    reportIdColumn<IndicatorRow>((r) => r.indicator.reportId),
    { name: 'id', type: 'string', required: true, description: 'Indicator id (a stable slug; catalogue indicators share it across reports): gdp-growth.', get: (r) => r.indicator.id },
    ...localizedColumns<IndicatorRow>('name', 'The indicator’s name', (r) => r.indicator.name),
    { name: 'sector_id', type: 'string', required: true, description: 'The sector (sectors.csv `id`, same report).', get: (r) => r.indicator.sectorId },
    { name: 'unit', type: 'string', description: 'The unit the report uses for this indicator.', get: (r) => r.indicator.unit },
    { name: 'base_unit', type: 'string', description: 'The unit of the normalized values.', get: (r) => r.indicator.baseUnit },
    { name: 'measure', type: 'string', required: true, values: Object.keys(MEASURES), description: `What kind of number it is: ${enumNote(MEASURES)}.`, get: (r) => r.indicator.measure },
    { name: 'figure_count', type: 'integer', required: true, description: 'How many figures of the report are observations of it (rows of figures.csv with this indicator_id).', get: (r) => r.indicator.figureIds.length },
    ...observationColumns('actual', 'result'),
    ...observationColumns('target', 'target'),
  ],
});

export const PROJECTS = defineTable<ProjectRecord>({
  name: 'projects',
  title: 'Projects',
  description: 'Every named project of each report (plants, parks, roads …), in report order, with its status and where the report names it.',
  rows: (d) => d.projects,
  key: ['id'],
  links: [toReports, toSectors],
  columns: [
    reportIdColumn(ownReport),
    { name: 'id', type: 'string', required: true, description: 'Project id within its report (a stable slug).', get: (p) => p.id },
    { name: 'order', type: 'integer', required: true, description: 'Position in the report (1 = first named).', get: (p) => p.order },
    ...localizedColumns<ProjectRecord>('name', 'The project’s name', (p) => p.name),
    { name: 'sector_id', type: 'string', required: true, description: 'The sector (sectors.csv `id`, same report).', get: (p) => p.sectorId },
    { name: 'status', type: 'string', required: true, values: Object.keys(STATUSES), description: `Its status as the report states it: ${enumNote(STATUSES)}.`, get: (p) => p.status },
    { name: 'status_text', type: 'string', description: 'The status word as written (建成, 開工 …).', get: (p) => p.statusText },
    { name: 'year', type: 'integer', required: true, description: 'The year the report speaks of it for.', get: (p) => p.year },
    { name: 'figure_count', type: 'integer', required: true, description: 'Figures about it (figures.csv rows with this project_id).', get: (p) => p.figureIds.length },
    { name: 'mention_count', type: 'integer', required: true, description: 'How often the report names it.', get: (p) => p.mentions.length },
    { name: 'mention_start', type: 'integer', description: 'Code-point offset of its first mention in report.txt.', get: (p) => p.mentions[0]?.start },
    { name: 'mention_end', type: 'integer', description: 'End of that mention (exclusive).', get: (p) => p.mentions[0]?.end },
    { name: 'mention_quote', type: 'string', description: 'The first mention, verbatim from report.txt.', get: (p) => p.mentions[0]?.quote },
  ],
});

export const SECTORS = defineTable<SectorRecord>({
  name: 'sectors',
  title: 'Sectors',
  description: 'The sectors each report’s figures, indicators and projects are filed under (economy, industry, agriculture …).',
  rows: (d) => d.sectors,
  key: ['id'],
  links: [toReports],
  columns: [
    reportIdColumn(ownReport),
    { name: 'id', type: 'string', required: true, description: 'Sector id (a stable slug).', get: (s) => s.id },
    { name: 'order', type: 'integer', required: true, description: 'Position in the taxonomy.', get: (s) => s.order },
    ...localizedColumns<SectorRecord>('name', 'The sector’s name', (s) => s.name),
    ...localizedColumns<SectorRecord>('description', 'What the sector covers', (s) => s.description),
    { name: 'indicator_count', type: 'integer', required: true, description: 'Indicators filed under it.', get: (s) => s.indicatorIds.length },
    { name: 'project_count', type: 'integer', required: true, description: 'Projects filed under it.', get: (s) => s.projectIds.length },
    { name: 'figure_count', type: 'integer', required: true, description: 'Figures filed under it.', get: (s) => s.figureIds.length },
  ],
});

export const GLOSSARY = defineTable<GlossaryRecord>({
  name: 'glossary',
  title: 'Glossary',
  description: 'The notes of each report’s glossary appendix (名詞解釋), numbered as in the report, with where the body cites them.',
  rows: (d) => d.glossary,
  key: ['number'],
  links: [toReports],
  columns: [
    reportIdColumn(ownReport),
    { name: 'number', type: 'integer', required: true, description: 'The note’s number, as the body’s `[n]` markers cite it.', get: (g) => g.number },
    { name: 'id', type: 'string', required: true, description: 'Note id within its report (a stable slug).', get: (g) => g.id },
    ...localizedColumns<GlossaryRecord>('term', 'The term explained', (g) => g.term),
    ...localizedColumns<GlossaryRecord>('definition', 'The explanation', (g) => g.definition),
    { name: 'source_start', type: 'integer', required: true, description: 'Code-point offset of the note in report.txt.', get: (g) => g.source.start },
    { name: 'source_end', type: 'integer', required: true, description: 'End of the note (exclusive).', get: (g) => g.source.end },
    { name: 'source_quote', type: 'string', required: true, description: 'The note, verbatim from report.txt.', get: (g) => g.source.quote },
    { name: 'reference_count', type: 'integer', required: true, description: 'How often the body cites it with `[n]`.', get: (g) => g.references.length },
    { name: 'reference_start', type: 'integer', description: 'Code-point offset of the first citing passage.', get: (g) => g.references[0]?.start },
    { name: 'reference_end', type: 'integer', description: 'End of that passage (exclusive), just after the `[n]` marker.', get: (g) => g.references[0]?.end },
    { name: 'reference_quote', type: 'string', description: 'The first citing passage, verbatim.', get: (g) => g.references[0]?.quote },
  ],
});
