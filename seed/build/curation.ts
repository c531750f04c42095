/**
 * Applies the curated layer (seed/reports/<id>/curated/*.json, rules in
 * docs/taxonomy.md) to the extracted figures: links figures to indicators
 * and projects, finds every project mention, and builds the sector records.
 *
 * Curated files never carry offsets or figure ids. They name figures by a
 * `match`: an exact substring of the repaired text that occurs once and
 * contains the figure's number, plus the number as written. That keeps the
 * files readable and stable when the extractor's ids or clause boundaries
 * change, and a stale match fails the build loudly instead of silently
 * linking the wrong number.
 */
import path from 'node:path';
import type {
  FigureRecord,
  IndicatorRecord,
  Measure,
  ProjectRecord,
  ProjectStatus,
  SectorRecord,
} from '../../lambda/data/records';
import type { RepairedDocument } from '../repair/document';
import { readOverlay } from './overlay';
import { loadSectorCatalogue } from './figures/sectors';
import { localize } from './localize';

/**
 * What curation needs of the repaired document: its repaired reading and the
 * SourceRef (source offsets, damaged quote, repaired text) of a span of it.
 */
export type CurationDocument = Pick<RepairedDocument, 'text' | 'sourceRefFromRepaired'>;

/**
 * Document offsets are code points; String#indexOf gives UTF-16 indices. They
 * agree unless the text has astral characters, so map only when it does.
 */
const codePointIndexer = (text: string): ((utf16: number) => number) => {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
};

// ------------------------------------------------------------ curated files

interface CuratedText {
  zhHant: string;
  en: string;
}

export interface CuratedFigureRef {
  /** Exact substring of the repaired text, occurring once, containing the figure's number. */
  match: string;
  /** The number as written there (`114.7`, `兩`). */
  value: string;
}

export interface CuratedSector {
  id: string;
  name: CuratedText;
  description: CuratedText;
}

export interface CuratedIndicator {
  id: string;
  name: CuratedText;
  description: CuratedText | null;
  sectorId: string;
  unit: string | null;
  baseUnit: string | null;
  measure: Measure;
  levelIndicatorId: string | null;
  figures: CuratedFigureRef[];
}

export interface CuratedProject {
  id: string;
  name: CuratedText;
  sectorId: string;
  year: number;
  status: ProjectStatus;
  statusText: string | null;
  /** Every form of the name as it stands in the repaired body. */
  aliases: string[];
  figures: CuratedFigureRef[];
}

export interface CuratedLayer {
  sectors: CuratedSector[];
  indicators: CuratedIndicator[];
  projects: CuratedProject[];
}

export const CURATED_FILES = {
  sectors: 'sectors.json',
  indicators: 'indicators.json',
  projects: 'projects.json',
} as const;

/**
 * The curated layer; every file is optional. Without sectors.json the shared
 * sector catalogue (seed/catalogue/sectors.json) is the report's taxonomy.
 */
export const loadCuratedLayer = (curatedDir: string): CuratedLayer => ({
  sectors: readOverlay<CuratedSector[] | null>(path.join(curatedDir, CURATED_FILES.sectors), null) ?? catalogueSectors(),
  indicators: readOverlay<CuratedIndicator[]>(path.join(curatedDir, CURATED_FILES.indicators), []),
  projects: readOverlay<CuratedProject[]>(path.join(curatedDir, CURATED_FILES.projects), []),
});

const catalogueSectors = (): CuratedSector[] =>
  loadSectorCatalogue().map((s) => ({
    id: s.id,
    name: { zhHant: s.name.zhHant, en: s.name.en },
    description: { zhHant: s.description.zhHant, en: s.description.en },
  }));

// ------------------------------------------------------------------ checks

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MEASURES: ReadonlySet<string> = new Set<Measure>(['LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX']);
const STATUSES: ReadonlySet<string> = new Set<ProjectStatus>([
  'APPROVED',
  'PLANNED',
  'STARTED',
  'UNDER_CONSTRUCTION',
  'ACCELERATING',
  'COMPLETED',
  'IN_OPERATION',
  'MENTIONED',
]);

const fail = (message: string): never => {
  throw new Error(`curation: ${message}`);
};

const checkIds = (kind: string, ids: string[]): void => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!SLUG.test(id)) fail(`${kind} id "${id}" is not a lowercase slug`);
    if (seen.has(id)) fail(`${kind} id "${id}" is used twice`);
    seen.add(id);
  }
};

const checkLayer = (layer: CuratedLayer): void => {
  checkIds('sector', layer.sectors.map((s) => s.id));
  checkIds('indicator', layer.indicators.map((i) => i.id));
  checkIds('project', layer.projects.map((p) => p.id));
  const sectorIds = new Set(layer.sectors.map((s) => s.id));
  const indicatorIds = new Set(layer.indicators.map((i) => i.id));
  for (const ind of layer.indicators) {
    if (!sectorIds.has(ind.sectorId)) fail(`indicator "${ind.id}" names unknown sector "${ind.sectorId}"`);
    if (!MEASURES.has(ind.measure)) fail(`indicator "${ind.id}" has unknown measure "${ind.measure}"`);
    if (ind.levelIndicatorId !== null && !indicatorIds.has(ind.levelIndicatorId))
      fail(`indicator "${ind.id}" names unknown level indicator "${ind.levelIndicatorId}"`);
  }
  for (const p of layer.projects) {
    if (!sectorIds.has(p.sectorId)) fail(`project "${p.id}" names unknown sector "${p.sectorId}"`);
    if (!STATUSES.has(p.status)) fail(`project "${p.id}" has unknown status "${p.status}"`);
    if (p.aliases.length === 0) fail(`project "${p.id}" has no alias`);
  }
};

// ---------------------------------------------------------------- matching

/** All start offsets of `needle` in `haystack`, overlapping occurrences included. */
export const occurrences = (haystack: string, needle: string, from = 0, to = haystack.length): number[] => {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
};

/**
 * The figure a curated reference names: `match` must occur exactly once in the
 * repaired text, and exactly one figure whose number reads `value` must lie
 * inside that occurrence (compared in source offsets, so figures inside
 * repaired spans resolve too).
 */
export const resolveFigureRef = (
  doc: CurationDocument,
  figures: readonly FigureRecord[],
  ref: CuratedFigureRef,
  owner: string,
): FigureRecord => {
  const at = occurrences(doc.text, ref.match);
  if (at.length === 0) return fail(`${owner}: match "${ref.match}" does not occur in the repaired text`);
  if (at.length > 1) return fail(`${owner}: match "${ref.match}" is ambiguous (${at.length} occurrences)`);
  const cp = codePointIndexer(doc.text);
  const start = at[0]!;
  const span = doc.sourceRefFromRepaired(cp(start), cp(start + ref.match.length));
  const inside = figures.filter(
    (f) =>
      f.valueSource.start >= span.start &&
      f.valueSource.end <= span.end &&
      (f.valueText === ref.value || f.value === ref.value),
  );
  if (inside.length === 0) return fail(`${owner}: no figure with value "${ref.value}" lies inside match "${ref.match}"`);
  if (inside.length > 1)
    return fail(`${owner}: ${inside.length} figures with value "${ref.value}" lie inside match "${ref.match}"`);
  return inside[0]!;
};

/**
 * Every occurrence of every project alias in the body, longest name first
 * where names overlap (七里峪景區提升一期工程 is one mention of the upgrade,
 * not also one of 七里峪景區), in report order.
 */
export const findMentions = (
  body: string,
  projects: readonly Pick<CuratedProject, 'id' | 'aliases'>[],
): Map<string, { start: number; end: number }[]> => {
  const candidates: { projectId: string; start: number; end: number }[] = [];
  for (const p of projects) {
    for (const alias of new Set(p.aliases)) {
      const at = occurrences(body, alias);
      if (at.length === 0) fail(`project "${p.id}": alias "${alias}" does not occur in the body`);
      for (const start of at) candidates.push({ projectId: p.id, start, end: start + alias.length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: typeof candidates = [];
  // Greedy by length: a longer name claims its span before any name inside it.
  for (const c of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  }
  const byProject = new Map<string, { start: number; end: number }[]>(projects.map((p) => [p.id, []]));
  for (const t of taken.sort((a, b) => a.start - b.start)) byProject.get(t.projectId)!.push({ start: t.start, end: t.end });
  for (const [id, spans] of byProject) {
    if (spans.length === 0) fail(`project "${id}": every mention is inside another project's longer name`);
  }
  return byProject;
};

const bodyEnd = (text: string): number => {
  // Project mentions are looked for in the body, before the appendix when there is one.
  const at = text.indexOf('\n附件');
  return at < 0 ? text.length : at;
};

const byReportOrder = (a: FigureRecord, b: FigureRecord): number =>
  a.valueSource.start - b.valueSource.start || a.valueSource.end - b.valueSource.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ------------------------------------------------------------------- apply

export interface CurationInput {
  reportId: string;
  doc: CurationDocument;
  figures: FigureRecord[];
  /** Directory holding sectors.json, indicators.json, projects.json; or pass `layer`. */
  curatedDir: string;
  /** The curated layer itself (tests); read from curatedDir when absent. */
  layer?: CuratedLayer;
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
  const figures = input.figures.map((f) => ({ ...f, subject: { ...f.subject } }));
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const indicatorById = new Map(layer.indicators.map((i) => [i.id, i]));

  const linkAll = (ownerKind: 'indicator' | 'project', ownerId: string, refs: CuratedFigureRef[]): FigureRecord[] =>
    refs.map((ref) => {
      const found = figureById.get(resolveFigureRef(doc, figures, ref, `${ownerKind} "${ownerId}"`).id)!;
      const field = ownerKind === 'indicator' ? 'indicatorId' : 'projectId';
      const previous = found[field];
      if (previous !== null && previous !== ownerId)
        fail(`${ownerKind} "${ownerId}": figure ${found.id} ("${ref.match}") already belongs to ${ownerKind} "${previous}"`);
      found[field] = ownerId;
      // A person named this figure in a curated file: it is checked.
      found.curation = 'CURATED';
      return found;
    });

  // Projects first, so that a figure claimed by both takes its indicator's sector (the statistic it measures).
  const projectFigures = new Map(layer.projects.map((p) => [p.id, linkAll('project', p.id, p.figures)]));
  for (const p of layer.projects) for (const f of projectFigures.get(p.id)!) f.sectorId = p.sectorId;
  const indicatorFigures = new Map(layer.indicators.map((i) => [i.id, linkAll('indicator', i.id, i.figures)]));
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

  const end = bodyEnd(doc.text);
  const mentionSpans = findMentions(doc.text.slice(0, end), layer.projects);
  const cp = codePointIndexer(doc.text);
  const projects: ProjectRecord[] = layer.projects
    .map((p) => {
      const mentions = mentionSpans.get(p.id)!.map((m) => doc.sourceRefFromRepaired(cp(m.start), cp(m.end)));
      const own = [...projectFigures.get(p.id)!].sort(byReportOrder);
      const first = Math.min(mentions[0]?.start ?? Number.MAX_SAFE_INTEGER, own[0]?.valueSource.start ?? Number.MAX_SAFE_INTEGER);
      return { p, mentions, own, first };
    })
    .sort((a, b) => a.first - b.first)
    .map(({ p, mentions, own }, order) => ({
      reportId,
      id: p.id,
      order,
      name: localize(p.name.zhHant, p.name.en),
      sectorId: p.sectorId,
      statusText: p.statusText,
      status: p.status,
      year: p.year,
      figureIds: own.map((f) => f.id),
      mentions,
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
