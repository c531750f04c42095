/**
 * The report as published (`source`, damage included) together with its
 * repaired reading (`text`), and the offset mapping between the two.
 *
 * All offsets are code points (end exclusive). The Huozhou report is entirely
 * in the BMP, so code points equal UTF-16 indices there, but the mapping is
 * computed on code-point arrays so it stays right for any text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RepairRecord, SourceRef } from '../../lambda/data/records';

export interface RepairedDocument {
  source: string; // report.txt as is
  text: string; // the repaired reading of the whole report
  repairs: RepairRecord[]; // reportId 'huozhou-2024', id `repair-<number>`
  /** Maps an offset in `text` to an offset in `source`; an offset inside a repair maps to the repair's start. */
  toSource(repairedOffset: number): number;
  /** SourceRef for a range given in SOURCE offsets: quote = source.slice(start,end), text = its repaired reading; a range that cuts through a repair span is widened to cover the whole span. */
  sourceRef(start: number, end: number): SourceRef;
  /** SourceRef for a range given in REPAIRED-text offsets (e.g. a regex match on `text`): mapped back to source offsets, widened over any repair it touches. */
  sourceRefFromRepaired(start: number, end: number): SourceRef;
}

/** A repair placed in both coordinate systems. */
interface Placed {
  repair: RepairRecord;
  /** Where the repaired reading of this span starts/ends in `text`. */
  textStart: number;
  textEnd: number;
}

const codePoints = (s: string): string[] => Array.from(s);

export function makeRepairedDocument(source: string, repairs: RepairRecord[]): RepairedDocument {
  const src = codePoints(source);
  const sorted = [...repairs].sort((a, b) => a.start - b.start);
  const placed: Placed[] = [];
  const out: string[] = [];
  let cursor = 0;
  let shift = 0; // text offset − source offset after the repairs seen so far
  for (const repair of sorted) {
    if (repair.start < cursor) throw new Error(`repair ${repair.number} overlaps the previous repair`);
    if (repair.end > src.length || repair.start >= repair.end) throw new Error(`repair ${repair.number} has an invalid range ${repair.start}..${repair.end}`);
    const damaged = src.slice(repair.start, repair.end).join('');
    // The repair is only meaningful if it names exactly the damaged source it replaces.
    if (damaged !== repair.damaged) {
      throw new Error(`repair ${repair.number}: damaged ${JSON.stringify(repair.damaged)} is not source[${repair.start}:${repair.end}] = ${JSON.stringify(damaged)}`);
    }
    out.push(src.slice(cursor, repair.start).join(''));
    const repairedLength = codePoints(repair.repaired).length;
    const textStart = repair.start + shift;
    placed.push({ repair, textStart, textEnd: textStart + repairedLength });
    out.push(repair.repaired);
    shift += repairedLength - (repair.end - repair.start);
    cursor = repair.end;
  }
  out.push(src.slice(cursor).join(''));
  const text = out.join('');
  const txt = codePoints(text);

  /** Offset in `text` of a source offset that is not strictly inside a repair span. */
  const toRepaired = (offset: number): number => {
    let delta = 0;
    for (const p of placed) {
      if (offset <= p.repair.start) break;
      if (offset < p.repair.end) throw new Error(`source offset ${offset} lies inside repair ${p.repair.number}`);
      delta = p.textEnd - p.repair.end;
    }
    return offset + delta;
  };

  /** Source offset for a text offset used as a range start (inside a repair: the repair's start). */
  const startToSource = (offset: number): number => {
    let delta = 0;
    for (const p of placed) {
      if (offset < p.textStart) break;
      if (offset < p.textEnd) return p.repair.start;
      delta = p.repair.end - p.textEnd;
    }
    return offset + delta;
  };

  /** Source offset for a text offset used as a range end (inside or at the end of a repair: the repair's end). */
  const endToSource = (offset: number): number => {
    let delta = 0;
    for (const p of placed) {
      if (offset <= p.textStart) break;
      if (offset <= p.textEnd) return p.repair.end;
      delta = p.repair.end - p.textEnd;
    }
    return offset + delta;
  };

  const checkRange = (start: number, end: number, length: number, what: string): void => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      throw new Error(`invalid ${what} range ${start}..${end} (length ${length})`);
    }
  };

  const sourceRef = (start: number, end: number): SourceRef => {
    checkRange(start, end, src.length, 'source');
    let s = start;
    let e = end;
    // Widen over every repair the range touches, so quote and text always correspond.
    for (const p of placed) {
      const { start: rs, end: re } = p.repair;
      const touches = (rs < e && re > s) || (s === e && rs < s && s < re);
      if (touches) {
        s = Math.min(s, rs);
        e = Math.max(e, re);
      }
    }
    return {
      start: s,
      end: e,
      quote: src.slice(s, e).join(''),
      text: txt.slice(toRepaired(s), toRepaired(e)).join(''),
    };
  };

  return {
    source,
    text,
    repairs: sorted,
    toSource: (repairedOffset: number): number => {
      checkRange(repairedOffset, repairedOffset, txt.length, 'repaired');
      return startToSource(repairedOffset);
    },
    sourceRef,
    sourceRefFromRepaired: (start: number, end: number): SourceRef => {
      checkRange(start, end, txt.length, 'repaired');
      const s = startToSource(start);
      const e = start === end ? s : endToSource(end);
      return sourceRef(s, Math.max(s, e));
    },
  };
}

/** Reads `report.txt` and `repairs.json` from a report directory (e.g. seed/reports/huozhou-2024). */
export function loadRepairedDocument(reportDir: string, reportId = 'huozhou-2024'): RepairedDocument {
  const source = readFileSync(join(reportDir, 'report.txt'), 'utf8');
  // repairs.json is an optional overlay: a report without encoding damage has none.
  const repairsFile = join(reportDir, 'repairs.json');
  const raw: unknown = existsSync(repairsFile) ? JSON.parse(readFileSync(repairsFile, 'utf8')) : [];
  if (!Array.isArray(raw)) throw new Error(`${reportDir}/repairs.json is not an array`);
  const repairs = raw.map((entry: unknown, i: number): RepairRecord => parseRepair(entry, i, reportId));
  return makeRepairedDocument(source, repairs);
}

/** Checks one repairs.json entry field by field (the file is curated by hand and reviewed). */
function parseRepair(entry: unknown, index: number, reportId: string): RepairRecord {
  if (typeof entry !== 'object' || entry === null) throw new Error(`repairs.json[${index}] is not an object`);
  const e = entry as Record<string, unknown>;
  const num = (k: string): number => {
    const v = e[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`repairs.json[${index}].${k} is not a number`);
    return v;
  };
  const str = (k: string): string => {
    const v = e[k];
    if (typeof v !== 'string') throw new Error(`repairs.json[${index}].${k} is not a string`);
    return v;
  };
  const evidence = e['evidence'];
  if (!Array.isArray(evidence) || !evidence.every((x): x is string => typeof x === 'string')) {
    throw new Error(`repairs.json[${index}].evidence is not a list of strings`);
  }
  const number = num('number');
  return {
    reportId,
    id: `repair-${number}`,
    number,
    start: num('start'),
    end: num('end'),
    damaged: str('damaged'),
    repaired: str('repaired'),
    method: str('method'),
    evidence,
    confidence: num('confidence'),
  };
}
