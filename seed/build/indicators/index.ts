/**
 * The catalogue links as a build post-pass: what buildDataset hands a post-pass
 * (the extracted report and the curated records) in, the figures, indicators
 * and sectors with the catalogue's links out. Typed structurally, so it plugs
 * into any build that provides these fields.
 */
import type { FigureRecord, IndicatorRecord, SectorRecord, SourceRef } from '../../../lambda/data/records';
import { linkCatalogue } from './link';

export interface PostPassReport {
  meta: { id: string; script: 'zh-Hans' | 'zh-Hant'; reviewYear: number; planYear: number };
  /** The repaired reading and the SourceRef of a span of it (code-point offsets). */
  doc: { text: string; sourceRefFromRepaired(start: number, end: number): SourceRef };
}

export interface PostPassRecords {
  figures: FigureRecord[];
  indicators: IndicatorRecord[];
  sectors: SectorRecord[];
}

/** Where the body ends in the repaired text: a line opening the notes (附件, 名词解释), else the end. */
const bodyEndOf = (text: string): number => {
  const m = /(?:^|\n|\s)(?:附件|名词解释|名詞解釋)/u.exec(text);
  return m ? m.index : text.length;
};

export const catalogueLinks = (report: PostPassReport, curated: PostPassRecords): PostPassRecords => {
  const { figures, indicators, sectors } = linkCatalogue({
    reportId: report.meta.id,
    text: report.doc.text,
    script: report.meta.script,
    reviewYear: report.meta.reviewYear,
    planYear: report.meta.planYear,
    bodyEnd: bodyEndOf(report.doc.text),
    figures: curated.figures,
    indicators: curated.indicators,
    sectors: curated.sectors,
    ref: (start, end) => report.doc.sourceRefFromRepaired(start, end),
  });
  return { figures, indicators, sectors };
};
