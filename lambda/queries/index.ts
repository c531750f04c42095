/**
 * Named query functions: what each GraphQL field asks of the data, in terms
 * of the read layer. Resolvers stay one line; ordering and filtering rules
 * live here and are documented in docs/queries.md.
 */
import type {
  FigureItem,
  GlossaryItem,
  IndicatorItem,
  ProjectItem,
  ReportItem,
  SectorItem,
  YearItem,
} from '../data/entities';
import type { RequestData } from '../data/request-data';
import { itemsHolding, searchIndexOf, snapshotFold } from './search-index';
import { makeFold, normalizeQuery, type Fold } from '../graphql/text-match';

export interface FigureFilter {
  year?: number | null;
  kind?: string | null;
  unit?: string | null;
  measure?: string | null;
  sectorId?: string | null;
  indicatorId?: string | null;
  projectId?: string | null;
  text?: string | null;
}

export interface IndicatorFilter {
  sectorId?: string | null;
  hasTarget?: boolean | null;
  hasActual?: boolean | null;
  text?: string | null;
}

export interface ProjectFilter {
  sectorId?: string | null;
  status?: string | null;
  year?: number | null;
  text?: string | null;
}

const byNumber = <T>(key: (t: T) => number) => (a: T, b: T) => key(a) - key(b);

export const getReport = (data: RequestData, reportId: string): Promise<ReportItem | undefined> =>
  data.get('Report', reportId, reportId);

/** The fold of the report (see text-match.ts); identity-with-lowercase for an unknown report. */
export const foldOf = async (data: RequestData, reportId: string): Promise<Fold> => {
  const snapshot = await data.snapshot(reportId);
  // Built once per report version and kept with its snapshot, not per request.
  return snapshot ? snapshotFold(snapshot) : makeFold('');
};

export const listYears = async (data: RequestData, reportId: string): Promise<YearItem[]> =>
  (await data.list('Year', reportId)).sort(byNumber((y) => y.year));

export const getYear = (data: RequestData, reportId: string, year: number): Promise<YearItem | undefined> =>
  data.get('Year', reportId, year);

// Glossary ------------------------------------------------------------------

export const listGlossary = async (data: RequestData, reportId: string, text?: string | null): Promise<GlossaryItem[]> => {
  const all = (await data.list('Glossary', reportId)).sort(byNumber((g) => g.number));
  if (!text?.trim()) return all;
  const fold = await foldOf(data, reportId);
  const q = normalizeQuery(fold, text);
  return all.filter((g) =>
    [g.term.zhHant, g.term.en ?? '', g.definition.zhHant, g.definition.en ?? ''].some((field) => fold(field).includes(q)),
  );
};

export const glossaryByNumber = (data: RequestData, reportId: string, num: number): Promise<GlossaryItem | undefined> =>
  data.get('Glossary', reportId, num);

/** By term as written; a term typed in Simplified (or any case of English) is matched through the fold. */
export const glossaryByTerm = async (data: RequestData, reportId: string, term: string): Promise<GlossaryItem | undefined> => {
  const exact = await data.glossaryByTerm(reportId, term);
  if (exact) return exact;
  const fold = await foldOf(data, reportId);
  const q = normalizeQuery(fold, term);
  const all = await data.list('Glossary', reportId);
  return all.find((g) => fold(g.term.zhHant) === q || (g.term.en !== null && fold(g.term.en) === q));
};

// Figures -------------------------------------------------------------------

const figureMatchesText = (fold: Fold, q: string, f: FigureItem): boolean =>
  [f.subject.zhHant, f.subject.en ?? '', f.source.text].some((field) => fold(field).includes(q));

/** Candidates from the narrowest access pattern, then every filter applied; report order. */
export const listFigures = async (data: RequestData, reportId: string, filter: FigureFilter = {}): Promise<FigureItem[]> => {
  let candidates: FigureItem[];
  if (filter.indicatorId) {
    const indicator = await data.get('Indicator', reportId, filter.indicatorId);
    candidates = indicator ? await data.getMany('Figure', reportId, indicator.figureIds) : [];
  } else if (filter.projectId) {
    const project = await data.get('Project', reportId, filter.projectId);
    candidates = project ? await data.getMany('Figure', reportId, project.figureIds) : [];
  } else if (filter.year != null && filter.kind) {
    const { year, kind } = filter;
    candidates = await data.figuresOfYearKind(reportId, year, kind);
  } else {
    candidates = await data.list('Figure', reportId);
  }
  const fold = filter.text?.trim() ? await foldOf(data, reportId) : null;
  const q = fold && filter.text ? normalizeQuery(fold, filter.text) : '';
  // The report's search index names the figures whose texts can hold the text; the exact rule runs on those only.
  const snapshot = fold ? await data.snapshot(reportId) : undefined;
  const holding = snapshot ? itemsHolding(searchIndexOf(snapshot), q) : null;
  return candidates
    .filter(
      (f) =>
        (!holding || holding.has(f)) &&
        (filter.year == null || f.year === filter.year) &&
        (!filter.kind || f.kind === filter.kind) &&
        (!filter.unit || f.unit === filter.unit) &&
        (!filter.measure || f.measure === filter.measure) &&
        (!filter.sectorId || f.sectorId === filter.sectorId) &&
        (!filter.indicatorId || f.indicatorId === filter.indicatorId) &&
        (!filter.projectId || f.projectId === filter.projectId) &&
        (!fold || figureMatchesText(fold, q, f)),
    )
    .sort(byNumber((f) => f.valueSource.start));
};

export const getFigure = (data: RequestData, reportId: string, id: string): Promise<FigureItem | undefined> =>
  data.get('Figure', reportId, id);

export const figuresByIds = (data: RequestData, reportId: string, ids: readonly string[]): Promise<FigureItem[]> =>
  data.getMany('Figure', reportId, ids);

// Indicators ----------------------------------------------------------------

export const indicatorObservations = async (
  data: RequestData,
  indicator: IndicatorItem,
  year?: number | null,
  kind?: string | null,
): Promise<FigureItem[]> =>
  (await figuresByIds(data, indicator.reportId, indicator.figureIds))
    .filter((f) => (year == null || f.year === year) && (!kind || f.kind === kind))
    .sort(byNumber((f) => f.valueSource.start));

/** The first observation of a kind: the report states each indicator's headline value first. */
export const indicatorObservation = async (
  data: RequestData,
  indicator: IndicatorItem,
  kind: 'ACTUAL' | 'TARGET',
): Promise<FigureItem | null> => (await indicatorObservations(data, indicator, null, kind))[0] ?? null;

export const listIndicators = async (data: RequestData, reportId: string, filter: IndicatorFilter = {}): Promise<IndicatorItem[]> => {
  const all = (await data.list('Indicator', reportId)).sort(byNumber((i) => i.order));
  const fold = filter.text?.trim() ? await foldOf(data, reportId) : null;
  const q = fold && filter.text ? normalizeQuery(fold, filter.text) : '';
  const needKinds = filter.hasTarget != null || filter.hasActual != null;
  const kindsOf = new Map<string, Set<string>>();
  if (needKinds) {
    // One batched read of all observations: bounded by ceil(figures / 100) BatchGetItem requests.
    await Promise.all(
      all.map(async (ind) => kindsOf.set(ind.id, new Set((await indicatorObservations(data, ind)).map((f) => f.kind)))),
    );
  }
  return all.filter(
    (ind) =>
      (!filter.sectorId || ind.sectorId === filter.sectorId) &&
      (filter.hasTarget == null || kindsOf.get(ind.id)!.has('TARGET') === filter.hasTarget) &&
      (filter.hasActual == null || kindsOf.get(ind.id)!.has('ACTUAL') === filter.hasActual) &&
      (!fold || [ind.name.zhHant, ind.name.en ?? '', ind.id].some((field) => fold(field).includes(q))),
  );
};

export const getIndicator = (data: RequestData, reportId: string, id: string): Promise<IndicatorItem | undefined> =>
  data.get('Indicator', reportId, id);

// Projects ------------------------------------------------------------------

export const listProjects = async (data: RequestData, reportId: string, filter: ProjectFilter = {}): Promise<ProjectItem[]> => {
  const all = (await data.list('Project', reportId)).sort(byNumber((p) => p.order));
  const fold = filter.text?.trim() ? await foldOf(data, reportId) : null;
  const q = fold && filter.text ? normalizeQuery(fold, filter.text) : '';
  return all.filter(
    (p) =>
      (!filter.sectorId || p.sectorId === filter.sectorId) &&
      // Status and year are matched on one mention: APPROVED + 2023 finds projects approved in 2023, whatever came later.
      (filter.status == null && filter.year == null
        ? true
        : p.mentions.some((m) => (!filter.status || m.status === filter.status) && (filter.year == null || m.year === filter.year))) &&
      (!fold || [p.name.zhHant, p.name.en ?? '', ...p.mentions.map((m) => m.text)].some((field) => fold(field).includes(q))),
  );
};

/** Projects by id, in the given order (unknown ids dropped). */
export const projectsByIds = async (data: RequestData, reportId: string, ids: readonly string[]): Promise<ProjectItem[]> => {
  const found = await data.getMany('Project', reportId, ids);
  const byId = new Map(found.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

export const getProject = (data: RequestData, reportId: string, id: string): Promise<ProjectItem | undefined> =>
  data.get('Project', reportId, id);

// Sectors -------------------------------------------------------------------

export const listSectors = async (data: RequestData, reportId: string): Promise<SectorItem[]> =>
  (await data.list('Sector', reportId)).sort(byNumber((s) => s.order));

export const getSector = (data: RequestData, reportId: string, id: string): Promise<SectorItem | undefined> =>
  data.get('Sector', reportId, id);
