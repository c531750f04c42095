/**
 * A report's search index: built once per report version (kept with its
 * immutable snapshot, ReportSnapshot.derived) so a warm search folds nothing
 * and scans one string per report instead of every field of every item.
 *
 * - Every searchable text of every item is a candidate, with its folded form
 *   (text-match.ts) precomputed; a candidate equal to its folded form shares
 *   the string, so the index costs little beyond the snapshot it indexes.
 * - `blob` is every folded candidate of the report joined in listing order;
 *   one `indexOf` pass over it finds the items a term can match at all
 *   (`starts` maps a position back to its item). Only those items are scored.
 * - An English term is found through its stem: the stem without a final "y"
 *   is a prefix of every word with that stem ("industry" ← "industries"), so
 *   the blob finds every candidate item and matchWords then decides exactly.
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

/** A candidate with its folded text, cut from the blob when its item is scored. */
export interface Candidate extends CandidateText {
  folded: string;
}

export interface SearchIndex {
  fold: Fold;
  docs: SearchDoc[];
  /** Every folded text of every item, in listing order, each followed by SEPARATOR. */
  blob: string;
  /** starts[i]: where doc i's texts begin in `blob` (ascending). */
  starts: Int32Array;
  /** No surrogate pair anywhere in the report's texts: code-unit positions are code-point positions. */
  bmp: boolean;
}

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
  const starts = new Int32Array(docs.length);
  let at = 0;
  docs.forEach((doc, i) => {
    starts[i] = at;
    const slug = slugOf(doc);
    const texts = candidatesOf(doc).map((c) => c.text);
    for (const t of slug === null ? texts : [slug, ...texts]) {
      const folded = fold(t);
      parts.push(folded, SEPARATOR);
      at += folded.length + 1;
    }
  });
  const blob = parts.join('');
  return { fold, docs, blob, starts, bmp: !SURROGATE.test(blob) };
};

export const searchIndexOf = (snapshot: ReportSnapshot): SearchIndex => snapshot.derived('search', buildIndex);

/** Doc i's folded slug (indicators) and candidates, cut from the blob. */
export const docTexts = (index: SearchIndex, d: number): { slug: string | null; candidates: Candidate[] } => {
  const doc = index.docs[d]!;
  const end = d + 1 < index.starts.length ? index.starts[d + 1]! : index.blob.length;
  const folded = index.blob.slice(index.starts[d]!, end - 1).split(SEPARATOR);
  const slug = slugOf(doc) === null ? null : (folded.shift() ?? '');
  return { slug, candidates: candidatesOf(doc).map((c, k) => ({ ...c, folded: folded[k] ?? '' })) };
};

/** The GraphQL node of a hit (made only for the hits returned). */
export const nodeOf = (doc: SearchDoc): SearchNode => ({ __typename: doc.type, ...doc.item }) as SearchNode;
/** Index of the doc whose texts hold blob position `pos`. */
const docAt = (starts: Int32Array, pos: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/**
 * The docs a needle occurs in, in listing order, each once: after a hit the
 * scan jumps to the next doc. Marks into `seen` (one flag per doc).
 */
export const docsContaining = (index: SearchIndex, needle: string, seen: Uint8Array): void => {
  if (!needle) return;
  const { blob, starts } = index;
  let pos = blob.indexOf(needle);
  while (pos >= 0) {
    const d = docAt(starts, pos);
    seen[d] = 1;
    if (d + 1 >= starts.length) break;
    pos = blob.indexOf(needle, starts[d + 1]!);
  }
};
