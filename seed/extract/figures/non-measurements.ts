/**
 * The documented list of numerals that are not measurements (dates, note
 * markers, names, ordinals …): seed/reports/<id>/non-measurements.json.
 * Each entry is an exact `match` in the repaired body (its nth occurrence or
 * all of them) or, for the few systematic categories, a regular expression.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const NON_MEASUREMENT_REASONS = [
  'date',
  'year',
  'note-marker',
  'numbering',
  'enumeration',
  'ordinal',
  'anniversary',
  'name',
  'place-name',
  'grade',
  'group-qualifier',
  'denominator',
  'period',
  'fixed-term',
  'idiom',
] as const;
export type NonMeasurementReason = (typeof NON_MEASUREMENT_REASONS)[number];

export interface NonMeasurementEntry {
  /** Exact text in the repaired body (give either match or pattern). */
  match?: string;
  /** A regular expression (source text, flags `gu` are added) for systematic categories. */
  pattern?: string;
  /** 1-based occurrence of `match` in the body, or every occurrence. */
  occurrence: number | 'all';
  reason: NonMeasurementReason;
  note?: string;
}

export interface NonMeasurementSpan {
  start: number;
  end: number;
  text: string;
  reason: NonMeasurementReason;
  entry: NonMeasurementEntry;
}

export const NON_MEASUREMENTS_FILE = 'non-measurements.json';

/** The report's own list, or null when it has none (the general rules apply then). */
export const loadNonMeasurements = (reportDir: string): NonMeasurementEntry[] | null => {
  const file = path.join(reportDir, NON_MEASUREMENTS_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as NonMeasurementEntry[];
};

const occurrences = (body: string, needle: string): number[] => {
  const found: number[] = [];
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length)) found.push(at);
  return found;
};

/**
 * Where each entry applies in `body` (offsets into it). An entry that matches
 * nothing, or names an occurrence that does not exist, is an error: a stale
 * list must not pass silently.
 */
export const resolveNonMeasurements = (
  body: string,
  entries: NonMeasurementEntry[],
  /** strict (a report's own list): an entry that matches nothing is an error; general rules may match nothing. */
  { strict = true }: { strict?: boolean } = {},
): NonMeasurementSpan[] => {
  const spans: NonMeasurementSpan[] = [];
  for (const entry of entries) {
    if (!NON_MEASUREMENT_REASONS.includes(entry.reason)) throw new Error(`non-measurement: unknown reason "${entry.reason}"`);
    let starts: { start: number; end: number }[];
    if (entry.match !== undefined && entry.pattern === undefined) {
      const needle = entry.match;
      starts = occurrences(body, needle).map((start) => ({ start, end: start + needle.length }));
    } else if (entry.pattern !== undefined && entry.match === undefined) {
      starts = [...body.matchAll(new RegExp(entry.pattern, 'gu'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    } else {
      throw new Error(`non-measurement: give exactly one of match or pattern (${JSON.stringify(entry)})`);
    }
    const label = entry.match ?? entry.pattern ?? '';
    if (starts.length === 0) {
      if (!strict) continue;
      throw new Error(`non-measurement: "${label}" does not occur in the body`);
    }
    if (entry.occurrence !== 'all') {
      const one = starts[entry.occurrence - 1];
      if (!one) throw new Error(`non-measurement: "${label}" has no occurrence ${entry.occurrence} (found ${starts.length})`);
      starts = [one];
    }
    for (const s of starts) spans.push({ ...s, text: body.slice(s.start, s.end), reason: entry.reason, entry });
  }
  return spans;
};

/** True when `[start,end)` lies inside one of the spans. */
export const isCovered = (spans: { start: number; end: number }[], start: number, end: number): boolean =>
  spans.some((s) => s.start <= start && end <= s.end);
