/**
 * What a figure measures, and how much of the text is its source
 * (docs/figures.md, "Subjects" and "Source"). Patterns match the folded
 * text; subjects are sliced from the text as written.
 */
import { fold } from '../fold';
import { CLAUSE_DELIMITERS, type Draft } from './draft';

/** Verbs that introduce a figure and are not part of what it measures. */
const TRAILING_VERBS = /(全部达|总数达到|总量达|达到|完成|突破|超过|稳定在|不低于|实现|达|为|在)$/;
const LEADING_FILLERS = /^(其中|共|再|并|且|年内|今年|力争|同时)/;

/** Removes what `re` matches in the folded reading from the text as written (same length, character for character). */
const stripStart = (s: string, re: RegExp): string => s.slice(re.exec(fold(s))?.[0].length ?? 0);
const stripEnd = (s: string, re: RegExp): string => s.slice(0, s.length - (re.exec(fold(s))?.[0].length ?? 0));

/**
 * A curated subject wins; a growth rate is its level's subject + the change
 * word as written (同比增長, 增幅 …); otherwise the clause before the number,
 * less the verb that introduces it.
 */
export const subjectOf = (d: Draft, curated: (d: Draft) => string | undefined): string => {
  const own = curated(d);
  if (own !== undefined) return own;
  if (d.changeOf) {
    let head = d;
    while (head.listPrev) head = head.listPrev;
    // The change word as written, without what precedes it in a 、 list (达到6105亿元、增长).
    const word = head.pre.slice(head.pre.lastIndexOf('、') + 1);
    return `${subjectOf(d.changeOf, curated)}${stripStart(word, /^分别/)}`;
  }
  if (d.listPrev) return subjectOf(d.listPrev, curated);
  if (d.restates) return subjectOf(d.restates, curated);
  return subjectStem(d);
};

const subjectStem = (d: Draft): string => {
  let pre = d.pre.replace(/\[\d+\]/g, '').replace(/[“”]/g, '');
  pre = stripStart(pre, LEADING_FILLERS);
  let stripped = pre;
  for (let again = true; again; ) {
    const next = stripEnd(stripped, TRAILING_VERBS);
    again = next !== stripped && next.length > 0;
    if (again) stripped = next;
  }
  const post = d.post.replace(/\[\d+\]/g, '').replace(/[“”]/g, '').replace(/^的/, '');
  // A count names its things after the measure word: 新增2家省級示范合作社.
  if (d.measure === 'COUNT' && post.length > 0 && (stripped.length <= 4 || stripped === pre)) return `${pre}${post}`.trim();
  return (stripped || post).trim();
};

/** A source longer than this is cut back to the clauses that state the figure (docs/figures.md, "Source"). */
export const SOURCE_MAX_LENGTH = 80;

/** Character pairs of a text, without note markers and quotation marks (how a subject's words are looked up). */
const bigrams = (s: string): Set<string> => {
  const plain = s.replace(/\[\d+\]/g, '').replace(/[“”《》]/g, '');
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < plain.length; i += 1) pairs.add(plain.slice(i, i + 2));
  return pairs;
};

/**
 * Where a figure's source starts: at its own clause, extended back clause by
 * clause within its sentence to the earliest clause that adds words of its
 * subject not yet in the source (`糧食播種面積33.05萬畝,產量5.56萬噸`: the
 * 糧食 of 糧食產量 is in the clause before), as long as the source stays
 * within SOURCE_MAX_LENGTH. Clauses that only lead up to it are left out.
 */
export const sourceStartOf = (text: string, d: Draft, subject: string, end: number): number => {
  const wanted = bigrams(subject);
  let start = d.clauseStart;
  let have = bigrams(text.slice(start, end));
  for (let probe = d.clauseStart; probe > d.sentenceStart; ) {
    // The clause before `probe` (text[probe - 1] is its delimiter).
    let prev = probe - 1;
    while (prev > d.sentenceStart && !CLAUSE_DELIMITERS.has(text[prev - 1] ?? '')) prev -= 1;
    if (end - prev > SOURCE_MAX_LENGTH) break;
    const clause = bigrams(text.slice(prev, probe - 1));
    if ([...wanted].some((b) => !have.has(b) && clause.has(b))) {
      start = prev;
      have = bigrams(text.slice(start, end));
    }
    probe = prev;
  }
  return start;
};
