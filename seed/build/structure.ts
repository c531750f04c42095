/**
 * The report's frame: its metadata, its sections and its glossary. Everything
 * is located by the headings' own text, never by hard-coded offsets, so a
 * reader can check each rule against report.txt.
 */
import type { GlossaryRecord, LocalizedText, SectionRecord, SourceRef } from '../../lambda/data/records';
import type { RepairedDocument } from '../repair/document';
import { localize } from './localize';

export interface ReportEnglish {
  title: string;
  speaker: string;
  speakerRole: string;
  occasion: string;
  /** Keyed by label path: `一`, `一/(一)`, `附件`. */
  sections: Record<string, string>;
}

export interface GlossaryEnglish {
  number: number;
  term: string;
  definition: string;
}

export interface ReportFrame {
  title: SourceRef;
  date: string;
  dateSource: SourceRef;
  occasion: SourceRef;
  speakerRole: SourceRef;
  speaker: SourceRef;
  sections: SectionRecord[];
  /** Where the body ends: the appendix heading. */
  bodyEnd: number;
}

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const find = (text: string, needle: string, from = 0): number => {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`structure: "${needle}" not found in the report`);
  return at;
};

/** Source offsets equal repaired offsets outside damaged spans; headings sit outside them (checked by validation). */
const ref = (doc: RepairedDocument, start: number, end: number): SourceRef => doc.sourceRef(start, end);

export const parseFrame = (doc: RepairedDocument, english: ReportEnglish | null, reportId: string): ReportFrame => {
  const src = doc.source;
  const titleEnd = find(src, '工作報告') + '工作報告'.length;
  const dateMatch = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(src.slice(titleEnd));
  if (!dateMatch) throw new Error('structure: report date not found');
  const dateStart = titleEnd + dateMatch.index;
  const [, y, m, d] = dateMatch;
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const occStart = dateStart + dateMatch[0].length;
  const occEnd = find(src, '會議上', occStart) + '會議上'.length;
  const roleStart = find(src, '霍州市人民政府市長', occEnd);
  const roleEnd = roleStart + '霍州市人民政府市長'.length;
  const speakerStart = find(src, '張可新', roleEnd);

  const topHeadings = [
    { label: '一', re: /一、2023年工作回顧/ },
    { label: '二', re: /二、2024年工作安排/ },
    { label: '三', re: /三、全面加強政府自身建設/ },
  ];
  const appendixAt = find(src, '\n附件') + 1;
  const appendixHeadEnd = find(src, '報告中有關名詞注釋', appendixAt) + '報告中有關名詞注釋'.length;

  const tops = topHeadings.map(({ label, re }) => {
    const m = re.exec(src);
    if (!m) throw new Error(`structure: heading ${label} not found`);
    return { label, start: m.index, end: m.index + m[0].length, title: m[0].slice(label.length + 1) };
  });

  const sections: SectionRecord[] = [];
  let order = 0;
  const titleOf = (labelPath: string, zhHant: string): LocalizedText => localize(zhHant, english?.sections[labelPath] ?? null);

  tops.forEach((top, i) => {
    const sectionEnd = i + 1 < tops.length ? tops[i + 1]!.start : appendixAt;
    const id = `s${i + 1}`;
    sections.push({
      reportId,
      id,
      order: order++,
      level: 1,
      label: top.label,
      title: titleOf(top.label, top.title),
      parentId: null,
      heading: ref(doc, top.start, top.end),
      start: top.start,
      end: sectionEnd,
    });
    // Sub-areas: "(一)title" ending at the first "。" (review) or space (plan).
    const subRe = /\((一|二|三|四|五|六|七|八|九|十)\)([^。 ]+)/g;
    subRe.lastIndex = top.end;
    const subs: { label: string; start: number; end: number; title: string }[] = [];
    for (let m = subRe.exec(src); m && m.index < sectionEnd; m = subRe.exec(src)) {
      // Only numbered sub-areas in sequence count: "(村)社區" and similar parentheses are prose.
      const expected = CN_ORDINALS[subs.length];
      if (m[1] !== expected) continue;
      subs.push({ label: `(${m[1]})`, start: m.index, end: m.index + m[0].length, title: m[2]! });
    }
    subs.forEach((sub, j) => {
      sections.push({
        reportId,
        id: `${id}.${j + 1}`,
        order: order++,
        level: 2,
        label: sub.label,
        title: titleOf(`${top.label}/${sub.label}`, sub.title),
        parentId: id,
        heading: ref(doc, sub.start, sub.end),
        start: sub.start,
        end: j + 1 < subs.length ? subs[j + 1]!.start : sectionEnd,
      });
    });
  });

  sections.push({
    reportId,
    id: 'appendix',
    order: order++,
    level: 1,
    label: '附件',
    title: titleOf('附件', '報告中有關名詞注釋'),
    parentId: null,
    heading: ref(doc, appendixAt, appendixHeadEnd),
    start: appendixAt,
    end: src.length,
  });

  return {
    title: ref(doc, 0, titleEnd),
    date,
    dateSource: ref(doc, dateStart, occStart),
    occasion: ref(doc, occStart, occEnd),
    speakerRole: ref(doc, roleStart, roleEnd),
    speaker: ref(doc, speakerStart, speakerStart + '張可新'.length),
    sections,
    bodyEnd: appendixAt,
  };
};

const QUOTES = new Set(['“', '”']);

/**
 * The body text a `[n]` marker annotates: the glossary term written just
 * before it, matched backwards while skipping quotation marks either side
 * writes and the other omits (`“三無三可”[6]` for the term `三無三可`).
 */
const annotatedStart = (text: string, markerStart: number, term: string): number | null => {
  let i = markerStart - 1;
  let j = term.length - 1;
  while (j >= 0 && i >= 0) {
    if (text[i] === term[j]) {
      i--;
      j--;
    } else if (QUOTES.has(text[i]!)) i--;
    else if (QUOTES.has(term[j]!)) j--;
    else return null;
  }
  if (j >= 0) return null;
  let start = i + 1;
  // Keep the quotation balanced: include an opening mark whose closing mark we took.
  const taken = text.slice(start, markerStart);
  if (text[start - 1] === '“' && taken.split('”').length > taken.split('“').length) start--;
  return start;
};

export const parseGlossary = (
  doc: RepairedDocument,
  english: GlossaryEnglish[],
  reportId: string,
): GlossaryRecord[] => {
  // Parse on the repaired reading (note [13] is damaged) and cite the source through the document.
  const text = doc.text;
  const appendixStartRepaired = text.indexOf('\n附件');
  if (appendixStartRepaired < 0) throw new Error('glossary: appendix not found');
  const noteRe = /\[(\d+)\]/g;
  noteRe.lastIndex = appendixStartRepaired;
  const heads: { n: number; start: number; end: number }[] = [];
  for (let m = noteRe.exec(text); m; m = noteRe.exec(text)) {
    heads.push({ n: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  const bodyEndRepaired = appendixStartRepaired;
  const enByNumber = new Map(english.map((e) => [e.number, e]));

  return heads.map((head, i) => {
    if (head.n !== i + 1) throw new Error(`glossary: note [${head.n}] out of sequence at ${head.start}`);
    const next = heads[i + 1];
    let noteEnd = next ? next.start : text.length;
    while (noteEnd > head.end && /[\s|]/.test(text[noteEnd - 1]!)) noteEnd--;
    const colon = text.indexOf(':', head.end);
    if (colon < 0 || colon > noteEnd) throw new Error(`glossary: note [${head.n}] has no term separator`);
    const term = text.slice(head.end, colon);
    const definition = text.slice(colon + 1, noteEnd);

    const references: SourceRef[] = [];
    const marker = `[${head.n}]`;
    for (let at = text.indexOf(marker); at >= 0 && at < bodyEndRepaired; at = text.indexOf(marker, at + 1)) {
      const start = annotatedStart(text, at, term) ?? at;
      references.push(doc.sourceRefFromRepaired(start, at + marker.length));
    }
    const en = enByNumber.get(head.n);
    return {
      reportId,
      id: `g${head.n}`,
      number: head.n,
      term: localize(term, en?.term ?? null),
      definition: localize(definition, en?.definition ?? null),
      source: doc.sourceRefFromRepaired(head.start, noteEnd),
      references,
    };
  });
};
