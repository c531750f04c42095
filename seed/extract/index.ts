/**
 * Builds one report's Dataset deterministically from its folder. The same
 * input always gives the same dataset and the same datasetVersion (a hash of
 * its content).
 *
 * A report folder (seed/reports/<id>/) holds `report.txt` (the source,
 * byte-identical) and `report.json` (id, title, years, script, optional
 * `layout` hints). Everything else is an optional overlay: `repairs.json`,
 * `non-measurements.json` (else the general rules of
 * seed/catalogue/non-measurements.json), `curated/` (English, sectors,
 * indicators, projects, figure overrides and subjects). Nothing about one
 * report is in code.
 *
 * For post-passes (e.g. the indicator catalogue linking):
 * - `extractReport(reportDir)` → { meta, doc, frame, figures, notes }: the
 *   report's metadata, its repaired document, its sections (frame.sections,
 *   with frame.periodAt / reviewSectionId / planSectionId) and its
 *   FigureRecords before curation (each with subject, source, valueSource,
 *   sectorId, year, kind), plus the extraction notes.
 * - `buildDataset(reportDir, { postPass })`: a post-pass receives the
 *   extracted report and the curated result and returns the figures,
 *   indicators and sectors to publish (it may add TARGET figures, e.g.
 *   QUALITATIVE ones built with figures/qualitative.ts, and link figures).
 *   The body ends at toRepairedOffset(doc, frame.bodyEnd) in repaired offsets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, FigureRecord, GlossaryRecord, ReportRecord, YearRecord } from '../../lambda/data/records';
import { loadRepairedDocument, type RepairedDocument } from '../repair/document';
import { applyCuration, type CurationResult } from './curation';
import { extractAppendixFigures, loadAppendixFigures } from './figures/appendix';
import { extractFigures, loadFigureCuration, toRepairedOffset } from './figures';
import { localizerFor, toSimplified, toTraditional } from './localize';
import { loadReportMeta, type ReportMeta } from './meta';
import { readOverlay } from './overlay';
import { parseFrame, parseGlossary, type GlossaryEnglish, type ReportEnglish, type ReportFrame } from './structure';
import { catalogueLinks } from './indicators';
import { loadCatalogue } from '../catalogue/catalogue';
import { validateDataset } from './validate';

export { canonicalJson, sha256 } from '../canonical';
import { canonicalJson, sha256 } from '../canonical';

/** Pairs (Traditional, Simplified) for every character of the corpus that OpenCC changes, in code-point order. */
export const buildSearchFold = (corpus: string): string => {
  const pairs = new Map<string, string>();
  for (const ch of new Set(corpus)) {
    const simplified = toSimplified(ch);
    if (simplified !== ch && [...simplified].length === 1) pairs.set(ch, simplified);
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([t, s]) => t + s)
    .join('');
};

export interface ExtractedReport {
  reportDir: string;
  meta: ReportMeta;
  doc: RepairedDocument;
  frame: ReportFrame;
  english: ReportEnglish | null;
  figures: FigureRecord[];
  /** What the rules could not read (no plan heading …), recorded in the Dataset. */
  notes: string[];
}

export const extractReport = (reportDir: string): ExtractedReport => {
  const meta = loadReportMeta(reportDir);
  const doc = loadRepairedDocument(reportDir, meta.id);
  const english = readOverlay<ReportEnglish | null>(path.join(reportDir, 'curated', 'report-en.json'), null);
  const frame = parseFrame(doc, english, meta);
  const { figures, notes } = extractFigures({ meta, doc, frame, curation: loadFigureCuration(reportDir) });
  return { reportDir, meta, doc, frame, english, figures, notes: [...frame.notes, ...notes] };
};

/** What a post-pass may change: the figures (add, link), the indicators and the sectors. */
export type PostPassResult = Pick<CurationResult, 'figures' | 'indicators' | 'sectors'>;
export type PostPass = (report: ExtractedReport, curated: CurationResult) => PostPassResult;

export const buildDataset = (reportDir: string, options: { postPass?: PostPass } = {}): Dataset => {
  const extracted = extractReport(reportDir);
  const { meta, doc, frame, english } = extracted;
  const reportId = meta.id;
  const curatedDir = path.join(reportDir, 'curated');
  const glossaryEn = readOverlay<GlossaryEnglish[]>(path.join(curatedDir, 'glossary-en.json'), []);
  const appendix = frame.sections.find((s) => s.id === 'appendix');
  const notes = [...extracted.notes];
  const readGlossary = (): GlossaryRecord[] =>
    parseGlossary(doc, glossaryEn, reportId, localizerFor(meta.script), appendix ? toRepairedOffset(doc, appendix.start) : null);
  let glossary: GlossaryRecord[] = [];
  // An appendix named in report.json must parse; one found by the rules may be in another form: noted, not fatal.
  if (meta.layout.appendix) glossary = readGlossary();
  else
    try {
      glossary = readGlossary();
    } catch (err) {
      notes.push(`appendix found but its notes are not in the [n]term:definition form (${(err as Error).message}): no glossary`);
    }
  // A project mention's year is its part's: the review year in the review, the plan year in the plan.
  const yearAt = (offset: number): number | null => frame.periodAt(offset)?.year ?? null;
  // The appendix's notes: CONTEXT figures where curated/appendix-figures.json names them (docs/figures.md, issue 9 item 6).
  const context = appendix
    ? extractAppendixFigures({ reportId, doc, entries: loadAppendixFigures(reportDir), from: toRepairedOffset(doc, appendix.start) })
    : [];
  const curated = applyCuration({ reportId, doc, figures: [...extracted.figures, ...context], curatedDir, yearAt });
  // The catalogue links (seed/extract/indicators/) run unless a caller passes its own post-pass.
  const linked = (options.postPass ?? catalogueLinks)(extracted, curated);
  const { figures, sectors } = linked;
  // Which direction is better is the catalogue's to say, for every report's indicator of a catalogue slug.
  const catalogue = loadCatalogue();
  const indicators = linked.indicators.map((i) => ({ ...i, betterDirection: catalogue.bySlug.get(i.id)?.betterDirection ?? null }));
  const { projects } = curated;

  const years: YearRecord[] = (
    [
      [meta.reviewYear, 'REVIEWED', frame.reviewSectionId],
      [meta.planYear, 'PLANNED', frame.planSectionId],
    ] as const
  ).flatMap(([year, role, sectionId]) =>
    sectionId === null
      ? []
      : [
          {
            reportId,
            year,
            role,
            sectionId,
            figureIds: figures.filter((f) => f.year === year).map((f) => f.id),
            indicatorIds: indicators
              .filter((ind) => figures.some((f) => f.indicatorId === ind.id && f.year === year))
              .map((ind) => ind.id),
            projectIds: projects.filter((p) => p.mentions.some((m) => m.year === year)).map((p) => p.id),
          },
        ],
  );

  const withEnglish = <T extends { en: string | null }>(t: T | null, en: string | undefined): T | null => (t && t.en === null && en ? { ...t, en } : t);
  const report: ReportRecord = {
    reportId,
    title: withEnglish(meta.title, english?.title)!,
    date: meta.date,
    speaker: withEnglish(meta.speaker, english?.speaker),
    speakerRole: withEnglish(meta.speakerRole, english?.speakerRole),
    occasion: withEnglish(meta.occasion, english?.occasion),
    sourceSha256: sha256(readFileSync(path.join(reportDir, 'report.txt'))),
    sourceLength: [...doc.source].length,
    datasetVersion: '',
    years: years.map((y) => y.year),
    searchFold: '',
    extractionNotes: notes,
    place: meta.place,
    script: meta.script,
    reviewYear: meta.reviewYear,
    planYear: meta.planYear,
    attribution: meta.attribution,
    officialUrl: meta.officialUrl,
    counts: {
      figures: figures.length,
      indicators: indicators.length,
      projects: projects.length,
      glossaryTerms: glossary.length,
      sectors: sectors.length,
      repairs: doc.repairs.length,
    },
  };

  const dataset: Dataset = { report, years, sections: frame.sections, glossary, repairs: doc.repairs, figures, indicators, projects, sectors };
  // A Simplified source's Traditional forms are derived: fold them too, so a Traditional query finds it.
  const corpus = meta.script === 'zh-Hans' ? toTraditional(doc.text) : doc.text;
  report.searchFold = buildSearchFold(corpus + canonicalJson([indicators, projects, sectors, glossary]));
  report.datasetVersion = sha256(canonicalJson(dataset)).slice(0, 16);
  validateDataset(dataset, doc.source);
  return dataset;
};

export const DEFAULT_REPORT_DIR = path.resolve(__dirname, '..', 'reports', 'huozhou-2024');
