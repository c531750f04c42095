/**
 * Scores one report's items for a query over its search index
 * (search-index.ts) and keeps each item's best hit:
 * - a Chinese term is scored from its occurrences in the index's blob alone
 *   (segment → field, script, item; positions are offsets), so a common term
 *   found in thousands of texts costs integer work per occurrence;
 * - an English term (whole words by stem) is checked with matchWords on the
 *   texts of the items whose blob holds its stem at a word start.
 * Rules (the same for both): terms in order, the words typed before their
 * synonyms, a synonym only for an item the typed words do not find; within a
 * term the higher score wins, an equal score in the reader's script wins.
 */
import type { IndicatorItem } from '../data/entities';
import { matchWords } from '../graphql/text-match';
import { candidateOrdinal, candidatesOf, FIELDS, SCRIPTS, SLUG, type CandidateText, type SearchDoc, type SearchField, type SearchIndex, type SearchScript, type SearchType } from './search-index';

/** One way of matching: the query as typed, or one of its synonyms. */
export interface Term {
  /** Folded text for Chinese; stems for English. */
  folded: string;
  stems: string[] | null;
  weight: number;
}

/** An item's best hit: which text, where (code points) and its score; the snippet is cut later, for returned hits only. */
export interface Scored {
  doc: SearchDoc;
  candidate: CandidateText;
  at: number;
  length: number;
  score: number;
}

const FIELD_WEIGHT: Record<SearchField, number> = { NAME: 4, SUBJECT: 3, DEFINITION: 2, SOURCE: 1 };
const TYPE_WEIGHT: Record<SearchType, number> = { Indicator: 0.4, GlossaryTerm: 0.3, Project: 0.2, Figure: 0 };
const WORD_CHAR = /[a-z0-9]/;

const scoreOf = (field: SearchField, type: SearchType, at: number, length: number, total: number, weight: number): number =>
  Math.round((FIELD_WEIGHT[field] + length / Math.max(total, 1) + (at === 0 ? 0.25 : 0) + TYPE_WEIGHT[type]) * weight * 1000) / 1000;

/**
 * Per-item best hits of one query in one report (indexed by doc). One
 * instance is reused by every ranking (ranking is synchronous, so never
 * shared by two at once): allocating seven typed arrays per report per query
 * cost more than scanning a report that has no hit.
 */
class Best {
  /** Docs found by this ranking, so `reset` clears only those. */
  readonly touched: number[] = [];
  readonly score: Float64Array;
  readonly weight: Float64Array;
  /** The winning candidate: its ordinal among candidatesOf(doc), or -1 for an indicator's name found by its slug. */
  readonly candidate: Int32Array;
  readonly script: Uint8Array;
  readonly at: Int32Array;
  readonly length: Int32Array;
  readonly found: Uint8Array;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.weight = new Float64Array(size);
    this.candidate = new Int32Array(size);
    this.script = new Uint8Array(size);
    this.at = new Int32Array(size);
    this.length = new Int32Array(size);
    this.found = new Uint8Array(size);
  }

  /** A lower-weight term (a synonym) does not speak for an item a higher one found. */
  closed(d: number, weight: number): boolean {
    return this.found[d] === 1 && weight < this.weight[d]!;
  }

  offer(d: number, s: number, reader: number, candidate: number, at: number, length: number, score: number, weight: number): void {
    const better = !this.found[d] || score > this.score[d]! || (score === this.score[d]! && s === reader && this.script[d] !== reader);
    if (!better) return;
    if (!this.found[d]) this.touched.push(d);
    this.found[d] = 1;
    this.score[d] = score;
    this.weight[d] = weight;
    this.candidate[d] = candidate;
    this.script[d] = s;
    this.at[d] = at;
    this.length[d] = length;
  }

  reset(): void {
    for (const d of this.touched) this.found[d] = 0;
    this.touched.length = 0;
  }
}

let shared: Best | null = null;
/** The shared instance, large enough for `size` docs and cleared. */
const bestFor = (size: number): Best => {
  if (!shared || shared.found.length < size) shared = new Best(Math.max(size, 2 * (shared?.found.length ?? 0)));
  shared.reset();
  return shared;
};

/** Code-point [at, length, total] of `needle` at code-unit `pos` of `text` (slow path: texts with surrogate pairs). */
const codePoints = (text: string, pos: number, needle: string): [number, number, number] => [
  [...text.slice(0, pos)].length,
  [...needle].length,
  [...text].length,
];

const scanFolded = (index: SearchIndex, term: Term, reader: number, best: Best, slugHits: Set<number>): void => {
  const { blob, segStart, segKind, docs, docSeg } = index;
  const needle = term.folded;
  // Occurrences come in blob order, so the segment and doc pointers only move forward.
  let seg = 0;
  let d = 0;
  let lastSeg = -1;
  for (let pos = blob.indexOf(needle); pos >= 0; pos = blob.indexOf(needle, pos + 1)) {
    while (segStart[seg + 1]! <= pos) seg++;
    if (seg === lastSeg) continue; // the first occurrence in a text is its hit
    const start = segStart[seg]!;
    const end = segStart[seg + 1]! - 1;
    if (pos + needle.length > end) continue; // runs into the next text
    lastSeg = seg;
    while (docSeg[d + 1]! <= seg) d++;
    if (best.closed(d, term.weight)) continue;
    const kind = segKind[seg]!;
    if (kind === SLUG) {
      if (pos === start && needle.length === end - start) slugHits.add(d);
      continue;
    }
    const doc = docs[d]!;
    const ordinal = candidateOrdinal(index, seg, d);
    const field = FIELDS[(kind / 3) | 0]!;
    const script = kind % 3;
    // A needle with a surrogate is never found in a blob without one, so bmp alone picks the path.
    if (index.bmp) {
      best.offer(d, script, reader, ordinal, pos - start, needle.length, scoreOf(field, doc.type, pos - start, needle.length, end - start, term.weight), term.weight);
    } else {
      const [at, length, total] = codePoints(blob.slice(start, end), pos - start, needle);
      best.offer(d, script, reader, ordinal, at, length, scoreOf(field, doc.type, at, length, total, term.weight), term.weight);
    }
  }
};

/** An English term: texts whose folded form holds the stem at a word start, then whole words by matchWords. */
const scanWords = (index: SearchIndex, term: Term, reader: number, best: Best): void => {
  const stems = term.stems ?? [];
  const needle = needleOf(term);
  if (!needle) return;
  const { blob, segStart, segKind, docs, docSeg } = index;
  let seg = 0;
  let d = 0;
  let lastSeg = -1;
  let texts: CandidateText[] = [];
  let textsOf = -1;
  for (let pos = blob.indexOf(needle); pos >= 0; pos = blob.indexOf(needle, pos + 1)) {
    if (pos > 0 && WORD_CHAR.test(blob[pos - 1]!)) continue;
    while (segStart[seg + 1]! <= pos) seg++;
    if (seg === lastSeg || segKind[seg] === SLUG) continue;
    lastSeg = seg;
    while (docSeg[d + 1]! <= seg) d++;
    if (best.closed(d, term.weight)) continue;
    const doc = docs[d]!;
    if (textsOf !== d) [texts, textsOf] = [candidatesOf(doc), d];
    const ordinal = candidateOrdinal(index, seg, d);
    const c = texts[ordinal]!;
    const hit = matchWords(c.text, stems);
    if (!hit) continue;
    const [at, length, total] = index.bmp ? [hit[0], hit[1] - hit[0], c.text.length] : codePoints(c.text, hit[0], c.text.slice(hit[0], hit[1]));
    best.offer(d, SCRIPTS.indexOf(c.script), reader, ordinal, at, length, scoreOf(c.field, doc.type, at, length, total, term.weight), term.weight);
  }
};

/** An indicator typed by its exact slug: its name is a NAME hit (offered after its other texts, as the last candidate). */
const offerSlug = (index: SearchIndex, d: number, terms: readonly Term[], reader: number, best: Best): void => {
  const { name } = index.docs[d]!.item as IndicatorItem;
  const text = name.en ?? name.zhHant;
  const folded = index.fold(text);
  for (const term of terms) {
    if (best.closed(d, term.weight)) break;
    const words = term.stems ? matchWords(text, term.stems) : null;
    const at = term.stems ? (words?.[0] ?? -1) : folded.indexOf(term.folded);
    if (at < 0) continue;
    const length = words ? words[1] - at : term.folded.length;
    best.offer(d, SCRIPTS.indexOf('en'), reader, -1, at, length, scoreOf('NAME', 'Indicator', at, length, text.length, term.weight), term.weight);
  }
};

/** One report's hits, ranked (score, then listing order), at most `first`. */
/** What the blob is scanned for: the folded term, or for English the stem's longest prefix every inflection shares. */
const needleOf = (term: Term): string => {
  if (!term.stems) return term.folded;
  const stem = term.stems[0] ?? '';
  return stem.length > 1 ? stem.replace(/y$/, '') : stem;
};

export const rank = (index: SearchIndex, terms: readonly Term[], reader: SearchScript, first: number): Scored[] => {
  // Most reports hold none of a query's terms: one scan says so before anything is allocated.
  if (!terms.map(needleOf).some((n) => n !== '' && index.blob.includes(n))) return [];
  const best = bestFor(index.docs.length);
  const readerIndex = SCRIPTS.indexOf(reader);
  const slugHits = new Set<number>();
  for (const term of terms) {
    if (term.stems) scanWords(index, term, readerIndex, best);
    else if (term.folded) scanFolded(index, term, readerIndex, best, slugHits);
  }
  for (const d of slugHits) offerSlug(index, d, terms, readerIndex, best);
  const hits = [...best.touched];
  // Ranking: score, then listing order.
  hits.sort((a, b) => best.score[b]! - best.score[a]! || a - b);
  return hits.slice(0, first).map((d) => {
    const doc = index.docs[d]!;
    const ordinal = best.candidate[d]!;
    const { name } = doc.item as IndicatorItem;
    const candidate: CandidateText = ordinal >= 0 ? candidatesOf(doc)[ordinal]! : { field: 'NAME', script: 'en', text: name.en ?? name.zhHant };
    return { doc, candidate, at: best.at[d]!, length: best.length[d]!, score: best.score[d]! };
  });
};
