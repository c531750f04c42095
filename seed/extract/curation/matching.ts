/**
 * Finding what curated files name in the repaired text: figure references
 * (`match` + `value`) and project aliases. Curated files never carry offsets
 * or figure ids, so a stale match fails the build loudly instead of silently
 * linking the wrong number.
 */
import type { FigureRecord, SourceRef } from '../../../lambda/data/records';
import type { RepairedDocument } from '../../repair/document';

/**
 * What curation needs of the repaired document: its repaired reading and the
 * SourceRef (source offsets, damaged quote, repaired text) of a span of it.
 */
export type CurationDocument = Pick<RepairedDocument, 'text' | 'sourceRefFromRepaired'>;

export interface CuratedFigureRef {
  /** Exact substring of the repaired text, occurring once, containing the figure's number. */
  match: string;
  /** The number as written there (`114.7`, `兩`). */
  value: string;
  /**
   * SHARED: one figure the report states jointly for several named projects
   * (every project lists it); TOTAL: a total over a counted group. Default SINGLE.
   */
  scope?: 'SHARED' | 'TOTAL';
}

export const fail = (message: string): never => {
  throw new Error(`curation: ${message}`);
};

/**
 * Document offsets are code points; String#indexOf gives UTF-16 indices. They
 * agree unless the text has astral characters, so map only when it does.
 */
export const codePointIndexer = (text: string): ((utf16: number) => number) => {
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
  const span: SourceRef = doc.sourceRefFromRepaired(cp(start), cp(start + ref.match.length));
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

/** A span of the repaired text (UTF-16 offsets). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Every occurrence of every project alias in the body, longest name first
 * where names overlap (七里峪景區提升一期工程 is one mention of the upgrade,
 * not also one of 七里峪景區), in report order.
 */
export const findMentions = (body: string, projects: readonly { id: string; aliases: string[] }[]): Map<string, TextSpan[]> => {
  const candidates: { projectId: string; start: number; end: number }[] = [];
  for (const p of projects) {
    for (const alias of new Set(p.aliases)) {
      const at = occurrences(body, alias);
      if (at.length === 0) fail(`project "${p.id}": alias "${alias}" does not occur in the body`);
      for (const start of at) candidates.push({ projectId: p.id, start, end: start + alias.length });
    }
  }
  const taken: typeof candidates = [];
  // Greedy by length: a longer name claims its span before any name inside it.
  for (const c of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  }
  const byProject = new Map<string, TextSpan[]>(projects.map((p) => [p.id, []]));
  for (const t of taken.sort((a, b) => a.start - b.start)) byProject.get(t.projectId)!.push({ start: t.start, end: t.end });
  for (const [id, spans] of byProject) {
    if (spans.length === 0) fail(`project "${id}": every mention is inside another project's longer name`);
  }
  return byProject;
};

/** Where the body ends: the appendix heading (附件 at the start of a line), or the end of a report without one. */
export const bodyEnd = (text: string): number => {
  const at = text.indexOf('\n附件');
  return at < 0 ? text.length : at;
};

export const byReportOrder = (a: FigureRecord, b: FigureRecord): number =>
  a.valueSource.start - b.valueSource.start || a.valueSource.end - b.valueSource.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
