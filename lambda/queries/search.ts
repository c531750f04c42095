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
import type { FigureItem, GlossaryItem, IndicatorItem, ProjectItem } from '../data/entities';
import type { RequestData } from '../data/request-data';
import { isLatin, matchWords, normalizeQuery, words, type Fold } from '../graphql/text-match';
import { foldOf } from './index';
import synonyms from './synonyms.json';

export type SearchField = 'NAME' | 'SUBJECT' | 'DEFINITION' | 'SOURCE';
export type SearchNode =
  | ({ __typename: 'Indicator' } & IndicatorItem)
  | ({ __typename: 'Project' } & ProjectItem)
  | ({ __typename: 'GlossaryTerm' } & GlossaryItem)
  | ({ __typename: 'Figure' } & FigureItem);

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

interface Candidate {
  field: SearchField;
  script: SearchHitParent['script'];
  text: string;
}

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

/** The query and, when it is a member of a synonym group, the other members. */
export const searchTerms = (fold: Fold, text: string): Term[] => {
  const typed = termOf(fold, text, 1);
  const terms = [typed];
  const key = (t: Term) => (t.stems ? t.stems.join(' ') : t.folded);
  for (const group of synonyms.groups) {
    const members = group.map((m) => termOf(fold, m, SYNONYM_FACTOR));
    if (!members.some((m) => key(m) === key(typed))) continue;
    for (const m of members) if (!terms.some((t) => key(t) === key(m))) terms.push(m);
  }
  return terms;
};

/** [start, length] in code points of the term in `text`, or null. */
const find = (fold: Fold, term: Term, text: string): [number, number, number] | null => {
  if (term.stems) {
    const hit = matchWords(text, term.stems);
    if (!hit) return null;
    const at = [...text.slice(0, hit[0])].length;
    return [at, [...text.slice(hit[0], hit[1])].length, [...text].length];
  }
  const folded = fold(text);
  const at = folded.indexOf(term.folded);
  // Folding keeps code-point positions (one character to one), so `at` indexes the original text too.
  return at < 0 ? null : [[...folded.slice(0, at)].length, [...term.folded].length, [...folded].length];
};

const bestHit = (fold: Fold, terms: readonly Term[], script: SearchHitParent['script'], node: SearchNode, candidates: Candidate[]): SearchHitParent | null => {
  let best: SearchHitParent | null = null;
  let bestWeight = 0;
  // Terms in order (as typed first): a synonym only speaks for a node the typed words do not find,
  // so a hit's snippet shows what the reader typed whenever it can.
  for (const term of terms) {
    if (best && term.weight < bestWeight) break;
    for (const c of candidates) {
      if (!c.text) continue;
      const hit = find(fold, term, c.text);
      if (!hit) continue;
      const [at, length, total] = hit;
      const coverage = length / Math.max(total, 1);
      const score = (FIELD_WEIGHT[c.field] + coverage + (at === 0 ? 0.25 : 0) + TYPE_WEIGHT[node.__typename]) * term.weight;
      // Equal scores: the text in the reader's own script wins, so snippets come back as typed.
      const better = !best || score > best.score || (score === best.score && c.script === script && best.script !== script);
      if (better) {
        best = { node, field: c.field, script: c.script, snippet: snippetOf(c.text, at, length, c.script), score: Math.round(score * 1000) / 1000 };
        bestWeight = term.weight;
      }
    }
  }
  return best;
};

const zh = (field: SearchField, t: { zhHant: string; zhHans: string; en: string | null }): Candidate[] => [
  { field, script: 'zhHant', text: t.zhHant },
  { field, script: 'zhHans', text: t.zhHans },
  { field, script: 'en', text: t.en ?? '' },
];

export const search = async (data: RequestData, reportId: string, text: string, first: number): Promise<SearchHitParent[]> => {
  // Search reads four types and the fold table: one Query of the report's partition serves them all.
  await data.partition(reportId);
  const fold = await foldOf(data, reportId);
  if (!normalizeQuery(fold, text)) return [];
  const terms = searchTerms(fold, text);
  const script = queryScript(fold, text);
  const [indicators, projects, glossary, figures] = await Promise.all([
    data.list('Indicator', reportId),
    data.list('Project', reportId),
    data.list('Glossary', reportId),
    data.list('Figure', reportId),
  ]);
  const hits: SearchHitParent[] = [];
  const consider = (node: SearchNode, candidates: Candidate[]) => {
    const hit = bestHit(fold, terms, script, node, candidates);
    if (hit) hits.push(hit);
  };
  for (const i of indicators) {
    const slugMatch = terms.some((t) => normalizeQuery(fold, i.id) === t.folded);
    // A slug typed exactly finds its indicator, but the snippet shows the name, never the slug.
    const named = slugMatch ? [{ field: 'NAME' as const, script: 'en' as const, text: i.name.en ?? i.name.zhHant }] : [];
    consider({ __typename: 'Indicator', ...i }, [...zh('NAME', i.name), ...named]);
  }
  for (const p of projects) consider({ __typename: 'Project', ...p }, [...zh('NAME', p.name), ...p.mentions.map((m): Candidate => ({ field: 'SOURCE', script: 'zhHant', text: m.text }))]);
  for (const g of glossary) consider({ __typename: 'GlossaryTerm', ...g }, [...zh('NAME', g.term), ...zh('DEFINITION', g.definition)]);
  for (const f of figures) consider({ __typename: 'Figure', ...f }, [...zh('SUBJECT', f.subject), { field: 'SOURCE', script: 'zhHant', text: f.source.text }]);
  // Stable ranking: score, then report order of the type listing above.
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => b.hit.score - a.hit.score || a.index - b.index)
    .slice(0, first)
    .map(({ hit }) => hit);
};
