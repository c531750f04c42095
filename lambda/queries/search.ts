/**
 * Ranked search across indicators, projects, glossary terms and figures.
 * Text is folded to one script (text-match.ts). Score: where the match is
 * (a name beats a subject beats a definition beats a quote) and how much of
 * the field it covers (an exact name scores highest).
 */
import type { FigureItem, GlossaryItem, IndicatorItem, ProjectItem } from '../data/entities';
import type { RequestData } from '../data/request-data';
import { normalizeQuery, type Fold } from '../graphql/text-match';
import { foldOf } from './index';

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
const SNIPPET_RADIUS = 16;

interface Candidate {
  field: SearchField;
  script: SearchHitParent['script'];
  text: string;
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

const bestHit = (fold: Fold, q: string, script: SearchHitParent['script'], node: SearchNode, candidates: Candidate[]): SearchHitParent | null => {
  let best: SearchHitParent | null = null;
  for (const c of candidates) {
    if (!c.text) continue;
    const folded = fold(c.text);
    const at = folded.indexOf(q);
    if (at < 0) continue;
    const coverage = q.length / Math.max(folded.length, 1);
    const score = FIELD_WEIGHT[c.field] + coverage + (at === 0 ? 0.25 : 0) + TYPE_WEIGHT[node.__typename];
    // Equal scores: the text in the reader's own script wins, so snippets come back as typed.
    const better = !best || score > best.score || (score === best.score && c.script === script && best.script !== script);
    if (better) {
      // Folding keeps code-point positions (one character to one), so `at` indexes the original text too.
      best = { node, field: c.field, script: c.script, snippet: snippetOf(c.text, at, [...q].length, c.script), score: Math.round(score * 1000) / 1000 };
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
  const q = normalizeQuery(fold, text);
  if (!q) return [];
  const script = queryScript(fold, text);
  const [indicators, projects, glossary, figures] = await Promise.all([
    data.list('Indicator', reportId),
    data.list('Project', reportId),
    data.list('Glossary', reportId),
    data.list('Figure', reportId),
  ]);
  const hits: SearchHitParent[] = [];
  const consider = (node: SearchNode, candidates: Candidate[]) => {
    const hit = bestHit(fold, q, script, node, candidates);
    if (hit) hits.push(hit);
  };
  for (const i of indicators) consider({ __typename: 'Indicator', ...i }, [...zh('NAME', i.name), { field: 'NAME', script: 'en', text: i.id }]);
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
