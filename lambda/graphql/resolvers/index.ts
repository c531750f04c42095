/**
 * Thin resolvers: each field calls one named query function (lambda/queries).
 * Unknown ids resolve to null; malformed input is a BAD_USER_INPUT error.
 */
import type { Resolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { connectionOf, pageSize, positionKey } from '../connections';
import { fromGlobalId, toGlobalId, type NodeType } from '../ids';
import { badUserInput } from '../errors';
import * as q from '../../queries';
import { search } from '../../queries/search';
import { searchSize } from '../search';
import * as collection from '../../queries/collection';
import type { ItemByType } from '../../data/items';
import { compareFigures } from '../compare';
import { reportPagePath, sourceContext, sourceSection, sourceUrl, withReport } from '../../pages/source-fields';
import { citation, displayValue, unitLabel } from '../../pages/figure-text';
import { simplifierOf } from '../text-match';

const reportOf = (ctx: Context, reportId: string | null | undefined): string => reportId ?? ctx.data.defaultReportId;

const connectionFields = {
  edges: <T>(parent: { items: T[]; cursors: string[] }) => parent.items.map((node, i) => ({ node, cursor: parent.cursors[i]! })),
  nodes: <T>(parent: { items: T[] }) => parent.items,
  pageInfo: (parent: { cursors: string[]; hasNextPage: boolean; hasPreviousPage: boolean }) => ({
    hasNextPage: parent.hasNextPage,
    hasPreviousPage: parent.hasPreviousPage,
    startCursor: parent.cursors[0] ?? null,
    endCursor: parent.cursors[parent.cursors.length - 1] ?? null,
  }),
};

const figureKey = (f: ItemByType['Figure']) => positionKey(f.valueSource.start, f.id);
const orderKey = (item: { order: number; id: string }) => positionKey(item.order, item.id);
const byOrder = <T extends { order: number }>(items: T[]): T[] => [...items].sort((a, b) => a.order - b.order);

/** Items that are GraphQL nodes (the stored source text is not one). */
type NodeItem = ItemByType[Exclude<keyof ItemByType, 'ReportText'>];
type Typed = { __typename: NodeType } & NodeItem;

/** Resolve a decoded global id to its item, tagged with its GraphQL type. */
const loadNode = async (ctx: Context, id: string): Promise<Typed | null> => {
  const { type, reportId, localId } = fromGlobalId(id);
  const get = async (): Promise<NodeItem | undefined> => {
    switch (type) {
      case 'Report':
        return localId === reportId ? q.getReport(ctx.data, reportId) : undefined;
      case 'Year':
        return /^\d{4}$/.test(localId) ? q.getYear(ctx.data, reportId, Number(localId)) : undefined;
      case 'Section':
        return (await ctx.data.list('Section', reportId)).find((s) => s.id === localId);
      case 'GlossaryTerm':
        return /^\d{1,3}$/.test(localId) ? q.glossaryByNumber(ctx.data, reportId, Number(localId)) : undefined;
      case 'Repair':
        return /^\d{1,3}$/.test(localId) ? ctx.data.get('Repair', reportId, Number(localId)) : undefined;
      case 'Figure':
        return q.getFigure(ctx.data, reportId, localId);
      case 'Indicator':
        return q.getIndicator(ctx.data, reportId, localId);
      case 'Project':
        return q.getProject(ctx.data, reportId, localId);
      case 'Sector':
        return q.getSector(ctx.data, reportId, localId);
    }
  };
  const item = await get();
  return item ? ({ __typename: type, ...item } as Typed) : null;
};

export const resolvers: Resolvers<Context> = {
  Query: {
    node: (_p, { id }, ctx) => loadNode(ctx, id),
    nodes: (_p, { ids }, ctx) => {
      if (ids.length > 100) throw badUserInput(`"ids" takes at most 100 ids (got ${ids.length}); split them into several nodes(ids:) calls of 100.`, { argument: 'ids', max: 100 });
      // Decode all first so one malformed id fails the field before any read.
      ids.forEach((id) => fromGlobalId(id));
      return Promise.all(ids.map((id) => loadNode(ctx, id)));
    },
    report: async (_p, { id }, ctx) => (await q.getReport(ctx.data, reportOf(ctx, id))) ?? null,
    reports: async (_p, { filter, first, after }, ctx) => {
      pageSize(first);
      return connectionOf(await collection.listReportItems(ctx.data, filter), (r) => r.reportId, { first, after });
    },
    observations: async (_p, { indicatorId, year, kind, reportFilter, first, after }, ctx) => {
      pageSize(first);
      const rows = await collection.observations(ctx.data, indicatorId, { year, kind, reportFilter });
      return connectionOf(rows, (f) => `${f.year}:${f.kind}:${f.reportId}:${positionKey(f.valueSource.start, f.id)}`, { first, after });
    },
    years: (_p, { reportId }, ctx) => q.listYears(ctx.data, reportOf(ctx, reportId)),
    year: async (_p, { year, reportId }, ctx) => (await q.getYear(ctx.data, reportOf(ctx, reportId), year)) ?? null,
    glossaryTerms: async (_p, { filter, first, after, reportId }, ctx) => {
      pageSize(first);
      const all = await q.listGlossary(ctx.data, reportOf(ctx, reportId), filter?.text);
      return connectionOf(all, (g) => positionKey(g.number, g.id), { first, after });
    },
    glossaryTerm: async (_p, { number, term, reportId }, ctx) => {
      const rid = reportOf(ctx, reportId);
      if ((number == null) === (term == null)) throw badUserInput('glossaryTerm: give exactly one of "number" or "term", e.g. glossaryTerm(number: 6) or glossaryTerm(term: "三無三可"); glossaryTerms lists them all.', { argument: number == null ? 'number' : 'term' });
      const found = number != null ? await q.glossaryByNumber(ctx.data, rid, number) : await q.glossaryByTerm(ctx.data, rid, term!);
      return found ?? null;
    },
    figures: async (_p, { filter, first, after, reportId }, ctx) => {
      pageSize(first);
      return connectionOf(await q.listFigures(ctx.data, reportOf(ctx, reportId), filter ?? {}), figureKey, { first, after });
    },
    figure: async (_p, { id, reportId }, ctx) => (await q.getFigure(ctx.data, reportOf(ctx, reportId), id)) ?? null,
    indicators: async (_p, { filter, first, after, reportId }, ctx) => {
      pageSize(first);
      const all = await q.listIndicators(ctx.data, reportOf(ctx, reportId), filter ?? {});
      return connectionOf(all, orderKey, { first, after });
    },
    indicator: async (_p, { id, reportId }, ctx) => (await q.getIndicator(ctx.data, reportOf(ctx, reportId), id)) ?? null,
    projects: async (_p, { filter, first, after, reportId }, ctx) => {
      pageSize(first);
      const all = await q.listProjects(ctx.data, reportOf(ctx, reportId), filter ?? {});
      return connectionOf(all, orderKey, { first, after });
    },
    project: async (_p, { id, reportId }, ctx) => (await q.getProject(ctx.data, reportOf(ctx, reportId), id)) ?? null,
    sectors: (_p, { reportId }, ctx) => q.listSectors(ctx.data, reportOf(ctx, reportId)),
    sector: async (_p, { id, reportId }, ctx) => (await q.getSector(ctx.data, reportOf(ctx, reportId), id)) ?? null,
    search: (_p, { text, first, reportId }, ctx) =>
      reportId ? search(ctx.data, reportId, text, searchSize(first)) : collection.searchCollection(ctx.data, text, searchSize(first)),
    compareYears: async (_p, { actualYear, targetYear, onlyComparable, reportId }, ctx) => {
      const indicators = await q.listIndicators(ctx.data, reportOf(ctx, reportId));
      const rows = await Promise.all(
        indicators.map(async (indicator) => {
          const obs = await q.indicatorObservations(ctx.data, indicator);
          const actual = obs.find((f) => f.year === actualYear && f.kind === 'ACTUAL') ?? null;
          const target = obs.find((f) => f.year === targetYear && f.kind === 'TARGET') ?? null;
          return compareFigures(indicator, actual, target);
        }),
      );
      return rows.filter((r) => (r.actual || r.target) && (!onlyComparable || r.comparable));
    },
  },
  Node: { __resolveType: (node) => (node as unknown as Typed).__typename },
  SearchResult: { __resolveType: (node) => (node as unknown as Typed).__typename as 'Indicator' | 'Project' | 'GlossaryTerm' | 'Figure' },
  Report: {
    id: (r) => toGlobalId('Report', r.reportId, r.reportId),
    // Stored once the catalogue carries report.json's source.officialUrl; null until then, never guessed.
    officialUrl: (r) => r.officialUrl ?? null,
    pageUrl: (r, _a, ctx) => `${ctx.origin ?? ''}${reportPagePath(r.reportId)}`,
    textUrl: (r, _a, ctx) => `${ctx.origin ?? ''}${reportPagePath(r.reportId)}/report.txt`,
    years: (r, _a, ctx) => q.listYears(ctx.data, r.reportId),
    sections: async (r, _a, ctx) => (await ctx.data.list('Section', r.reportId)).sort((a, b) => a.order - b.order),
    repairs: async (r, _a, ctx) => (await ctx.data.list('Repair', r.reportId)).sort((a, b) => a.number - b.number),
  },
  Year: {
    id: (y) => toGlobalId('Year', y.reportId, y.year),
    section: async (y, _a, ctx) => (await ctx.data.list('Section', y.reportId)).find((s) => s.id === y.sectionId) ?? null,
    figures: async (y, { filter, first, after }, ctx) => {
      pageSize(first);
      const all = await q.listFigures(ctx.data, y.reportId, { ...filter, year: y.year });
      return connectionOf(all, figureKey, { first, after });
    },
    indicators: async (y, { first, after }, ctx) => {
      pageSize(first);
      return connectionOf(byOrder(await ctx.data.getMany('Indicator', y.reportId, y.indicatorIds)), orderKey, { first, after });
    },
    projects: async (y, { first, after }, ctx) => {
      pageSize(first);
      return connectionOf(byOrder(await ctx.data.getMany('Project', y.reportId, y.projectIds)), orderKey, { first, after });
    },
  },
  Section: {
    id: (s) => toGlobalId('Section', s.reportId, s.id),
    heading: (s) => withReport(s.reportId, s.heading),
    parent: async (s, _a, ctx) =>
      s.parentId ? ((await ctx.data.list('Section', s.reportId)).find((p) => p.id === s.parentId) ?? null) : null,
  },
  GlossaryTerm: {
    id: (g) => toGlobalId('GlossaryTerm', g.reportId, g.number),
    source: (g) => withReport(g.reportId, g.source),
    references: (g) => g.references.map((r) => withReport(g.reportId, r)),
  },
  Source: {
    url: (s, _a, ctx) => `${ctx.origin ?? ''}${sourceUrl(s)}`,
    context: (s, { script }, ctx) => sourceContext(ctx.data, s, script ?? 'ZH_HANT'),
    section: (s, _a, ctx) => sourceSection(ctx.data, s),
  },
  Repair: { id: (r) => toGlobalId('Repair', r.reportId, r.number) },
  Figure: {
    id: (f) => toGlobalId('Figure', f.reportId, f.id),
    valueNumber: (f) => (f.value === null ? null : Number(f.value)),
    report: async (f, _a, ctx) => (await q.getReport(ctx.data, f.reportId))!,
    source: (f) => withReport(f.reportId, f.source),
    valueSource: (f) => withReport(f.reportId, f.valueSource),
    unitLabel: (f, { lang }) => unitLabel(f.unit, lang ?? 'ZH_HANS'),
    display: async (f, { lang }, ctx) =>
      displayValue(f, lang ?? 'ZH_HANS', simplifierOf(await q.getReport(ctx.data, f.reportId))),
    citation: async (f, { lang }, ctx) => citation(f, await q.getReport(ctx.data, f.reportId), lang ?? 'EN', ctx.origin),
    changeFigure: async (f, _a, ctx) => (f.changeFigureId ? ((await q.getFigure(ctx.data, f.reportId, f.changeFigureId)) ?? null) : null),
    changeOf: async (f, _a, ctx) => (f.changeOfFigureId ? ((await q.getFigure(ctx.data, f.reportId, f.changeOfFigureId)) ?? null) : null),
    sector: async (f, _a, ctx) => (await q.getSector(ctx.data, f.reportId, f.sectorId))!,
    indicator: async (f, _a, ctx) => (f.indicatorId ? ((await q.getIndicator(ctx.data, f.reportId, f.indicatorId)) ?? null) : null),
    project: async (f, _a, ctx) => (f.projectId ? ((await q.getProject(ctx.data, f.reportId, f.projectId)) ?? null) : null),
    projects: (f, _a, ctx) => q.projectsByIds(ctx.data, f.reportId, f.projectIds),
  },
  Indicator: {
    id: (i) => toGlobalId('Indicator', i.reportId, i.id),
    slug: (i) => i.id,
    sector: async (i, _a, ctx) => (await q.getSector(ctx.data, i.reportId, i.sectorId))!,
    levelIndicator: async (i, _a, ctx) =>
      i.levelIndicatorId ? ((await q.getIndicator(ctx.data, i.reportId, i.levelIndicatorId)) ?? null) : null,
    observations: (i, { year, kind }, ctx) => q.indicatorObservations(ctx.data, i, year, kind),
    actual: (i, _a, ctx) => q.indicatorObservation(ctx.data, i, 'ACTUAL'),
    target: (i, _a, ctx) => q.indicatorObservation(ctx.data, i, 'TARGET'),
  },
  Project: {
    id: (p) => toGlobalId('Project', p.reportId, p.id),
    slug: (p) => p.id,
    sector: async (p, _a, ctx) => (await q.getSector(ctx.data, p.reportId, p.sectorId))!,
    figures: (p, _a, ctx) => q.figuresByIds(ctx.data, p.reportId, p.figureIds),
    // Each mention carries its report, so its source can give a permalink and context.
    mentions: (p) => p.mentions.map((m) => ({ ...m, reportId: p.reportId })),
  },
  ProjectMention: {
    source: (m) => withReport((m as typeof m & { reportId: string }).reportId, { start: m.start, end: m.end, quote: m.quote, text: m.text }),
  },
  Sector: {
    id: (s) => toGlobalId('Sector', s.reportId, s.id),
    slug: (s) => s.id,
    indicators: async (s, { first, after }, ctx) => {
      pageSize(first);
      return connectionOf(byOrder(await ctx.data.getMany('Indicator', s.reportId, s.indicatorIds)), orderKey, { first, after });
    },
    projects: async (s, { first, after }, ctx) => {
      pageSize(first);
      return connectionOf(byOrder(await ctx.data.getMany('Project', s.reportId, s.projectIds)), orderKey, { first, after });
    },
    figures: async (s, { filter, first, after }, ctx) => {
      pageSize(first);
      const all = await q.listFigures(ctx.data, s.reportId, { ...filter, sectorId: s.id });
      return connectionOf(all, figureKey, { first, after });
    },
  },
  FigureConnection: connectionFields,
  IndicatorConnection: connectionFields,
  ProjectConnection: connectionFields,
  GlossaryTermConnection: connectionFields,
  ReportConnection: connectionFields,
};
