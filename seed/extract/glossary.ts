/**
 * The glossary of the appendix: `[n]term:definition` notes, and where the body
 * cites each (`[n]` markers, quoting the term they annotate).
 */
import type { GlossaryRecord, SourceRef } from '../../lambda/data/records';
import type { RepairedDocument } from '../repair/document';
import type { Localizer } from './localize';

export interface GlossaryEnglish {
  number: number;
  term: string;
  definition: string;
}

const QUOTES = new Set(['“', '”']);

/**
 * The body text a `[n]` marker annotates: the glossary term written just
 * before it, matched backwards while skipping quotation marks either side
 * writes and the other omits (`“三無三可”[6]` for the term `三無三可`).
 */
const annotatedStart = (text: string, markerStart: number, term: string): number | null => {
  let i = markerStart - 1;
  let j = term.length - 1;
  while (j >= 0 && i >= 0) {
    if (text[i] === term[j]) {
      i--;
      j--;
    } else if (QUOTES.has(text[i]!)) i--;
    else if (QUOTES.has(term[j]!)) j--;
    else return null;
  }
  if (j >= 0) return null;
  let start = i + 1;
  // Keep the quotation balanced: include an opening mark whose closing mark we took.
  const taken = text.slice(start, markerStart);
  if (text[start - 1] === '“' && taken.split('”').length > taken.split('“').length) start--;
  return start;
};

export const parseGlossary = (
  doc: RepairedDocument,
  english: GlossaryEnglish[],
  reportId: string,
  written: Localizer,
  /** Where the appendix starts in the repaired text (null: the report has none, so no glossary). */
  appendixStartRepaired: number | null,
): GlossaryRecord[] => {
  // Parse on the repaired reading (a note may be damaged) and cite the source through the document.
  const text = doc.text;
  if (appendixStartRepaired === null) return [];
  const noteRe = /\[(\d+)\]/g;
  noteRe.lastIndex = appendixStartRepaired;
  const heads: { n: number; start: number; end: number }[] = [];
  for (let m = noteRe.exec(text); m; m = noteRe.exec(text)) {
    heads.push({ n: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  const bodyEndRepaired = appendixStartRepaired;
  const enByNumber = new Map(english.map((e) => [e.number, e]));

  return heads.map((head, i) => {
    if (head.n !== i + 1) throw new Error(`glossary: note [${head.n}] out of sequence at ${head.start}`);
    const next = heads[i + 1];
    let noteEnd = next ? next.start : text.length;
    while (noteEnd > head.end && /[\s|]/.test(text[noteEnd - 1]!)) noteEnd--;
    const colon = text.indexOf(':', head.end);
    if (colon < 0 || colon > noteEnd) throw new Error(`glossary: note [${head.n}] has no term separator`);
    const term = text.slice(head.end, colon);
    const definition = text.slice(colon + 1, noteEnd);

    const references: SourceRef[] = [];
    const marker = `[${head.n}]`;
    for (let at = text.indexOf(marker); at >= 0 && at < bodyEndRepaired; at = text.indexOf(marker, at + 1)) {
      const start = annotatedStart(text, at, term) ?? at;
      references.push(doc.sourceRefFromRepaired(start, at + marker.length));
    }
    const en = enByNumber.get(head.n);
    return {
      reportId,
      id: `g${head.n}`,
      number: head.n,
      term: written(term, en?.term ?? null),
      definition: written(definition, en?.definition ?? null),
      source: doc.sourceRefFromRepaired(head.start, noteEnd),
      references,
    };
  });
};
