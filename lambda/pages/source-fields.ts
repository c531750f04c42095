/**
 * The fields a Source gains for people checking a quote: a permalink to the
 * span on the report page, the sentence around it, and the section it lies
 * in. A Source is stored without its report, so resolvers hand it on with
 * the report id (SourceParent).
 */
import type { SectionItem } from '../data/entities';
import type { SourceRef } from '../data/records';
import type { RequestData } from '../data/request-data';
import { simplifierOf } from '../graphql/text-match';
import { reportText } from './report-text';

export interface SourceParent extends SourceRef {
  reportId: string;
}

export const withReport = (reportId: string, source: SourceRef): SourceParent => ({ ...source, reportId });

/** Root-relative so it works behind any host or stage; the citation makes it absolute when the origin is known. */
export const reportPagePath = (reportId: string): string => `/reports/${encodeURIComponent(reportId)}`;
export const spanFragment = (start: number, end: number): string => `s${start}-${end}`;
export const sourceUrl = (s: SourceParent): string => `${reportPagePath(s.reportId)}#${spanFragment(s.start, s.end)}`;

/** Where a sentence ends: full stops, question and exclamation marks, semicolons, and line ends. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);

/** [from, to) of the sentence(s) containing [start, end), in code points. */
export const sentenceSpan = (chars: readonly string[], start: number, end: number): [number, number] => {
  let from = start;
  while (from > 0 && !SENTENCE_END.has(chars[from - 1]!)) from--;
  let to = Math.max(end, start);
  while (to < chars.length && !SENTENCE_END.has(chars[to - 1] ?? '')) to++;
  // Keep the closing mark, drop line breaks and surrounding blanks.
  while (to > from && /\s/.test(chars[to - 1]!)) to--;
  while (from < to && /\s/.test(chars[from]!)) from++;
  return [from, to];
};

interface RepairLike {
  start: number;
  end: number;
  repaired: string;
}

/** The text of [from, to) with every repair inside it applied (the repaired reading). */
export const repairedSlice = (chars: readonly string[], from: number, to: number, repairs: readonly RepairLike[]): string => {
  let out = '';
  let at = from;
  for (const r of [...repairs].sort((a, b) => a.start - b.start)) {
    if (r.end <= from || r.start >= to || r.start < at) continue;
    out += chars.slice(at, r.start).join('') + r.repaired;
    at = r.end;
  }
  return out + chars.slice(at, Math.max(at, to)).join('');
};

/** The source as code points, once per request and report. */
const sourceChars = (data: RequestData, reportId: string): Promise<string[] | undefined> =>
  data.memo(`source-chars|${reportId}`, async () => {
    const text = await reportText(data, reportId);
    return text === undefined ? undefined : [...text];
  });

export const sourceContext = async (data: RequestData, s: SourceParent, script: 'ZH_HANT' | 'ZH_HANS'): Promise<string> => {
  const [chars, repairs, report] = await Promise.all([
    sourceChars(data, s.reportId),
    data.list('Repair', s.reportId),
    data.get('Report', s.reportId, s.reportId),
  ]);
  // Without the stored text the quote itself is the best context there is.
  const text = chars ? repairedSlice(chars, ...sentenceSpan(chars, s.start, s.end), repairs) : s.text;
  return script === 'ZH_HANS' ? simplifierOf(report)(text) : text;
};

/** The innermost section containing the span's start. */
export const sectionAt = (sections: readonly SectionItem[], offset: number): SectionItem | null => {
  let best: SectionItem | null = null;
  for (const s of sections) if (s.start <= offset && offset < s.end && (!best || s.level > best.level)) best = s;
  return best;
};

export const sourceSection = async (data: RequestData, s: SourceParent): Promise<SectionItem | null> =>
  sectionAt(await data.list('Section', s.reportId), s.start);
