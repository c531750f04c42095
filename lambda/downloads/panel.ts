/**
 * The panel: one row per report × indicator × year × kind, with the place
 * beside it: the long table an economist loads to compare targets and results
 * across places (e.g. every 2024 GDP growth target by city). Catalogue
 * indicators share their id across reports (gdp-growth, cpi …), so filtering
 * on indicator_id gives one comparable series.
 *
 * Where a report states several figures of one indicator, year and kind, the
 * row is the first in report order (as indicators.csv and the API's
 * `Indicator.target` choose) and `figures_stated` says how many there are;
 * figures.csv has them all.
 */
import type { Dataset, FigureKind, FigureRecord, IndicatorRecord } from '../data/records';
import { COMPARATORS, CURATION, defineTable, enumNote, KINDS, LEVELS, MEASURES, REPORT_ID, scriptColumns } from './columns';
import { reportMeta, type ReportMeta } from './read';
import { extras, observationsOf, reportIdColumn } from './tables';

export interface PanelRow {
  report: ReportMeta;
  indicator: IndicatorRecord;
  year: number;
  kind: FigureKind;
  figure: FigureRecord;
  count: number;
}

export const panelRows = (d: Dataset): PanelRow[] => {
  const report = reportMeta(d);
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const rows: PanelRow[] = [];
  for (const indicator of d.indicators) {
    const groups = new Map<string, FigureRecord[]>();
    for (const f of observationsOf(indicator, figures)) {
      const key = `${f.year}|${f.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const ordered = [...groups.values()].sort((a, b) => a[0]!.year - b[0]!.year || a[0]!.kind.localeCompare(b[0]!.kind));
    for (const group of ordered) {
      const figure = group[0]!;
      rows.push({ report, indicator, year: figure.year, kind: figure.kind, figure, count: group.length });
    }
  }
  return rows;
};

export const PANEL = defineTable<PanelRow>({
  name: 'panel',
  title: 'Panel: report × indicator × year × kind',
  description:
    'One row per report, indicator, year and kind (result or target), with the place, province and division code beside it, ' +
    'the value, unit, comparator and normalised value, and the verbatim clause that states it with its offsets.',
  rows: panelRows,
  key: ['indicator_id', 'year', 'kind'],
  links: [
    { fields: REPORT_ID, resource: 'reports', reference: REPORT_ID },
    { fields: 'indicator_id', resource: 'indicators', reference: 'id' },
    { fields: 'figure_id', resource: 'figures', reference: 'id' },
  ],
  columns: [
    reportIdColumn<PanelRow>((r) => r.report.reportId),
    ...scriptColumns<PanelRow>('place', (r) => r.report.place?.name, {
      zhHans: 'The place, in Simplified Chinese (reports.csv has the other scripts).',
      en: 'The place, in English.',
    }),
    ...scriptColumns<PanelRow>('province', (r) => r.report.place?.province, { zhHans: 'Its province, in Simplified Chinese.', en: 'Its province, in English.' }),
    { name: 'level', type: 'string', values: Object.keys(LEVELS), description: `Administrative level of the place: ${enumNote(LEVELS)}.`, get: (r) => r.report.place?.level },
    { name: 'division_code', type: 'string', description: 'GB/T 2260 division code of the place (six digits, kept as text).', get: (r) => r.report.place?.code },
    { name: 'indicator_id', type: 'string', required: true, description: 'The indicator (indicators.csv `id`; catalogue slugs such as gdp-growth are shared by all reports).', get: (r) => r.indicator.id },
    ...scriptColumns<PanelRow>(
      'indicator',
      (r) => r.indicator.name,
      { en: 'The indicator’s English name.', zhHans: 'The indicator’s name in Simplified Chinese.' },
      ['zhHans'],
    ),
    { name: 'year', type: 'integer', required: true, description: 'The year the value is about.', get: (r) => r.year },
    { name: 'kind', type: 'string', required: true, values: Object.keys(KINDS), description: `Result or target: ${enumNote(KINDS)}.`, get: (r) => r.kind },
    { name: 'value', type: 'number', description: 'The value as written, as a decimal; empty for a target stated in words.', get: (r) => r.figure.value },
    { name: 'value_low', type: 'number', description: 'For a RANGE (4.5%—5%): its lower end; else empty.', get: (r) => extras(r.figure).valueLow },
    { name: 'value_high', type: 'number', description: 'For a RANGE: its upper end; else empty.', get: (r) => extras(r.figure).valueHigh },
    { name: 'value_text', type: 'string', required: true, description: 'The value (or the wording of a qualitative target) exactly as written.', get: (r) => r.figure.valueText },
    { name: 'unit', type: 'string', description: 'The unit as written (亿元, %, 万吨 …).', get: (r) => r.figure.unit },
    { name: 'comparator', type: 'string', required: true, values: Object.keys(COMPARATORS), description: `How the value bounds the quantity: ${enumNote(COMPARATORS)}.`, get: (r) => r.figure.comparator },
    { name: 'normalized_value', type: 'number', description: 'The value in base_unit, exact decimal arithmetic: 114.7亿元 → 11470000000.', get: (r) => r.figure.normalizedValue },
    { name: 'base_unit', type: 'string', description: 'The unit of normalized_value: CNY, percent, tonne …', get: (r) => r.figure.baseUnit },
    { name: 'measure', type: 'string', required: true, values: Object.keys(MEASURES), description: `What kind of number it is: ${enumNote(MEASURES)}.`, get: (r) => r.figure.measure },
    { name: 'figure_id', type: 'string', required: true, description: 'The figure that states it (figures.csv `id`, same report).', get: (r) => r.figure.id },
    { name: 'figures_stated', type: 'integer', required: true, description: 'How many figures the report states for this indicator, year and kind (this row is the first).', get: (r) => r.count },
    { name: 'source_start', type: 'integer', required: true, description: 'Code-point offset in report.txt where the stating clause starts.', get: (r) => r.figure.source.start },
    { name: 'source_end', type: 'integer', required: true, description: 'Where it ends (exclusive).', get: (r) => r.figure.source.end },
    { name: 'source_quote', type: 'string', required: true, description: 'The clause, verbatim from report.txt.', get: (r) => r.figure.source.quote },
    { name: 'curation', type: 'string', values: Object.keys(CURATION), description: `Who stands behind the figure: ${enumNote(CURATION)}.`, get: (r) => extras(r.figure).curation },
  ],
});
