/**
 * The headline facts of a report, read by rule (docs/taxonomy.md, "Catalogue links"):
 *
 * - the **headline targets paragraph** of the plan (主要预期目标是：…, however
 *   worded), every item of it, numeric or qualitative, as a TARGET of the plan year;
 * - the **headline results** of the review: the first city-wide statement of
 *   each catalogue statistic (全年地区生产总值2333.3亿元、增长7%), as ACTUALs of
 *   the review year.
 *
 * Only the first reading of a slug × year × kind counts, so a report never
 * states two values for one: the headline paragraph before anything else, the
 * review's first statement before later ones. A figure of a county, a
 * district or a sub-item (限额以上 …) is never linked.
 */
import type { Catalogue } from '../../catalogue/catalogue';
import { findSubjects, type SubjectMatch } from './match';
import { readRespective, readSubject, type Reading, type ReadContext } from './read';
import { foldText, indexOfPattern, SENTENCE_END } from './text';

export interface Span {
  start: number;
  end: number;
}

/** What the rules need of a report; offsets are UTF-16 indices into `text` (the repaired reading). */
export interface HeadlineInput {
  text: string;
  script: 'zh-Hans' | 'zh-Hant';
  reviewYear: number;
  planYear: number;
  /** The review and plan sections where the structure pass found them; found here by heading when absent. */
  review?: Span | null;
  plan?: Span | null;
  /** Where the body ends (the appendix starts); the whole text when absent. */
  bodyEnd?: number;
}

export interface Observation extends Reading {
  kind: 'ACTUAL' | 'TARGET';
  year: number;
  /** Read from the headline targets paragraph. */
  headline: boolean;
}

export interface HeadlineResult {
  /** The headline targets paragraph, when found. */
  paragraph: Span | null;
  review: Span | null;
  plan: Span | null;
  observations: Observation[];
}

const MARKER = /(?:主要预期目标|主要目标|预期目标)(?:建议为|建议|是|为)?\s*[:：]/gu;
/** Top-level headings stand at the start of a line (or, in a one-line text, after a space): 三、3项第一 inside a sentence is none. */
const TOP_HEADING = /(?<=^|\n|\s)[一二三四五六七八九十]、/gu;
const PLAN_HEADING = /(?<=^|\n|\s)[一二三四五六七八九十]、\s*(?:(20\d\d)年|今年)[^\n。]{0,10}(?:工作|任务|安排|建议)/gu;
const REVIEW_HEADING = /(?<=^|\n|\s)[一二三四五六七八九十]、\s*(?:(20\d\d)年|过去[一五]年|一年来)[^\n。]{0,10}(?:回顾|工作)/gu;
/** A qualifier right before a name that makes the figure a part's, not the place's. */
const PART_BEFORE = /(县|区|镇|乡|旗|园|县域|产业|行业|企业|限额以上|限上|农村|城镇|民营|国有|外资)[^,，;；。、\n]{0,4}$/u;

/** Texts converted from documents break paragraphs with newlines; the Huozhou text is one line with spaces. */
const hasLineBreaks = (text: string): boolean => (text.match(/\n/g)?.length ?? 0) > 10;

/** Paragraph ends: a line break, or (texts with none) a sentence end followed by a space. */
const paragraphEnd = (text: string, from: number, to: number): number => {
  if (hasLineBreaks(text)) {
    const at = text.indexOf('\n', from);
    return at < 0 || at > to ? to : at;
  }
  const m = /[。！!？?]\s/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  return hit && hit.index < to ? hit.index + 1 : to;
};

const paragraphStart = (text: string, at: number): number => {
  if (hasLineBreaks(text)) return text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(0, at);
  const m = /[。！!？?]\s+(?=[^\s]*$)/u.exec(before);
  return m ? m.index + m[0].length : 0;
};

export const findSpans = (folded: string, reviewYear: number, planYear: number, bodyEnd: number): { review: Span | null; plan: Span | null } => {
  REVIEW_HEADING.lastIndex = 0;
  let review = REVIEW_HEADING.exec(folded);
  while (review && review[1] !== undefined && Number(review[1]) !== reviewYear) review = REVIEW_HEADING.exec(folded);
  if (review && review.index < bodyEnd) {
    // The review runs to the next top-level heading, whatever it says (二、2024年发展思路, 二、在…中奋力走在前).
    TOP_HEADING.lastIndex = review.index + review[0].length;
    const next = TOP_HEADING.exec(folded);
    if (next && next.index < bodyEnd) return { review: { start: review.index, end: next.index }, plan: { start: next.index, end: bodyEnd } };
    // A text cut off after its review (日照) is all review.
    if (!new RegExp(PLAN_HEADING.source, 'u').test(folded.slice(review.index + review[0].length, bodyEnd))) return { review: { start: review.index, end: bodyEnd }, plan: null };
  }
  // No numbered review (柳州 opens with it unheaded): it is everything before the plan's heading.
  PLAN_HEADING.lastIndex = 0;
  for (let m = PLAN_HEADING.exec(folded); m && m.index < bodyEnd; m = PLAN_HEADING.exec(folded)) {
    if (m[1] === undefined || Number(m[1]) === planYear) return { review: { start: 0, end: m.index }, plan: { start: m.index, end: bodyEnd } };
  }
  return { review: null, plan: null };
};

/** Readings of every named statistic in [from, to), in order; each reads up to the next name or sentence end. */
const readRegion = (ctx: ReadContext, subjects: SubjectMatch[], to: number): Reading[] => {
  const out: Reading[] = [];
  const inRun = new Set<SubjectMatch>();
  subjects.forEach((s, i) => {
    if (inRun.has(s)) return;
    // A 、 list of names sharing one 分别 and one list of values.
    let j = i;
    while (subjects[j + 1] && /^[、和及与]$/.test(ctx.folded.slice(subjects[j]!.end, subjects[j + 1]!.start))) j += 1;
    if (j > i) {
      const after = subjects[j + 1];
      const runLimit = Math.min(after ? after.start : to, indexOfPattern(ctx.folded, SENTENCE_END, subjects[j]!.end, to));
      const respective = readRespective(ctx, subjects.slice(i, j + 1), runLimit);
      if (respective.length > 0) {
        subjects.slice(i, j + 1).forEach((x) => inRun.add(x));
        out.push(...respective);
        return;
      }
    }
    const next = subjects[i + 1];
    const sentenceEnd = indexOfPattern(ctx.folded, SENTENCE_END, s.end, to);
    const limit = Math.min(next ? next.start : to, sentenceEnd);
    // A name followed only by 、/和 and the next name shares that name's wording.
    let shared = null;
    if (next && ctx.qualitative && /^[、和及]$/.test(ctx.folded.slice(s.end, next.start))) {
      const after = subjects[i + 2];
      const nextLimit = Math.min(after ? after.start : to, indexOfPattern(ctx.folded, SENTENCE_END, next.end, to));
      const nextReadings = readSubject(ctx, next, nextLimit);
      const q = nextReadings.find((r) => r.comparator === 'QUALITATIVE');
      if (q) shared = { start: q.valueStart, end: q.valueEnd };
    }
    out.push(...readSubject(ctx, s, limit, shared));
  });
  return out;
};

interface Located {
  span: Span;
  readings: Reading[];
}

/**
 * The readings of a paragraph, up to its first sentence (after the first) that
 * names no catalogue statistic: a text converted without paragraph breaks
 * (泸州, 枣庄) runs on from its targets into the plan's work items.
 */
const readParagraph = (ctx: ReadContext, catalogue: Catalogue, input: HeadlineInput, start: number, end: number): { readings: Reading[]; end: number } => {
  const readings = readRegion(ctx, findSubjects(catalogue, input.text, ctx.folded, start, end, input.script === 'zh-Hant'), end);
  let cut = end;
  for (let at = ctx.folded.indexOf('。', start); at >= 0 && at + 1 < end; at = ctx.folded.indexOf('。', at + 1)) {
    const next = ctx.folded.indexOf('。', at + 1);
    const sentenceEnd = next < 0 || next >= end ? end : next + 1;
    if (!readings.some((r) => r.sourceStart > at && r.sourceStart < sentenceEnd)) {
      cut = at + 1;
      break;
    }
  }
  return { readings: readings.filter((r) => r.sourceStart < cut), end: cut };
};

/** The headline targets paragraph: after its marker when the report has one, else the plan's first paragraph stating a GDP growth target and two more. */
const locateHeadline = (ctx: ReadContext, catalogue: Catalogue, input: HeadlineInput, plan: Span | null, bodyEnd: number): Located | null => {
  const { folded } = ctx;
  // From the top: a review that mentions 主要预期目标 does not follow it with 是/为 and a colon.
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(folded); m && m.index < bodyEnd; m = MARKER.exec(folded)) {
    const start = m.index + m[0].length;
    const { readings, end } = readParagraph(ctx, catalogue, input, start, paragraphEnd(folded, start, bodyEnd));
    if (readings.length > 0) return { span: { start: m.index, end }, readings };
  }
  const from = plan?.start ?? 0;
  for (let start = from; start < bodyEnd; ) {
    const end = paragraphEnd(folded, start, bodyEnd);
    const { readings } = readParagraph(ctx, catalogue, input, start, end);
    if (readings.some((r) => r.slug === 'gdp-growth' && r.value !== null) && new Set(readings.map((r) => r.slug)).size >= 3)
      return { span: { start, end }, readings };
    start = end + 1;
  }
  return null;
};

/** Each slug once: the first reading wins. */
const firstPerSlug = <T extends Reading>(readings: T[], seen: Set<string>): T[] =>
  readings.filter((r) => {
    if (seen.has(r.slug)) return false;
    seen.add(r.slug);
    return true;
  });

export const readHeadlines = (catalogue: Catalogue, input: HeadlineInput): HeadlineResult => {
  const folded = foldText(input.text);
  const bodyEnd = input.bodyEnd ?? input.text.length;
  const found = findSpans(folded, input.reviewYear, input.planYear, bodyEnd);
  const plan = input.plan ?? found.plan;
  const targetCtx: ReadContext = { catalogue, folded, qualitative: true };
  const headline = locateHeadline(targetCtx, catalogue, input, plan, bodyEnd);
  let review = input.review ?? found.review ?? (headline ? { start: 0, end: paragraphStart(folded, headline.span.start) } : null);
  if (review && headline && headline.span.start > review.start && headline.span.start < review.end)
    review = { start: review.start, end: paragraphStart(folded, headline.span.start) };

  const observations: Observation[] = [];
  if (headline)
    observations.push(
      ...firstPerSlug(headline.readings, new Set()).map((r): Observation => ({ ...r, kind: 'TARGET', year: input.planYear, headline: true })),
    );
  if (review) {
    const ctx: ReadContext = { catalogue, folded, qualitative: false };
    const subjects = findSubjects(catalogue, input.text, folded, review.start, review.end, input.script === 'zh-Hant').filter(
      (s) => !PART_BEFORE.test(folded.slice(paragraphStart(folded, s.start), s.start)),
    );
    const readings = readRegion(ctx, subjects, review.end).filter((r) => r.value !== null);
    observations.push(
      ...firstPerSlug(readings, new Set()).map((r): Observation => ({ ...r, kind: 'ACTUAL', year: input.reviewYear, headline: false })),
    );
  }
  return { paragraph: headline?.span ?? null, review, plan, observations };
};
