/**
 * Every number the report states, as FigureRecords (rules: docs/figures.md).
 *
 * The extractor reads the repaired text. It tokenises every numeral in the
 * body (numerals.ts); a token covered by the documented list of
 * non-measurements (dates, note markers, names, ordinals …) is skipped, every
 * other token becomes a figure: its unit and comparator are read off the
 * words around it, its measure from its wording, its kind and year from the
 * part of the report it sits in, and a growth rate written right after a
 * level is linked to that level. Curated files supply what wording cannot:
 * English subjects, and per-figure corrections checked against the text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparator, FigureKind, FigureRecord, LocalizedText, Measure, SectionRecord, SourceRef } from '../../lambda/data/records';
import { figureId } from '../../lambda/data/keys';
import type { RepairedDocument } from '../repair/document';
import { canonicalDecimal, scaleDecimal } from './figures/decimal';
import { isCovered, loadNonMeasurements, resolveNonMeasurements, type NonMeasurementEntry } from './figures/non-measurements';
import { parseChineseInteger, parseRoman, tokeniseNumerals, type NumeralToken } from './figures/numerals';
import { locateSectorAnchors, sectorAt } from './figures/sectors';
import { unitAt, type UnitInfo } from './figures/units';
import { localize } from './localize';

/** A per-figure correction, keyed by figure id; `expect` must be in the figure's valueSource text (a check against drift). */
export interface FigureOverride {
  expect: string;
  subject?: string;
  kind?: FigureKind;
  year?: number;
  measure?: Measure;
  baseUnit?: string;
  sectorId?: string;
  /** Why the override is needed (kept in the curated file for reviewers). */
  note?: string;
}

export interface FigureCuration {
  nonMeasurements: NonMeasurementEntry[];
  overrides: Record<string, FigureOverride>;
  /** zh-Hant subject → curated English. */
  subjectsEn: Record<string, string>;
}

export const FIGURE_OVERRIDES_FILE = path.join('curated', 'figure-overrides.json');
export const FIGURE_SUBJECTS_EN_FILE = path.join('curated', 'figure-subjects-en.json');

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export const loadFigureCuration = (reportDir: string): FigureCuration => ({
  nonMeasurements: loadNonMeasurements(reportDir),
  overrides: readJson<Record<string, FigureOverride>>(path.join(reportDir, FIGURE_OVERRIDES_FILE)),
  subjectsEn: readJson<Record<string, string>>(path.join(reportDir, FIGURE_SUBJECTS_EN_FILE)),
});

export const defaultReportDir = (reportId: string): string => path.resolve(__dirname, '..', 'reports', reportId);

/** Where the body ends in the repaired text: the appendix heading (`附件` at the start of a line). */
export const bodyEndOf = (text: string): number => {
  const at = text.indexOf('\n附件');
  if (at < 0) throw new Error('figures: appendix heading not found');
  return at;
};

// ---------------------------------------------------------------- wording

/** Clause delimiters: a figure's clause runs between two of these. */
const CLAUSE_DELIMITERS = new Set([',', ';', '。', '!', ':', '?', '，', '；', '：', '！', '？']);
/** Sentence delimiters: a figure's source starts after one of these. */
const SENTENCE_DELIMITERS = new Set([';', '。', '!', '?', '；', '！', '？']);

/** Written before the number. Longest first. */
const PREFIX_COMPARATORS: [string, Comparator][] = [
  ['不低于', 'AT_LEAST'],
  ['不少于', 'AT_LEAST'],
  ['不超過', 'AT_MOST'],
  ['突破', 'AT_LEAST'],
  ['超過', 'AT_LEAST'],
  ['約', 'ABOUT'],
];
/** Written after the number and its unit. */
const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ['以上', 'AT_LEAST'],
  ['左右', 'ABOUT'],
  ['以內', 'AT_MOST'],
  ['以下', 'AT_MOST'],
];

/** Words right before a percentage that make it a change rate. */
const CHANGE_WORDS = /(增長|增幅|增速|優化|下降)$/;
/** A clause that is nothing but a change rate of the figure before it. */
const BARE_CHANGE_CLAUSE = /^(同比)?(增長|增幅|增速|優化)$/;
const RESPECTIVE_CHANGE_CLAUSE = /^分別(同比)?(增長|增幅)$/;

/** Verbs that introduce a figure and are not part of what it measures. */
const TRAILING_VERBS = /(全部達|總數達到|總量達|達到|完成|突破|超過|穩定在|不低于|實現|達|為|在)$/;
const LEADING_FILLERS = /^(其中|共|再|并|且|年內|今年|力爭|同時)/;

interface Draft {
  token: NumeralToken;
  /** Repaired offsets of number (+ 余) + unit. */
  start: number;
  end: number;
  /** End of the figure including a suffix comparator (以上 …). */
  fullEnd: number;
  value: string;
  valueText: string;
  unit: UnitInfo | null;
  comparator: Comparator;
  comparatorText: string | null;
  measure: Measure;
  /** Text of the clause before the number (and before a prefix comparator). */
  pre: string;
  /** Text of the clause after the figure. */
  post: string;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  /** Set when the number sits in a `、` list right after another figure (分別 …). */
  listPrev: Draft | null;
  changeOf: Draft | null;
  changeBy: Draft | null;
}

const clauseBounds = (text: string, start: number, end: number, limit: number): { clauseStart: number; clauseEnd: number; sentenceStart: number } => {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_DELIMITERS.has(text[clauseStart - 1] ?? '')) clauseStart -= 1;
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !SENTENCE_DELIMITERS.has(text[sentenceStart - 1] ?? '')) sentenceStart -= 1;
  let clauseEnd = end;
  while (clauseEnd < limit && !CLAUSE_DELIMITERS.has(text[clauseEnd] ?? '')) clauseEnd += 1;
  // Paragraph breaks are spaces: a clause never spans one.
  const para = text.lastIndexOf(' ', start);
  if (para >= clauseStart) clauseStart = para + 1;
  if (para >= sentenceStart) sentenceStart = para + 1;
  const paraEnd = text.indexOf(' ', end);
  if (paraEnd >= 0 && paraEnd < clauseEnd) clauseEnd = paraEnd;
  return { clauseStart, clauseEnd, sentenceStart };
};

const readDraft = (text: string, token: NumeralToken, limit: number): Draft => {
  let value: string;
  const valueText = token.text;
  let pos = token.end;
  if (token.kind === 'arabic') {
    value = canonicalDecimal(token.text);
  } else if (token.kind === 'chinese') {
    value = parseChineseInteger(token.text);
  } else {
    value = parseRoman(token.text);
  }

  let comparator: Comparator = 'EXACT';
  let comparatorText: string | null = null;
  if (text[pos] === '余') {
    comparator = 'ABOUT';
    comparatorText = '余';
    pos += 1;
  }
  const unit = unitAt(text, pos);
  if (unit) pos += unit.unit.length;
  const end = pos;
  let fullEnd = end;
  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, end)) {
      comparator = c;
      comparatorText = comparatorText ? `${comparatorText}…${word}` : word;
      fullEnd = end + word.length;
      break;
    }
  }
  const { clauseStart, clauseEnd, sentenceStart } = clauseBounds(text, token.start, fullEnd, limit);
  let pre = text.slice(clauseStart, token.start);
  for (const [word, c] of PREFIX_COMPARATORS) {
    if (pre.endsWith(word)) {
      comparator = c;
      comparatorText = comparatorText ? `${word}…${comparatorText}` : word;
      pre = pre.slice(0, -word.length);
      break;
    }
  }
  const post = text.slice(fullEnd, clauseEnd);

  let measure: Measure;
  if (text[token.start - 1] === '第') measure = 'RANK';
  // `7×24小時`: the report states two numbers (7 days, 24 hours), each a count;
  // their product (168 hours) is not stated, so it is not a figure.
  else if (text[token.end] === '×' || text[token.start - 1] === '×') measure = 'COUNT';
  else if (unit?.unit === '%') {
    if (CHANGE_WORDS.test(pre)) measure = 'CHANGE';
    else if (/比$/.test(pre) && !/占比$/.test(pre)) measure = 'RATIO';
    else measure = 'SHARE';
  } else if (unit) measure = unit.measure;
  else if (/指數$/.test(pre)) measure = 'INDEX';
  else measure = 'COUNT';

  return {
    token,
    start: token.start,
    end,
    fullEnd,
    value,
    valueText,
    unit,
    comparator,
    comparatorText,
    measure,
    pre,
    post,
    clauseStart,
    clauseEnd,
    sentenceStart,
    listPrev: null,
    changeOf: null,
    changeBy: null,
  };
};

/** Links growth rates to the level they belong to (docs/figures.md, "Change rates"). */
const linkChanges = (text: string, drafts: Draft[]): void => {
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    // `179.1億元、430.54億元`: a list continues the figure before it.
    if (prev && prev.unit?.unit === d.unit?.unit && /^(、|和)$/.test(text.slice(prev.fullEnd, d.start))) {
      d.listPrev = prev;
      if (prev.measure === 'CHANGE') d.measure = 'CHANGE';
    }
  });
  drafts.forEach((d, i) => {
    if (d.measure !== 'CHANGE' || d.listPrev) return;
    const clauseGap = (from: Draft): boolean => text.slice(from.fullEnd, d.clauseStart) === ',';
    if (BARE_CHANGE_CLAUSE.test(d.pre)) {
      const level = drafts[i - 1];
      if (level && level.measure !== 'CHANGE' && clauseGap(level)) {
        level.changeBy = d;
        d.changeOf = level;
      }
    } else if (RESPECTIVE_CHANGE_CLAUSE.test(d.pre)) {
      // 分別達到 A、B,分別增長 a、b: pair in order.
      const changes: Draft[] = [d];
      for (let k = i + 1; drafts[k]?.listPrev === changes[changes.length - 1]; k += 1) changes.push(drafts[k]!);
      const levels: Draft[] = [];
      let k = i - 1;
      if (drafts[k] && clauseGap(drafts[k]!)) {
        levels.unshift(drafts[k]!);
        while (drafts[k]?.listPrev) {
          levels.unshift(drafts[k]!.listPrev!);
          k -= 1;
        }
      }
      if (levels.length === changes.length)
        levels.forEach((level, j) => {
          const change = changes[j]!;
          level.changeBy = change;
          change.changeOf = level;
        });
    }
  });
};

/**
 * What a figure measures, from its clause (docs/figures.md, "Subjects"): a
 * curated subject wins; a growth rate is its level's subject + the change word
 * as written (同比增長, 增幅 …); otherwise the clause before the number, less
 * the verb that introduces it.
 */
const subjectOf = (d: Draft, curated: (d: Draft) => string | undefined): string => {
  const own = curated(d);
  if (own !== undefined) return own;
  if (d.changeOf) {
    let head = d;
    while (head.listPrev) head = head.listPrev;
    return `${subjectOf(d.changeOf, curated)}${head.pre.replace(/^分別/, '')}`;
  }
  if (d.listPrev) return subjectOf(d.listPrev, curated);
  return subjectStem(d);
};

const subjectStem = (d: Draft): string => {
  let pre = d.pre.replace(/\[\d+\]/g, '').replace(/[“”]/g, '');
  pre = pre.replace(LEADING_FILLERS, '');
  let stripped = pre;
  for (let again = true; again; ) {
    const next = stripped.replace(TRAILING_VERBS, '');
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
const sourceStartOf = (text: string, d: Draft, subject: string, end: number): number => {
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

interface Located {
  kind: FigureKind;
  year: number;
}

/** ACTUAL 2023 in the review (一), TARGET 2024 in the plan (二) and in 三. */
const kindAt = (sections: SectionRecord[], sourceOffset: number): Located | null => {
  const top = sections.find((s) => s.level === 1 && s.start <= sourceOffset && sourceOffset < s.end);
  if (!top) return null;
  if (top.label === '一') return { kind: 'ACTUAL', year: 2023 };
  if (top.label === '二' || top.label === '三') return { kind: 'TARGET', year: 2024 };
  return null;
};

export interface ExtractFiguresInput {
  reportId: string;
  doc: RepairedDocument;
  sections: SectionRecord[];
  /** Curated files; read from seed/reports/<reportId>/ when not given. */
  curation?: FigureCuration;
}

export function extractFigures(input: ExtractFiguresInput): FigureRecord[] {
  const { reportId, doc, sections } = input;
  const curation = input.curation ?? loadFigureCuration(defaultReportDir(reportId));
  const text = doc.text;
  const bodyEnd = bodyEndOf(text);
  const excluded = resolveNonMeasurements(text.slice(0, bodyEnd), curation.nonMeasurements);
  const tokens = tokeniseNumerals(text, 0, bodyEnd).filter((t) => !isCovered(excluded, t.start, t.end));

  const drafts = tokens.map((token) => readDraft(text, token, bodyEnd));
  linkChanges(text, drafts);

  const anchors = locateSectorAnchors(text);
  const ids = new Map<Draft, string>();
  const refOf = (start: number, end: number): SourceRef => doc.sourceRefFromRepaired(start, end);
  for (const d of drafts) ids.set(d, figureId(refOf(d.start, d.end).start));

  const curatedSubject = (x: Draft): string | undefined => curation.overrides[ids.get(x)!]?.subject;
  /** The figure's source in the repaired text (docs/figures.md, "Source"). */
  const sourceSpan = (x: Draft): { start: number; end: number } => {
    // A level's source runs on to its growth rate's clause; a rate's starts where its level's does.
    let end = Math.max(x.clauseEnd, x.changeBy?.clauseEnd ?? x.clauseEnd);
    let start = sourceStartOf(text, x, subjectOf(x, curatedSubject), end);
    if (x.changeOf) start = Math.min(start, sourceSpan(x.changeOf).start);
    if (end - start > SOURCE_MAX_LENGTH) {
      // One clause listing several things (國能…100MW光伏發電、兆光100MW…、…): the list item that holds the number.
      const itemStart = text.lastIndexOf('、', x.start - 1) + 1;
      if (itemStart > start) start = itemStart;
      const itemEnd = text.indexOf('、', x.fullEnd);
      if (itemEnd >= 0 && itemEnd < end) end = itemEnd;
    }
    return { start, end };
  };

  const unusedOverrides = new Set(Object.keys(curation.overrides));
  const figures = drafts.map((d): FigureRecord => {
    const valueSource = refOf(d.start, d.end);
    const id = ids.get(d)!;
    const override = curation.overrides[id];
    if (override) {
      unusedOverrides.delete(id);
      if (!valueSource.text.includes(override.expect))
        throw new Error(`figures: override ${id} expects "${override.expect}" but the figure reads "${valueSource.text}"`);
    }
    const located = kindAt(sections, valueSource.start);
    if (!located) throw new Error(`figures: ${id} "${valueSource.text}" is outside the review and the plan`);
    const subjectZh = subjectOf(d, curatedSubject);
    const span = sourceSpan(d);
    const unit = d.unit;
    const measure = override?.measure ?? d.measure;
    let baseUnit: string | null = override?.baseUnit ?? unit?.baseUnit ?? null;
    if (!unit && !override?.baseUnit) baseUnit = measure === 'RANK' ? 'rank' : measure === 'INDEX' ? 'index' : measure === 'COUNT' ? 'count' : null;
    const subject: LocalizedText = localize(subjectZh, curation.subjectsEn[subjectZh] ?? null);
    return {
      reportId,
      id,
      value: d.value,
      valueText: d.valueText,
      unit: unit?.unit ?? null,
      normalizedValue: scaleDecimal(d.value, unit?.power ?? 0),
      baseUnit,
      year: override?.year ?? located.year,
      kind: override?.kind ?? located.kind,
      comparator: d.comparator,
      comparatorText: d.comparatorText,
      measure,
      changePercent: d.changeBy ? d.changeBy.value : null,
      changeFigureId: d.changeBy ? ids.get(d.changeBy)! : null,
      changeOfFigureId: d.changeOf ? ids.get(d.changeOf)! : null,
      subject,
      sectorId: override?.sectorId ?? sectorAt(anchors, d.start),
      indicatorId: null,
      projectId: null,
      source: refOf(span.start, span.end),
      valueSource,
    };
  });
  if (unusedOverrides.size > 0) throw new Error(`figures: overrides for figures that do not exist: ${[...unusedOverrides].join(', ')}`);
  return figures;
}
