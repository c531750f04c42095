/**
 * Ranked search across indicators, projects, glossary terms and figures.
 *
 * - Chinese is matched as text, folded to one script (text-match.ts), so
 *   either script finds the other.
 * - English is matched as whole words with simple stems: "AI" never finds
 *   "air", "parks" finds "park".
 * - A query that is a known synonym (synonyms.json: AI ↔ 人工智能 …) also
 *   searches its synonyms, at a slightly lower score than the words typed.
 * - Score: where the match is (a name beats a subject beats a definition beats
 *   a quote), how much of the field it covers (the thing named exactly ranks
 *   first), and the kind of thing (indicators, notes, projects before figures).
 * - Snippets are always text people read (names, quotes), never slugs.
 */
import type { IndicatorItem } from '../data/entities';
import type { RequestData } from '../data/request-data';
import type { ReportSnapshot } from '../data/snapshot';
import { isLatin, matchWords, normalizeQuery, words, type Fold } from '../graphql/text-match';
import { docsContaining, docTexts, nodeOf, searchIndexOf, type Candidate, type SearchDoc, type SearchField, type SearchIndex, type SearchNode, type SearchScript } from './search-index';
import synonyms from './synonyms.json';

export type { SearchField, SearchNode } from './search-index';

export interface SearchHitParent {
  node: SearchNode;
  field: SearchField;
  script: 'zhHant' | 'zhHans' | 'en';
  snippet: string;
  score: number;
}

const FIELD_WEIGHT: Record<SearchField, number> = { NAME: 4, SUBJECT: 3, DEFINITION: 2, SOURCE: 1 };
const TYPE_WEIGHT: Record<SearchNode['__typename'], number> = { Indicator: 0.4, GlossaryTerm: 0.3, Project: 0.2, Figure: 0 };
/** A synonym's match counts a little less than the words the reader typed. */
const SYNONYM_FACTOR = 0.9;
const SNIPPET_RADIUS = 16;

/** One way of matching: the query as typed, or one of its synonyms. */
interface Term {
  /** Folded text for Chinese; stems for English. */
  folded: string;
  stems: string[] | null;
  weight: number;
}

const snippetOf = (text: string, at: number, length: number, script: SearchHitParent['script']): string => {
  const chars = [...text];
  let from = Math.max(0, at - SNIPPET_RADIUS);
  let to = Math.min(chars.length, at + length + SNIPPET_RADIUS);
  if (script === 'en') {
    // English is cut at word boundaries, never mid-word.
    while (from > 0 && /\S/.test(chars[from - 1]!)) from--;
    while (to < chars.length && /\S/.test(chars[to]!)) to++;
  }
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
};

/** The script a query is written in: Latin letters → en; characters only Simplified uses → zhHans; else zhHant. */
export const queryScript = (fold: Fold, text: string): SearchHitParent['script'] => {
  if (/[a-z]/i.test(text) && !/[\u3400-\u9fff]/.test(text)) return 'en';
  for (const ch of text) if (fold(ch) !== ch) return 'zhHant';
  // No character changed by folding: Simplified if any appears among the fold's Simplified forms.
  return [...text].some((ch) => fold.simplified.has(ch)) ? 'zhHans' : 'zhHant';
};

const termOf = (fold: Fold, text: string, weight: number): Term => {
  const folded = normalizeQuery(fold, text);
  return { folded, stems: isLatin(folded) ? words(folded).map((w) => w.stem) : null, weight };
};

/** The synonym groups folded with one report's fold: computed once per fold (per snapshot), not per query. */
const foldedGroups = new WeakMap<Fold, Term[][]>();
const synonymGroups = (fold: Fold): Term[][] => {
  let groups = foldedGroups.get(fold);
  if (!groups) foldedGroups.set(fold, (groups = synonyms.groups.map((group) => group.map((m) => termOf(fold, m, SYNONYM_FACTOR)))));
  return groups;
};

/** The query and, when it is a member of a synonym group, the other members. */
export const searchTerms = (fold: Fold, text: string): Term[] => {
  const typed = termOf(fold, text, 1);
  const terms = [typed];
  const key = (t: Term) => (t.stems ? t.stems.join(' ') : t.folded);
  for (const members of synonymGroups(fold)) {
    if (!members.some((m) => key(m) === key(typed))) continue;
    for (const m of members) if (!terms.some((t) => key(t) === key(m))) terms.push(m);
  }
  return terms;
};

/** [start, length, total] in code points of the term in the candidate, or null. */
const find = (term: Term, c: Candidate, bmp: boolean): [number, number, number] | null => {
  if (term.stems) {
    const hit = matchWords(c.text, term.stems);
    if (!hit) return null;
    if (bmp) return [hit[0], hit[1] - hit[0], c.text.length];
    const at = [...c.text.slice(0, hit[0])].length;
    return [at, [...c.text.slice(hit[0], hit[1])].length, [...c.text].length];
  }
  const at = c.folded.indexOf(term.folded);
  if (at < 0) return null;
  // Folding keeps code-point positions (one character to one), so `at` indexes the original text too.
  if (bmp && !SURROGATE.test(term.folded)) return [at, term.folded.length, c.folded.length];
  return [[...c.folded.slice(0, at)].length, [...term.folded].length, [...c.folded].length];
};

const SURROGATE = /[\ud800-\udfff]/;

/** A scored hit before its snippet is cut (only the hits returned get one). */
interface Scored {
  doc: SearchDoc;
  candidate: Candidate;
  at: number;
  length: number;
  score: number;
}

const bestHit = (terms: readonly Term[], script: SearchScript, doc: SearchDoc, candidates: readonly Candidate[], bmp: boolean): Scored | null => {
  let best: Scored | null = null;
  let bestWeight = 0;
  // Terms in order (as typed first): a synonym only speaks for a node the typed words do not find,
  // so a hit's snippet shows what the reader typed whenever it can.
  for (const term of terms) {
    if (best && term.weight < bestWeight) break;
    for (const c of candidates) {
      const hit = find(term, c, bmp);
      if (!hit) continue;
      const [at, length, total] = hit;
      const coverage = length / Math.max(total, 1);
      const score = Math.round((FIELD_WEIGHT[c.field] + coverage + (at === 0 ? 0.25 : 0) + TYPE_WEIGHT[doc.type]) * term.weight * 1000) / 1000;
      // Equal scores: the text in the reader's own script wins, so snippets come back as typed.
      const better = !best || score > best.score || (score === best.score && c.script === script && best.candidate.script !== script);
      if (better) {
        best = { doc, candidate: c, at, length, score };
        bestWeight = term.weight;
      }
    }
  }
  return best;
};

/** What the blob is scanned for: the folded term, or for English the stem's longest prefix every inflection shares. */
const needleOf = (term: Term): string => (term.stems ? (term.stems[0] ?? '').replace(/y$/, '') : term.folded);

/** One report's hits, ranked (score, then listing order), at most `first`. */
const searchIndex = (index: SearchIndex, text: string, first: number): Scored[] => {
  const { fold, docs } = index;
  if (!normalizeQuery(fold, text)) return [];
  const terms = searchTerms(fold, text);
  const script = queryScript(fold, text);
  const seen = new Uint8Array(docs.length);
  for (const term of terms) docsContaining(index, needleOf(term), seen);
  const hits: Scored[] = [];
  for (let d = 0; d < docs.length; d++) {
    if (!seen[d]) continue;
    const { slug, candidates } = docTexts(index, d);
    const doc = docs[d]!;
    if (slug !== null && terms.some((t) => t.folded === slug)) {
      // A slug typed exactly finds its indicator, but the snippet shows the name, never the slug.
      const { name } = doc.item as IndicatorItem;
      const text = name.en ?? name.zhHant;
      candidates.push({ field: 'NAME', script: 'en', text, folded: fold(text) });
    }
    const hit = bestHit(terms, script, doc, candidates, index.bmp);
    if (hit) hits.push(hit);
  }
  // Stable ranking: score, then listing order (hits were collected in it; Array#sort is stable).
  return hits.sort((a, b) => b.score - a.score).slice(0, first);
};

const toParent = (hit: Scored): SearchHitParent => ({
  node: nodeOf(hit.doc),
  field: hit.candidate.field,
  script: hit.candidate.script,
  snippet: snippetOf(hit.candidate.text, hit.at, hit.length, hit.candidate.script),
  score: hit.score,
});

const indexOf = async (data: RequestData, reportId: string): Promise<SearchIndex | null> => {
  const snapshot: ReportSnapshot | undefined = await data.snapshot(reportId);
  return snapshot ? searchIndexOf(snapshot) : null;
};

/** Ranked search in one report. */
export const search = async (data: RequestData, reportId: string, text: string, first: number): Promise<SearchHitParent[]> => {
  const index = await indexOf(data, reportId);
  return index ? searchIndex(index, text, first).map(toParent) : [];
};

/** Search across every report: each report ranked as alone, then merged by score (ties: report order, then rank). */
export const searchReports = async (data: RequestData, reportIds: readonly string[], text: string, first: number): Promise<SearchHitParent[]> => {
  const indexes = await Promise.all(reportIds.map((id) => indexOf(data, id)));
  return indexes
    .flatMap((index, r) => (index ? searchIndex(index, text, first).map((hit, i) => ({ hit, r, i })) : []))
    .sort((a, b) => b.hit.score - a.hit.score || a.r - b.r || a.i - b.i)
    .slice(0, first)
    .map(({ hit }) => toParent(hit));
};
