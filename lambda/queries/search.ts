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
import type { RequestData } from '../data/request-data';
import type { ReportSnapshot } from '../data/snapshot';
import { isLatin, normalizeQuery, words, type Fold } from '../graphql/text-match';
import { nodeOf, searchIndexOf, type SearchField, type SearchIndex, type SearchNode } from './search-index';
import { rank, type Scored, type Term } from './search-scan';
import synonyms from './synonyms.json';

export type { SearchField, SearchNode } from './search-index';

export interface SearchHitParent {
  node: SearchNode;
  field: SearchField;
  script: 'zhHant' | 'zhHans' | 'en';
  snippet: string;
  score: number;
}

/** A synonym's match counts a little less than the words the reader typed. */
const SYNONYM_FACTOR = 0.9;
const SNIPPET_RADIUS = 16;

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

/** A term's identity: its stems for English, its folded text for Chinese. */
const keyOf = (t: Term): string => (t.stems ? t.stems.join(' ') : t.folded);

interface SynonymGroup {
  members: Term[];
  keys: ReadonlySet<string>;
}

/** The synonym groups folded with one report's fold: computed once per fold (per snapshot), not per query. */
const foldedGroups = new WeakMap<Fold, SynonymGroup[]>();
const synonymGroups = (fold: Fold): SynonymGroup[] => {
  let groups = foldedGroups.get(fold);
  if (!groups) {
    groups = synonyms.groups.map((group) => {
      const members = group.map((m) => termOf(fold, m, SYNONYM_FACTOR));
      return { members, keys: new Set(members.map(keyOf)) };
    });
    foldedGroups.set(fold, groups);
  }
  return groups;
};

/** The query and, when it is a member of a synonym group, the other members. */
export const searchTerms = (fold: Fold, text: string): Term[] => {
  const typed = termOf(fold, text, 1);
  const terms = [typed];
  const typedKey = keyOf(typed);
  for (const { members, keys } of synonymGroups(fold)) {
    if (!keys.has(typedKey)) continue;
    for (const m of members) if (!terms.some((t) => keyOf(t) === keyOf(m))) terms.push(m);
  }
  return terms;
};

/** One report's hits, ranked (score, then listing order), at most `first`. */
const searchIndex = (index: SearchIndex, text: string, first: number): Scored[] => {
  const terms = searchTerms(index.fold, text);
  // The typed term comes first: a query that folds to nothing finds nothing.
  if (!terms[0]!.folded) return [];
  return rank(index, terms, queryScript(index.fold, text), first);
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
