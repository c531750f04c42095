/**
 * The catalogue links as a build post-pass: what buildDataset hands a post-pass
 * (the extracted report and the curated records) in, the figures, indicators
 * and sectors with the catalogue's links out. Typed structurally, so it plugs
 * into any build that provides these fields.
 */
import type { FigureRecord, IndicatorRecord, SectorRecord } from '../../../lambda/data/records';
import type { RepairedDocument } from '../../repair/document';
import { toRepairedOffset } from '../figures';
import { linkCatalogue } from './link';

export interface PostPassReport {
  meta: { id: string; script: 'zh-Hans' | 'zh-Hant'; reviewYear: number; planYear: number };
  doc: RepairedDocument;
  /** Where the body ends (source offset), when the structure pass found it. */
  frame?: { bodyEnd: number };
}

export interface PostPassRecords {
  figures: FigureRecord[];
  indicators: IndicatorRecord[];
  sectors: SectorRecord[];
}

/** Where the body ends, as a UTF-16 index of the repaired text (the rules index strings). */
const bodyEndOf = (report: PostPassReport): number => {
  if (!report.frame) return report.doc.text.length;
  const codePoints = toRepairedOffset(report.doc, report.frame.bodyEnd);
  return Array.from(report.doc.text).slice(0, codePoints).join('').length;
};

export const catalogueLinks = (report: PostPassReport, curated: PostPassRecords): PostPassRecords => {
  const { figures, indicators, sectors } = linkCatalogue({
    reportId: report.meta.id,
    text: report.doc.text,
    script: report.meta.script,
    reviewYear: report.meta.reviewYear,
    planYear: report.meta.planYear,
    bodyEnd: bodyEndOf(report),
    figures: curated.figures,
    indicators: curated.indicators,
    sectors: curated.sectors,
    ref: (start, end) => report.doc.sourceRefFromRepaired(start, end),
  });
  return { figures, indicators, sectors };
};
