/**
 * Applies the curated layer (seed/reports/<id>/curated/*.json, rules in
 * docs/taxonomy.md and docs/figures.md) to the extracted figures: links
 * figures to indicators and projects, builds each project's timeline from its
 * mentions, and builds the sector records.
 *
 * The parts: curation/layer.ts (the files and their checks),
 * curation/matching.ts (finding what they name in the text),
 * curation/projects.ts (timelines and shared figures).
 */
import type { FigureRecord, IndicatorRecord, ProjectRecord, SectorRecord } from '../../lambda/data/records';
import { localize } from './localize';
import { checkLayer, CURATED_FILES, loadCuratedLayer, type CuratedLayer } from './curation/layer';
import { byReportOrder, fail, resolveFigureRef, type CurationDocument } from './curation/matching';
import { buildProjects } from './curation/projects';

export { CURATED_FILES, loadCuratedLayer, SLUG, STATUS_PROGRESS } from './curation/layer';
export type { CuratedIndicator, CuratedLayer, CuratedMentionStatus, CuratedProject, CuratedSector } from './curation/layer';
export { findMentions, occurrences, resolveFigureRef } from './curation/matching';
export type { CuratedFigureRef, CurationDocument } from './curation/matching';
export { latestStatus, projectLists } from './curation/projects';

export interface CurationInput {
  reportId: string;
  doc: CurationDocument;
  figures: FigureRecord[];
  /** Directory holding sectors.json, indicators.json, projects.json; or pass `layer`. */
  curatedDir: string;
  /** The curated layer itself (tests); read from curatedDir when absent. */
  layer?: CuratedLayer;
  /** The year a source offset is about: the reviewed year in the review, the planned year in the plan, null elsewhere. */
  yearAt: (sourceOffset: number) => number | null;
}

export interface CurationResult {
  figures: FigureRecord[];
  indicators: IndicatorRecord[];
  projects: ProjectRecord[];
  sectors: SectorRecord[];
}

export function applyCuration(input: CurationInput): CurationResult {
  const { reportId, doc } = input;
  const layer = input.layer ?? loadCuratedLayer(input.curatedDir);
  checkLayer(layer);

  // Copies: the caller's records are not mutated.
  const figures = input.figures.map((f) => ({ ...f, subject: { ...f.subject }, projectIds: [...f.projectIds] }));
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const indicatorById = new Map(layer.indicators.map((i) => [i.id, i]));

  // Projects first, so that a figure claimed by both takes its indicator's sector (the statistic it measures).
  const projects = buildProjects({ reportId, doc, projects: layer.projects, figures, yearAt: input.yearAt });

  const indicatorFigures = new Map(
    layer.indicators.map((ind) => [
      ind.id,
      ind.figures.map((ref) => {
        const found = figureById.get(resolveFigureRef(doc, figures, ref, `indicator "${ind.id}"`).id)!;
        if (found.indicatorId !== null && found.indicatorId !== ind.id)
          fail(`indicator "${ind.id}": figure ${found.id} ("${ref.match}") already belongs to indicator "${found.indicatorId}"`);
        found.indicatorId = ind.id;
        // A person named this figure in a curated file: it is checked.
        found.curation = 'CURATED';
        return found;
      }),
    ]),
  );
  for (const ind of layer.indicators) {
    for (const f of indicatorFigures.get(ind.id)!) {
      f.sectorId = ind.sectorId;
      if (f.subject.en === null) f.subject.en = ind.name.en;
    }
  }

  const sectorIds = new Set(layer.sectors.map((s) => s.id));
  for (const f of figures) {
    if (!sectorIds.has(f.sectorId)) fail(`figure ${f.id} has sector "${f.sectorId}", which is not in ${CURATED_FILES.sectors}`);
  }

  const indicators: IndicatorRecord[] = layer.indicators
    .map((ind) => {
      const own = [...indicatorFigures.get(ind.id)!].sort(byReportOrder);
      return { ind, own, first: own[0]?.valueSource.start ?? Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.first - b.first)
    .map(({ ind, own }, order) => ({
      reportId,
      id: ind.id,
      order,
      name: localize(ind.name.zhHant, ind.name.en),
      description: ind.description === null ? null : localize(ind.description.zhHant, ind.description.en),
      sectorId: ind.sectorId,
      unit: ind.unit,
      baseUnit: ind.baseUnit,
      measure: ind.measure,
      figureIds: own.map((f) => f.id),
      levelIndicatorId: indicatorById.get(ind.levelIndicatorId ?? '')?.id ?? null,
    }));

  const orderedFigures = [...figures].sort(byReportOrder);
  // Sectors keep the taxonomy's documented order (docs/taxonomy.md), which follows the report's own sequence.
  const sectors: SectorRecord[] = layer.sectors.map((s, order) => ({
    reportId,
    id: s.id,
    order,
    name: localize(s.name.zhHant, s.name.en),
    description: localize(s.description.zhHant, s.description.en),
    indicatorIds: indicators.filter((i) => i.sectorId === s.id).map((i) => i.id),
    projectIds: projects.filter((p) => p.sectorId === s.id).map((p) => p.id),
    figureIds: orderedFigures.filter((f) => f.sectorId === s.id).map((f) => f.id),
  }));

  return { figures, indicators, projects, sectors };
}
