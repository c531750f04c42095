/**
 * The post-pass that links a report's figures to the shared catalogue
 * (docs/taxonomy.md, "Catalogue links"). It runs after extraction and the
 * report's own curation:
 *
 * - each headline reading (headline.ts) links the figure that states its
 *   number, or, when no figure does (a qualitative target, a number the
 *   extractor did not keep), becomes a figure of its own, EXTRACTED;
 * - a link a person made (curated) always wins: a slug × year × kind the
 *   curated layer already answers is not linked again, and a figure linked to
 *   another indicator is never taken over, so one report never states two
 *   values for one slug, year and kind;
 * - every catalogue indicator the report then observes is an IndicatorRecord
 *   (id = slug, names and definition from the catalogue) unless the report
 *   already curates it.
 */
import type { FigureRecord, IndicatorRecord, LocalizedText, SectorRecord, SourceRef } from '../../../lambda/data/records';
import { figureId } from '../../../lambda/data/keys';
import { loadCatalogue, type Catalogue, type CatalogueIndicator } from '../../catalogue/catalogue';
import { scaleDecimal } from '../figures/decimal';
import { readHeadlines, type HeadlineInput, type Observation, type Span } from './headline';

export interface LinkInput extends HeadlineInput {
  reportId: string;
  figures: FigureRecord[];
  indicators: IndicatorRecord[];
  sectors: SectorRecord[];
  /** SourceRef of a span given in code-point offsets of `text` (RepairedDocument.sourceRefFromRepaired). */
  ref: (start: number, end: number) => SourceRef;
  catalogue?: Catalogue;
}

export interface LinkResult {
  figures: FigureRecord[];
  indicators: IndicatorRecord[];
  sectors: SectorRecord[];
  headline: Span | null;
  /** Every reading, with what became of it. */
  links: { observation: Observation; figureId: string | null; outcome: 'LINKED' | 'CREATED' | 'ALREADY_LINKED' | 'SKIPPED' }[];
}

/** UTF-16 index → code-point offset (they differ only after astral characters). */
const codePointIndexer = (text: string): ((utf16: number) => number) => {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i <= text.length; i += 1) {
    map.push(cp);
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff)) cp += 1;
  }
  return (i) => map[i] ?? cp;
};

const key = (slug: string, year: number, kind: string): string => `${slug}|${year}|${kind}`;

const nameOf = (ind: CatalogueIndicator): LocalizedText => ({ zhHant: ind.name.zhHant, zhHans: ind.name.zhHans, en: ind.name.en });

const signedScale = (value: string, power: number): string =>
  value.startsWith('-') ? `-${scaleDecimal(value.slice(1), power)}` : scaleDecimal(value, power);

const byReportOrder = (a: FigureRecord, b: FigureRecord): number => a.valueSource.start - b.valueSource.start || (a.id < b.id ? -1 : 1);

export function linkCatalogue(input: LinkInput): LinkResult {
  const catalogue = input.catalogue ?? loadCatalogue();
  const { text } = input;
  const cp = codePointIndexer(text);
  const result = readHeadlines(catalogue, input);
  const figures = input.figures.map((f) => ({ ...f }));
  const sectorIds = new Set(input.sectors.map((s) => s.id));
  const ids = new Set(figures.map((f) => f.id));
  const answered = new Set(figures.filter((f) => f.indicatorId !== null).map((f) => key(f.indicatorId!, f.year, f.kind)));
  const links: LinkResult['links'] = [];

  for (const o of result.observations) {
    const valueSource = input.ref(cp(o.valueStart), cp(o.valueEnd));
    const k = key(o.slug, o.year, o.kind);
    const record = (figure: string | null, outcome: LinkResult['links'][number]['outcome']): void => {
      links.push({ observation: o, figureId: figure, outcome });
    };
    // A number states one thing; a wording may state several (一般公共预算收入、城乡居民收入与经济增长同步),
    // so a qualitative figure already linked elsewhere is not this target's: it gets its own.
    const stating = figures.find((f) =>
      o.value === null
        ? f.comparator === 'QUALITATIVE' &&
          f.valueSource.start < valueSource.end &&
          valueSource.start < f.valueSource.end &&
          (f.indicatorId === null || f.indicatorId === o.slug)
        : f.valueSource.start === valueSource.start,
    );
    if (answered.has(k)) {
      record(stating?.id ?? null, stating?.indicatorId === o.slug ? 'ALREADY_LINKED' : 'SKIPPED');
      continue;
    }
    if (stating) {
      // The extractor's kind and year come from the section; a disagreement is left for a person to settle.
      if (stating.indicatorId !== null || stating.kind !== o.kind || stating.year !== o.year) {
        record(stating.id, 'SKIPPED');
        continue;
      }
      stating.indicatorId = o.slug;
      stating.curation = 'EXTRACTED';
      answered.add(k);
      record(stating.id, 'LINKED');
      continue;
    }
    // One wording can state two targets (城乡居民收入与经济增长同步: urban and rural): the second takes a suffix.
    let id = figureId(valueSource.start);
    for (let n = 0; ids.has(id); n += 1) id = `${figureId(valueSource.start)}${'abcdefghij'[n] ?? `-${n}`}`;
    figures.push(newFigure(input, catalogue.bySlug.get(o.slug)!, o, id, valueSource, cp, sectorIds));
    ids.add(id);
    answered.add(k);
    record(id, 'CREATED');
  }

  const indicators = buildIndicators(input, catalogue, figures);
  figures.sort(byReportOrder);
  const sectors = input.sectors.map((s) => ({
    ...s,
    figureIds: figures.filter((f) => f.sectorId === s.id).map((f) => f.id),
    indicatorIds: indicators.filter((i) => i.sectorId === s.id).map((i) => i.id),
  }));
  return { figures, indicators, sectors, headline: result.paragraph, links };
}

const newFigure = (
  input: LinkInput,
  ind: CatalogueIndicator,
  o: Observation,
  id: string,
  valueSource: SourceRef,
  cp: (i: number) => number,
  sectorIds: Set<string>,
): FigureRecord => {
  const written = input.text.slice(o.valueStart, o.valueEnd);
  const unitWritten = o.unit ? written.slice(written.length - o.unit.unit.length) : null;
  const numberWritten = o.value === null ? written : written.slice(0, written.length - (unitWritten?.length ?? 0));
  return {
    reportId: input.reportId,
    id,
    value: o.value,
    valueLow: o.valueLow,
    valueHigh: o.valueHigh,
    valueText: numberWritten,
    unit: unitWritten,
    normalizedValue: o.value === null || !o.unit ? null : signedScale(o.value, o.unit.power),
    baseUnit: o.unit?.baseUnit ?? null,
    year: o.year,
    kind: o.kind,
    comparator: o.comparator,
    comparatorText: o.comparatorText,
    measure: ind.measure,
    changePercent: null,
    changeFigureId: null,
    changeOfFigureId: null,
    // What it measures is the catalogue statistic itself: its names, never a machine translation.
    subject: nameOf(ind),
    sectorId: sectorIds.has(ind.sectorId) || sectorIds.size === 0 ? ind.sectorId : [...sectorIds][0]!,
    indicatorId: ind.slug,
    projectId: null,
    projectIds: [],
    scope: 'SINGLE',
    source: input.ref(cp(o.sourceStart), cp(o.sourceEnd)),
    valueSource,
    curation: 'EXTRACTED',
  };
};

/** The report's indicators: its own, with their figures, plus every catalogue indicator it now observes. */
const buildIndicators = (input: LinkInput, catalogue: Catalogue, figures: FigureRecord[]): IndicatorRecord[] => {
  const ordered = [...figures].sort(byReportOrder);
  const figuresOf = (id: string): FigureRecord[] => ordered.filter((f) => f.indicatorId === id);
  const own = new Set(input.indicators.map((i) => i.id));
  const fresh = [...new Set(ordered.map((f) => f.indicatorId).filter((id): id is string => id !== null && !own.has(id)))]
    .map((slug) => catalogue.bySlug.get(slug))
    .filter((ind): ind is CatalogueIndicator => ind !== undefined);
  const observed = new Set([...own, ...fresh.map((i) => i.slug)]);
  const sectorIds = new Set(input.sectors.map((s) => s.id));
  const kept = input.indicators.map((i) => ({ ...i, figureIds: figuresOf(i.id).map((f) => f.id) }));
  const added = fresh.map((ind, n): IndicatorRecord => {
    const mine = figuresOf(ind.slug);
    return {
      reportId: input.reportId,
      id: ind.slug,
      order: kept.length + n,
      name: nameOf(ind),
      description: { zhHant: ind.definition.zhHant, zhHans: ind.definition.zhHans, en: ind.definition.en },
      sectorId: sectorIds.has(ind.sectorId) || sectorIds.size === 0 ? ind.sectorId : mine[0]!.sectorId,
      unit: mine.find((f) => f.unit !== null)?.unit ?? ind.unit,
      baseUnit: ind.baseUnit,
      measure: ind.measure,
      figureIds: mine.map((f) => f.id),
      levelIndicatorId: ind.levelIndicator !== null && observed.has(ind.levelIndicator) ? ind.levelIndicator : null,
    };
  });
  return [...kept, ...added];
};
