/**
 * Named queries that span the collection: reports by place and year, the
 * cross-report panel of an indicator's observations, and search over every
 * report. Everything else answers for one report (the default when a field
 * names none).
 */
import type { FigureItem, ReportItem } from '../data/entities';
import type { PlaceLevel, PublishedReport } from '../data/records';
import type { RequestData } from '../data/request-data';
import type { SearchHitParent } from '../graphql/search';
import { searchReports } from './search';

export interface ReportFilter {
  province?: string | null;
  level?: PlaceLevel | null;
  year?: number | null;
}

/** 山西省 / 山西 / Shanxi / shanxi province all name the same province. */
const provinceKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/\s*(province|municipality|autonomous region)$/u, '')
    .replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|維吾爾自治區|壯族自治區|回族自治區|自治区|自治區|特别行政区|特別行政區)$/u, '');

const matchesReport = (r: PublishedReport, filter: ReportFilter | null | undefined): boolean => {
  if (!filter) return true;
  if (filter.level && r.place?.level !== filter.level) return false;
  if (filter.year != null && !r.years.includes(filter.year)) return false;
  if (filter.province) {
    const p = r.place?.province;
    const wanted = provinceKey(filter.province);
    if (!p || ![p.zhHans, p.zhHant, p.en ?? ''].some((n) => n && provinceKey(n) === wanted)) return false;
  }
  return true;
};

/** Published reports matching the filter, by id (no report is read). */
export const filterReports = async (data: RequestData, filter?: ReportFilter | null): Promise<PublishedReport[]> =>
  (await data.reports()).filter((r) => matchesReport(r, filter));

/** Report records matching the filter, by id: from the collection's summaries, no report loaded. */
export const listReportItems = async (data: RequestData, filter?: ReportFilter | null): Promise<ReportItem[]> => {
  const wanted = new Set((await filterReports(data, filter)).map((r) => r.reportId));
  return (await data.reportSummaries()).filter((r) => wanted.has(r.reportId)).sort((a, b) => a.reportId.localeCompare(b.reportId));
};

/**
 * One indicator's observations across reports, from the panel of this
 * version (one Query on a cold cache, none warm), in (year, kind, report,
 * position) order.
 */
export const observations = async (
  data: RequestData,
  indicatorId: string,
  opts: { year?: number | null; kind?: string | null; reportFilter?: ReportFilter | null },
): Promise<FigureItem[]> => {
  // The panel's rows are already in (year, kind, report, position) order (lambda/data/snapshots.ts).
  const rows = await data.panel(indicatorId);
  const allowed = opts.reportFilter ? new Set((await filterReports(data, opts.reportFilter)).map((r) => r.reportId)) : null;
  return rows.filter((f) => (opts.year == null || f.year === opts.year) && (!opts.kind || f.kind === opts.kind) && (!allowed || allowed.has(f.reportId)));
};

/** Search across every report: each report ranked as alone, then merged by score (ties: report id order). */
export const searchCollection = async (data: RequestData, text: string, first: number): Promise<SearchHitParent[]> => {
  return searchReports(data, await data.reportIds(), text, first);
};
