/**
 * Every number the report states, as FigureRecords (rules: docs/figures.md).
 *
 * The extractor reads the repaired text. It tokenises every numeral in the
 * body (numerals.ts); a token covered by a non-measurement (the report's own
 * list, or the general rules when it has none) is skipped, every other token
 * becomes a figure: its unit and comparator are read off the words around it
 * (figures/draft.ts), its measure from its wording, its kind and year from
 * the part of the report it sits in (structure.ts), and a growth rate written
 * right after a level is linked to that level (figures/links.ts). Optional
 * curated files supply what wording cannot: English subjects, and per-figure
 * corrections checked against the text.
 */
import path from 'node:path';
import type { FigureKind, FigureRecord, Measure, SectionRecord, SourceRef } from '../../lambda/data/records';
import { figureId } from '../../lambda/data/keys';
import type { RepairedDocument } from '../repair/document';
import { scaleDecimal } from './figures/decimal';
import { measureOf, readDraft, type Draft } from './figures/draft';
import { changeSign, linkChanges, signed } from './figures/links';
import { mergeRanges } from './figures/ranges';
import { generalNonMeasurements } from './figures/general';
import { isCovered, loadNonMeasurements, resolveNonMeasurements, type NonMeasurementEntry } from './figures/non-measurements';
import { tokeniseNumerals } from './figures/numerals';
import { keywordSectors, loadSectorCatalogue, locateSectorAnchors, sectorAt } from './figures/sectors';
import { SOURCE_MAX_LENGTH, sourceStartOf, subjectOf } from './figures/subject';
import { fold } from './fold';
import { localizerFor } from './localize';
import { readOverlay } from './overlay';
import type { ReportMeta } from './meta';
import type { ReportFrame } from './structure';

export { SOURCE_MAX_LENGTH };

/** A per-figure correction, keyed by figure id; `expect` must be in the figure's valueSource text (a check against drift). */
export interface FigureOverride {
  expect: string;
  subject?: string;
  kind?: FigureKind;
  year?: number;
  measure?: Measure;
  baseUnit?: string;
  sectorId?: string;
  /** Why the override is needed (kept in the curated file for reviewers). */
  note?: string;
}

export interface FigureCuration {
  /** The report's own list (non-measurements.json), or null: the general rules apply. */
  nonMeasurements: NonMeasurementEntry[] | null;
  overrides: Record<string, FigureOverride>;
  /** Subject as written → curated English. */
  subjectsEn: Record<string, string>;
}

export const FIGURE_OVERRIDES_FILE = path.join('curated', 'figure-overrides.json');
export const FIGURE_SUBJECTS_EN_FILE = path.join('curated', 'figure-subjects-en.json');

export const loadFigureCuration = (reportDir: string): FigureCuration => ({
  nonMeasurements: loadNonMeasurements(reportDir),
  overrides: readOverlay<Record<string, FigureOverride>>(path.join(reportDir, FIGURE_OVERRIDES_FILE), {}),
  subjectsEn: readOverlay<Record<string, string>>(path.join(reportDir, FIGURE_SUBJECTS_EN_FILE), {}),
});

/** The repaired-text offset of a source offset (the first repaired offset at or after it). */
export const toRepairedOffset = (doc: RepairedDocument, sourceOffset: number): number => {
  let lo = 0;
  let hi = [...doc.text].length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toSource(mid) < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

export interface ExtractFiguresInput {
  meta: ReportMeta;
  doc: RepairedDocument;
  frame: ReportFrame;
  curation: FigureCuration;
}

export interface ExtractedFigures {
  figures: FigureRecord[];
  /** What could not be placed (recorded in the Dataset). */
  notes: string[];
}

/** The sub-area (or part) a source offset lies in. */
const sectionAt = (sections: SectionRecord[], offset: number): SectionRecord | undefined =>
  [...sections].reverse().find((s) => s.start <= offset && offset < s.end);

export function extractFigures(input: ExtractFiguresInput): ExtractedFigures {
  const { meta, doc, frame, curation } = input;
  const reportId = meta.id;
  const text = doc.text;
  const folded = fold(text);
  const notes: string[] = [];
  const bodyEnd = toRepairedOffset(doc, frame.bodyEnd);
  const body = text.slice(0, bodyEnd);
  const excluded = curation.nonMeasurements ? resolveNonMeasurements(body, curation.nonMeasurements) : generalNonMeasurements(body);
  const tokens = tokeniseNumerals(text, 0, bodyEnd).filter((t) => !isCovered(excluded, t.start, t.end));

  const drafts = mergeRanges(
    text,
    folded,
    tokens.map((token) => readDraft(text, folded, token, bodyEnd, meta.layout.paragraphBreaks)),
    (d) => measureOf(folded, d),
  );
  linkChanges(folded, drafts);
  /** A change rate with its direction: the level's changePercent, and a change figure's own. */
  const signedChange = (change: Draft): string | null =>
    change.unit?.baseUnit === 'percent' ? signed(change.value, changeSign(folded, change)) : null;

  const anchors = meta.layout.sectorAnchors ? locateSectorAnchors(text, meta.layout.sectorAnchors) : null;
  const byKeywords = anchors ? null : keywordSectors(loadSectorCatalogue());
  const ids = new Map<Draft, string>();
  const refOf = (start: number, end: number): SourceRef => doc.sourceRefFromRepaired(start, end);
  for (const d of drafts) ids.set(d, figureId(refOf(d.start, d.end).start));

  const curatedSubject = (x: Draft): string | undefined => curation.overrides[ids.get(x)!]?.subject;
  /** The figure's source in the repaired text (docs/figures.md, "Source"). */
  const sourceSpan = (x: Draft): { start: number; end: number } => {
    // A level's source runs on to its growth rate's clause; a rate's starts where its level's does.
    let end = Math.max(x.clauseEnd, x.changeBy?.clauseEnd ?? x.clauseEnd);
    let start = sourceStartOf(text, x, subjectOf(x, curatedSubject), end);
    if (x.changeOf) start = Math.min(start, sourceSpan(x.changeOf).start);
    if (end - start > SOURCE_MAX_LENGTH) {
      // One clause listing several things (國能…100MW光伏發電、兆光100MW…、…): the list item that holds the number.
      const itemStart = text.lastIndexOf('、', x.start - 1) + 1;
      if (itemStart > start) start = itemStart;
      const itemEnd = text.indexOf('、', x.fullEnd);
      if (itemEnd >= 0 && itemEnd < end) end = itemEnd;
    }
    return { start, end };
  };
  const sectorOf = (d: Draft, sourceOffset: number): string => {
    if (anchors) return sectorAt(anchors, d.start);
    const heading = sectionAt(frame.sections, sourceOffset)?.heading.text ?? '';
    return byKeywords!([folded.slice(d.clauseStart, d.clauseEnd), folded.slice(d.sentenceStart, d.clauseEnd), fold(heading)]);
  };

  const written = localizerFor(meta.script);
  const unusedOverrides = new Set(Object.keys(curation.overrides));
  const figures: FigureRecord[] = [];
  const outside: string[] = [];
  for (const d of drafts) {
    const valueSource = refOf(d.start, d.end);
    const id = ids.get(d)!;
    const override = curation.overrides[id];
    if (override) {
      unusedOverrides.delete(id);
      if (!valueSource.text.includes(override.expect))
        throw new Error(`figures: override ${id} expects "${override.expect}" but the figure reads "${valueSource.text}"`);
    }
    const located = frame.periodAt(valueSource.start);
    if (!located) {
      outside.push(valueSource.text);
      continue;
    }
    const subjectZh = subjectOf(d, curatedSubject);
    const span = sourceSpan(d);
    const unit = d.unit;
    const measure = override?.measure ?? d.measure;
    let baseUnit: string | null = override?.baseUnit ?? unit?.baseUnit ?? null;
    if (!unit && !override?.baseUnit) baseUnit = measure === 'RANK' ? 'rank' : measure === 'INDEX' ? 'index' : measure === 'COUNT' ? 'count' : null;
    figures.push({
      reportId,
      id,
      value: d.value,
      valueLow: d.valueLow,
      valueHigh: d.valueHigh,
      valueText: d.valueText,
      unit: unit?.unit ?? null,
      normalizedValue: scaleDecimal(d.value, unit?.power ?? 0),
      baseUnit,
      year: override?.year ?? located.year,
      kind: override?.kind ?? located.kind,
      comparator: d.comparator,
      comparatorText: d.comparatorText,
      measure,
      changePercent: d.changeBy ? signedChange(d.changeBy) : measure === 'CHANGE' ? signedChange(d) : null,
      changeFigureId: d.changeBy ? ids.get(d.changeBy)! : null,
      changeOfFigureId: d.changeOf ? ids.get(d.changeOf)! : null,
      subject: written(subjectZh, curation.subjectsEn[subjectZh] ?? null),
      sectorId: override?.sectorId ?? sectorOf(d, valueSource.start),
      indicatorId: null,
      projectId: null,
      projectIds: [],
      scope: 'SINGLE',
      source: refOf(span.start, span.end),
      valueSource,
      // An override is a person's check of this figure; curated links mark it too (curation.ts).
      curation: override ? 'CURATED' : 'EXTRACTED',
    });
  }
  if (outside.length > 0)
    notes.push(`${outside.length} number(s) outside the review and the plan (before the review heading) not extracted: ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ' …' : ''}`);
  if (unusedOverrides.size > 0) throw new Error(`figures: overrides for figures that do not exist: ${[...unusedOverrides].join(', ')}`);
  return { figures, notes };
}
