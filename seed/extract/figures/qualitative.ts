/**
 * Qualitative targets (issue 9 item 2): a target stated in words without a
 * number (城乡居民人均可支配收入增长与经济增长基本同步, 居民消费价格涨幅控制在
 * 省调控目标范围内, 节能减排降碳完成省下达目标任务) is a TARGET figure with
 * `value: null`, comparator QUALITATIVE and the wording in `valueText`.
 *
 * `findQualitative` finds the wording in a clause (on the folded text);
 * `qualitativeFigure` builds the FigureRecord. The indicator post-pass calls
 * them on the headline targets paragraph (主要预期目标), where each clause is
 * one target.
 */
import type { FigureRecord, Measure, SourceRef } from '../../../lambda/data/records';
import { figureId } from '../../../lambda/data/keys';
import type { RepairedDocument } from '../../repair/document';
import { fold } from '../fold';
import { localizerFor } from '../localize';
import type { ReportMeta } from '../meta';

/** Wordings of a target without a number, Simplified (matched on the folded text, so both scripts). */
export const QUALITATIVE_WORDINGS: RegExp[] = [
  /(与|和|同)经济(增长|发展)(基本)?(同步|协调|相适应)(增长)?/u,
  /(控制|保持)在(国家|省|自治区|市|上级)?(下达|调控|预期)?的?(目标|计划|指标)?(范围)?(以内|之内|内)/u,
  /(全面|超额)?完成(国家|省|自治区|市|上级)(下达|确定)的?(年度)?(目标|计划|约束性指标|指标|任务)(任务)?/u,
  /(稳中有(升|增|进|降)|保持(稳定|平稳)|只增不减|持续(改善|提升|好转))$/u,
];

export interface QualitativeWording {
  /** Offsets into the text searched (end exclusive). */
  start: number;
  end: number;
  /** The wording as written. */
  text: string;
}

/** The qualitative wording of `text[from:to]` (one clause), if any; none when the clause states a number. */
export const findQualitative = (text: string, from = 0, to = text.length): QualitativeWording | null => {
  const clause = fold(text.slice(from, to));
  if (/[0-9０-９]/.test(clause)) return null;
  for (const re of QUALITATIVE_WORDINGS) {
    const m = re.exec(clause);
    if (m) return { start: from + m.index, end: from + m.index + m[0].length, text: text.slice(from + m.index, from + m.index + m[0].length) };
  }
  return null;
};

export interface QualitativeFigureInput {
  meta: ReportMeta;
  doc: RepairedDocument;
  /** The wording, in repaired-text offsets. */
  wording: QualitativeWording;
  /** The clause that states the target, in repaired-text offsets. */
  sourceStart: number;
  sourceEnd: number;
  /** What the target is about, as written (城乡居民人均可支配收入增长). */
  subject: string;
  sectorId: string;
  /** A curated English subject, if any. */
  subjectEn?: string | null;
  /** What the target measures; most qualitative targets bound a growth rate (收入增长与经济增长基本同步). */
  measure?: Measure;
}

export const qualitativeFigure = (input: QualitativeFigureInput): FigureRecord => {
  const { meta, doc, wording } = input;
  const valueSource: SourceRef = doc.sourceRefFromRepaired(wording.start, wording.end);
  return {
    reportId: meta.id,
    id: figureId(valueSource.start),
    value: null,
    valueLow: null,
    valueHigh: null,
    valueText: wording.text,
    unit: null,
    normalizedValue: null,
    baseUnit: null,
    year: meta.planYear,
    kind: 'TARGET',
    comparator: 'QUALITATIVE',
    comparatorText: wording.text,
    measure: input.measure ?? 'CHANGE',
    changePercent: null,
    changeFigureId: null,
    changeOfFigureId: null,
    subject: localizerFor(meta.script)(input.subject, input.subjectEn ?? null),
    sectorId: input.sectorId,
    indicatorId: null,
    projectId: null,
    projectIds: [],
    scope: 'SINGLE',
    source: doc.sourceRefFromRepaired(input.sourceStart, input.sourceEnd),
    valueSource,
    curation: 'EXTRACTED',
  };
};
