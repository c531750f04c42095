/**
 * Where the parts of a report are: the review of the past year, the plan for
 * the coming one, the other top-level parts after them, and the appendix.
 * Headings are found by general rules (their wording and position, on the
 * folded text, so Simplified and Traditional alike); a report may name its
 * headings in report.json `layout` instead, and then they must be found.
 * What the rules cannot find is recorded as an extraction note, never a crash.
 */
import type { ReportLayout } from './meta';

export type PartRole = 'REVIEW' | 'PLAN' | 'OTHER';

export interface FoundHeading {
  role: PartRole;
  /** Numbering as written (一), or '' when the heading has none. */
  label: string;
  start: number;
  end: number;
  /** The heading without its numbering. */
  title: string;
}

export interface FoundParts {
  tops: FoundHeading[];
  /** Where the appendix starts, and where its heading ends (null: no appendix). */
  appendix: { start: number; headEnd: number; title: string } | null;
  notes: string[];
}

export const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const ORD = '[一二三四五六七八九十]{1,3}';
/** What may stand before a heading: the start, a line break or space, or the end of a sentence. */
const BEFORE = '(?<=^|[\\s。!;:])';
/** Characters a heading's own text never holds. */
const NOT_IN_HEADING = '[^\\s。,;:!?“”()]';

const reviewHeading = (reviewYear: number): RegExp =>
  new RegExp(`${BEFORE}(?:(${ORD})[、.]\\s*)?((?:${reviewYear}年|过去一年|过去的一年)(?:政府)?(?:主要)?(?:工作回顾|工作总结|主要工作|回顾))(?=\\s|$|${reviewYear}年|过去)`, 'gmu');

/** `2024年工作安排`, `二、2024年主要目标任务`, `今年经济社会发展目标任务和工作重点` … */
const planHeading = (reviewYear: number, planYear: number): RegExp =>
  new RegExp(`${BEFORE}(?:(${ORD})[、.]\\s*)?((?:${planYear}年|今年)(?:${NOT_IN_HEADING}|、){0,22}?)(?=\\s|$|${planYear}年|${reviewYear}年|今年)`, 'gmu');
const PLAN_WORDS = /工作|任务|目标|安排|建议|思路|重点|要求|取向/;
const NOT_PLAN = /是|的一年|年份/;

/** The sentence that opens a plan whose heading is not found: its general requirements or main targets. */
const PLAN_CUE = /(?:今年|\d{4}年)?(?:全市)?(?:政府工作|经济社会发展|工作)?的?(?:总体要求|总的要求)|主要预期目标/u;

const numberedHeading = (ordinal: string): RegExp =>
  new RegExp(`${BEFORE}(${ordinal})、\\s*((?:${NOT_IN_HEADING}|、|,){2,30}?)(?=\\n|\\s|$)`, 'gmu');

const APPENDIX = /(?<=^|\n)\s*(附件[一二三四五六七八九十\d]*|名\s*词\s*解\s*释|名词注释|有关名词解释|注\s*释)[^\n。]{0,24}(?=\n|$)/gu;

const sentenceStart = (text: string, at: number): number => {
  let i = at;
  while (i > 0 && !'。!;\n'.includes(text[i - 1]!)) i -= 1;
  return i;
};

const fromHints = (folded: string, source: string, layout: ReportLayout): FoundParts => {
  let from = 0;
  const tops = (layout.headings ?? []).map((h): FoundHeading => {
    const start = source.indexOf(h.text, from);
    if (start < 0) throw new Error(`structure: heading "${h.text}" (report.json layout.headings) not found`);
    from = start + h.text.length;
    const m = /^([一二三四五六七八九十]+)、/.exec(h.text);
    return { role: h.role, label: m?.[1] ?? '', start, end: from, title: m ? h.text.slice(m[0].length) : h.text };
  });
  return { tops, appendix: appendixOf(folded, source, layout, tops.at(-1)?.end ?? 0), notes: [] };
};

const appendixOf = (folded: string, source: string, layout: ReportLayout, after: number): FoundParts['appendix'] => {
  if (layout.appendix) {
    const { marker, title } = layout.appendix;
    const at = source.indexOf(marker, after);
    if (at < 0) throw new Error(`structure: appendix marker ${JSON.stringify(marker)} (report.json layout.appendix) not found`);
    const start = at + (marker.startsWith('\n') ? 1 : 0);
    const titleAt = source.indexOf(title, start);
    if (titleAt < 0) throw new Error(`structure: appendix title "${title}" not found`);
    return { start, headEnd: titleAt + title.length, title };
  }
  APPENDIX.lastIndex = after;
  const m = APPENDIX.exec(folded);
  if (!m) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const headEnd = m.index + m[0].trimEnd().length;
  return { start, headEnd, title: source.slice(start, headEnd) };
};

/** Finds the parts of the report by the general rules (see the module comment). */
export const findParts = (folded: string, source: string, layout: ReportLayout, reviewYear: number, planYear: number): FoundParts => {
  if (layout.headings?.length) return fromHints(folded, source, layout);
  const notes: string[] = [];
  const heading = (role: PartRole, m: RegExpExecArray): FoundHeading => {
    const start = m.index;
    const end = m.index + m[0].length;
    return { role, label: m[1] ?? '', start, end, title: source.slice(end - m[2]!.length, end) };
  };

  const reviewMatch = reviewHeading(reviewYear).exec(folded);
  let review: FoundHeading | null = reviewMatch ? heading('REVIEW', reviewMatch) : null;

  const plans: FoundHeading[] = [];
  const planRe = planHeading(reviewYear, planYear);
  planRe.lastIndex = review?.end ?? 0;
  for (let m = planRe.exec(folded); m; m = planRe.exec(folded)) {
    if (PLAN_WORDS.test(m[2]!) && !NOT_PLAN.test(m[2]!)) plans.push(heading('PLAN', m));
  }
  if (plans.length === 0) {
    const cue = PLAN_CUE.exec(folded.slice(review?.end ?? 0));
    if (cue) {
      const at = (review?.end ?? 0) + cue.index;
      const start = sentenceStart(folded, at);
      const end = at + cue[0].length;
      plans.push({ role: 'PLAN', label: '', start, end, title: source.slice(start, end) });
      notes.push(`plan heading not found: the plan is read from the sentence that opens with "${source.slice(start, end)}"`);
    } else notes.push(`plan section not found (no heading for ${planYear} nor a 总体要求/主要预期目标 sentence): every figure is read as a ${reviewYear} result`);
  }
  if (!review) {
    // The text before the plan (after the salutation) is the review.
    const salutation = /^\s*各?位?代表[:,]?\s*/u.exec(folded);
    const start = salutation ? salutation[0].length : 0;
    const end = Math.min(folded.indexOf('\n', start) < 0 ? folded.length : folded.indexOf('\n', start), start + 30, plans[0]?.start ?? folded.length);
    review = { role: 'REVIEW', label: '', start, end: Math.max(end, start + 1), title: source.slice(start, Math.max(end, start + 1)) };
    notes.push(`review heading not found: the text before the plan is read as the review of ${reviewYear}`);
  }

  const tops: FoundHeading[] = [review, ...plans];
  const appendix = appendixOf(folded, source, {}, tops.at(-1)!.end);
  const limit = appendix?.start ?? folded.length;
  // Numbered top-level parts that follow in sequence (三、全面加强政府自身建设) are parts of their own.
  if (review.label) {
    let k = ORDINALS.indexOf(review.label) + 1;
    let from = review.end;
    for (; k < ORDINALS.length; k += 1) {
      const re = numberedHeading(ORDINALS[k]!);
      re.lastIndex = from;
      const m = re.exec(folded);
      if (!m || m.index >= limit) break;
      const known = plans.find((p) => p.start === m.index);
      if (!known) tops.push(heading('OTHER', m));
      from = m.index + m[0].length;
    }
  }
  tops.sort((a, b) => a.start - b.start);
  return { tops, appendix, notes };
};
