/**
 * A report's search index: built once per report version (kept with its
 * immutable snapshot, ReportSnapshot.derived) so a warm search folds nothing
 * and scans one string per report instead of every field of every item.
 *
 * - Every searchable text of every item is a candidate, with its folded form
 *   (text-match.ts) precomputed; a candidate equal to its folded form shares
 *   the string, so the index costs little beyond the snapshot it indexes.
 * - `blob` is every folded text of the report (a segment each), joined in
 *   listing order. A Chinese term is scored straight from one `indexOf` pass
 *   over it: each occurrence falls in a segment whose field, script and item
 *   are known (`segStart`, `segKind`, `docSeg`), so no text is cut or folded.
 * - An English term is found through its stem: the stem without a final "y"
 *   starts every word with that stem ("industry" ← "industries"), so the blob
 *   finds every item that can match and matchWords then decides exactly.
 */
import type { FigureItem, GlossaryItem, IndicatorItem, ProjectItem } from '../data/entities';
import type { ReportSnapshot } from '../data/snapshot';
import { makeFold, type Fold } from '../graphql/text-match';

export type SearchField = 'NAME' | 'SUBJECT' | 'DEFINITION' | 'SOURCE';
export type SearchScript = 'zhHant' | 'zhHans' | 'en';
export type SearchNode =
  | ({ __typename: 'Indicator' } & IndicatorItem)
  | ({ __typename: 'Project' } & ProjectItem)
  | ({ __typename: 'GlossaryTerm' } & GlossaryItem)
  | ({ __typename: 'Figure' } & FigureItem);

export type SearchType = SearchNode['__typename'];

/** One searchable item: what it is and the stored item itself (a GraphQL node is made only for a returned hit). */
export interface SearchDoc {
  type: SearchType;
  item: IndicatorItem | ProjectItem | GlossaryItem | FigureItem;
}

/** A searchable text of an item, in the order the blob holds it. */
export interface CandidateText {
  field: SearchField;
  script: SearchScript;
  text: string;
}

export interface SearchIndex {
  fold: Fold;
  docs: SearchDoc[];
  /** Every folded text of every item, in listing order, each followed by SEPARATOR. */
  blob: string;
  /** Where each segment (one folded text) starts in `blob`; one extra entry: blob.length. */
  segStart: Int32Array;
  /** Per segment: SLUG, or the candidate's field × 3 + script (FIELDS, SCRIPTS). */
  segKind: Uint8Array;
  /** docSeg[d]: doc d's first segment; one extra entry: the segment count. */
  docSeg: Int32Array;
  /** No surrogate pair anywhere in the report's texts: code-unit positions are code-point positions. */
  bmp: boolean;
}

export const FIELDS: readonly SearchField[] = ['NAME', 'SUBJECT', 'DEFINITION', 'SOURCE'];
export const SCRIPTS: readonly SearchScript[] = ['zhHant', 'zhHans', 'en'];
/** The segment of an indicator's slug (not a candidate: an exact slug adds its name as one). */
export const SLUG = 255;

/** A character no query can contain after trimming: texts never run into each other in the blob. */
const SEPARATOR = '\u0000';
const SURROGATE = /[\ud800-\udfff]/;

const zh = (field: SearchField, t: { zhHant: string; zhHans: string; en: string | null }): CandidateText[] => [
  { field, script: 'zhHant', text: t.zhHant },
  { field, script: 'zhHans', text: t.zhHans },
  { field, script: 'en', text: t.en ?? '' },
];

/**
 * An item's searchable texts, in a fixed order (the blob's): recomputed from
 * the item when it is scored, so the index stores no per-text objects.
 */
export const candidatesOf = (doc: SearchDoc): CandidateText[] => {
  let all: CandidateText[];
  switch (doc.type) {
    case 'Indicator':
      all = zh('NAME', (doc.item as IndicatorItem).name);
      break;
    case 'Project': {
      const p = doc.item as ProjectItem;
      all = [...zh('NAME', p.name), ...p.mentions.map((m): CandidateText => ({ field: 'SOURCE', script: 'zhHant', text: m.text }))];
      break;
    }
    case 'GlossaryTerm': {
      const g = doc.item as GlossaryItem;
      all = [...zh('NAME', g.term), ...zh('DEFINITION', g.definition)];
      break;
    }
    case 'Figure': {
      const f = doc.item as FigureItem;
      all = [...zh('SUBJECT', f.subject), { field: 'SOURCE', script: 'zhHant', text: f.source.text }];
      break;
    }
  }
  return all.filter((c) => c.text);
};

/** An indicator's slug: typed exactly, it finds its indicator (the first text of its blob region). */
const slugOf = (doc: SearchDoc): string | null => (doc.type === 'Indicator' ? (doc.item as IndicatorItem).id : null);

/** Which of doc `d`'s candidate texts (candidatesOf) blob segment `seg` holds: an indicator's slug segment comes first. */
export const candidateOrdinal = (index: SearchIndex, seg: number, d: number): number =>
  seg - index.docSeg[d]! - (slugOf(index.docs[d]!) === null ? 0 : 1);

/** The report's fold, built once per snapshot (the fold table is the report record's). */
export const snapshotFold = (snapshot: ReportSnapshot): Fold => snapshot.derived('fold', (s) => makeFold(s.report?.searchFold ?? ''));

const buildIndex = (snapshot: ReportSnapshot): SearchIndex => {
  const fold = snapshotFold(snapshot);
  // Listing order: indicators, projects, notes, figures (search's tie order).
  const docs: SearchDoc[] = [
    ...snapshot.list('Indicator').map((item): SearchDoc => ({ type: 'Indicator', item })),
    ...snapshot.list('Project').map((item): SearchDoc => ({ type: 'Project', item })),
    ...snapshot.list('Glossary').map((item): SearchDoc => ({ type: 'GlossaryTerm', item })),
    ...snapshot.list('Figure').map((item): SearchDoc => ({ type: 'Figure', item })),
  ];
  const parts: string[] = [];
  const starts: number[] = [];
  const kinds: number[] = [];
  const docSeg = new Int32Array(docs.length + 1);
  let at = 0;
  const push = (folded: string, kind: number) => {
    starts.push(at);
    kinds.push(kind);
    parts.push(folded, SEPARATOR);
    at += folded.length + 1;
  };
  docs.forEach((doc, i) => {
    docSeg[i] = starts.length;
    const slug = slugOf(doc);
    if (slug !== null) push(fold(slug), SLUG);
    for (const c of candidatesOf(doc)) push(fold(c.text), FIELDS.indexOf(c.field) * 3 + SCRIPTS.indexOf(c.script));
  });
  docSeg[docs.length] = starts.length;
  starts.push(at);
  const blob = parts.join('');
  return { fold, docs, blob, segStart: Int32Array.from(starts), segKind: Uint8Array.from(kinds), docSeg, bmp: !SURROGATE.test(blob) };
};

export const searchIndexOf = (snapshot: ReportSnapshot): SearchIndex => snapshot.derived('search', buildIndex);

/** The GraphQL node of a hit (made only for the hits returned). */
export const nodeOf = (doc: SearchDoc): SearchNode => ({ __typename: doc.type, ...doc.item }) as SearchNode;

/**
 * The items any of whose texts hold `needle` (folded): a superset of what a
 * text filter over those texts keeps, found with one scan of the blob, so a
 * filter checks its exact rule on these items only.
 */
export const itemsHolding = (index: SearchIndex, needle: string): Set<SearchDoc['item']> => {
  const out = new Set<SearchDoc['item']>();
  if (!needle) return out;
  const { blob, segStart, docSeg, docs } = index;
  let seg = 0;
  let d = 0;
  for (let pos = blob.indexOf(needle); pos >= 0; pos = blob.indexOf(needle, pos + 1)) {
    while (segStart[seg + 1]! <= pos) seg++;
    while (docSeg[d + 1]! <= seg) d++;
    out.add(docs[d]!.item);
    // The rest of this item's texts add nothing: go on from the next item's first text.
    pos = segStart[docSeg[d + 1]!]! - 1;
  }
  return out;
};
