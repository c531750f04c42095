/**
 * The report's frame: its parts (review, plan, the parts after them, the
 * appendix) and their numbered sub-areas, located by the headings' own text,
 * never by hard-coded offsets (rules in sections.ts), so a reader can check
 * each against report.txt. Offsets are source offsets.
 */
import type { FigureKind, LocalizedText, SectionRecord, SourceRef } from '../../lambda/data/records';
import type { RepairedDocument } from '../repair/document';
import { fold } from './fold';
import { localizerFor } from './localize';
import type { ReportMeta } from './meta';
import { findParts, ORDINALS, type PartRole } from './sections';

export { parseGlossary, type GlossaryEnglish } from './glossary';

export interface ReportEnglish {
  title: string;
  speaker: string;
  speakerRole: string;
  occasion: string;
  /** Keyed by label path: `一`, `一/(一)`, `附件`. */
  sections: Record<string, string>;
}

/** What a part of the report speaks of: results of the review year, or targets of the plan year. */
export interface Period {
  kind: FigureKind;
  year: number;
}

export interface ReportFrame {
  sections: SectionRecord[];
  /** Where the body ends: the appendix heading, or the end of the text. */
  bodyEnd: number;
  /** Top-level section id → its role. */
  roles: Map<string, PartRole>;
  reviewSectionId: string | null;
  planSectionId: string | null;
  /** What the rules could not find (recorded in the Dataset). */
  notes: string[];
  /** The period of a source offset: ACTUAL in the review, TARGET in the plan and the parts after it, null elsewhere. */
  periodAt(sourceOffset: number): Period | null;
}

/** Sub-area numbering: (一), （一）; or 一、 under a part whose own heading has no number. */
const subAreaRe = (numbered: boolean): RegExp =>
  numbered ? /\(([一二三四五六七八九十]{1,3})\)([^。\n ]+)/g : /(?<=^|[\s。])([一二三四五六七八九十]{1,3})、([^。\n ]+)/gm;

export const parseFrame = (doc: RepairedDocument, english: ReportEnglish | null, meta: ReportMeta): ReportFrame => {
  const reportId = meta.id;
  const src = doc.source;
  const folded = fold(src);
  const parts = findParts(folded, src, meta.layout, meta.reviewYear, meta.planYear);
  const appendixAt = parts.appendix?.start ?? src.length;
  const written = localizerFor(meta.script);
  const titleOf = (labelPath: string, text: string): LocalizedText => written(text, english?.sections[labelPath] ?? null);
  const ref = (start: number, end: number): SourceRef => doc.sourceRef(start, end);

  const sections: SectionRecord[] = [];
  const roles = new Map<string, PartRole>();
  let order = 0;
  parts.tops.forEach((top, i) => {
    const sectionEnd = i + 1 < parts.tops.length ? parts.tops[i + 1]!.start : appendixAt;
    const id = `s${i + 1}`;
    roles.set(id, top.role);
    sections.push({
      reportId,
      id,
      order: order++,
      level: 1,
      label: top.label,
      title: titleOf(top.label, top.title),
      parentId: null,
      heading: ref(top.start, top.end),
      start: top.start,
      end: sectionEnd,
    });
    // Only numbered sub-areas in sequence count: "(村)社區" and similar parentheses are prose.
    const subs: { label: string; start: number; end: number; title: string }[] = [];
    for (const numbered of top.label ? [true] : [true, false]) {
      const subRe = subAreaRe(numbered);
      subRe.lastIndex = top.end;
      for (let m = subRe.exec(folded); m && m.index < sectionEnd; m = subRe.exec(folded)) {
        if (m[1] !== ORDINALS[subs.length]) continue;
        const end = Math.min(m.index + m[0].length, sectionEnd);
        subs.push({ label: numbered ? `(${m[1]})` : m[1]!, start: m.index, end, title: src.slice(end - m[2]!.length, end) });
      }
      if (subs.length > 0) break;
    }
    subs.forEach((sub, j) => {
      sections.push({
        reportId,
        id: `${id}.${j + 1}`,
        order: order++,
        level: 2,
        label: sub.label,
        title: titleOf(`${top.label}/${sub.label}`, sub.title),
        parentId: id,
        heading: ref(sub.start, sub.end),
        start: sub.start,
        end: j + 1 < subs.length ? subs[j + 1]!.start : sectionEnd,
      });
    });
  });

  if (parts.appendix) {
    sections.push({
      reportId,
      id: 'appendix',
      order: order++,
      level: 1,
      label: '附件',
      title: titleOf('附件', parts.appendix.title),
      parentId: null,
      heading: ref(parts.appendix.start, parts.appendix.headEnd),
      start: parts.appendix.start,
      end: src.length,
    });
  }

  const tops = sections.filter((s) => s.level === 1 && roles.has(s.id));
  const reviewSectionId = tops.find((s) => roles.get(s.id) === 'REVIEW')?.id ?? null;
  const planSectionId = tops.find((s) => roles.get(s.id) === 'PLAN')?.id ?? null;
  return {
    sections,
    bodyEnd: appendixAt,
    roles,
    reviewSectionId,
    planSectionId,
    notes: parts.notes,
    periodAt: (offset) => {
      const top = tops.find((s) => s.start <= offset && offset < s.end);
      if (!top) return null;
      return roles.get(top.id) === 'REVIEW' ? { kind: 'ACTUAL', year: meta.reviewYear } : { kind: 'TARGET', year: meta.planYear };
    },
  };
};
