/**
 * What the build reads of a report's report.json. seed/report-meta.ts (the
 * addreport helper) holds the full type and its validator; this is the
 * minimal local view the extraction needs, checked field by field so a bad
 * file fails with its name and field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalizedText, PlaceLevel, PlaceRecord } from '../../lambda/data/records';
import { localizerFor, type Script } from './localize';
import { LEVELS } from '../report-meta';

/** A top-level heading as written, and which part of the report it opens. */
export interface LayoutHeading {
  text: string;
  role: 'REVIEW' | 'PLAN' | 'OTHER';
}

/** Per-report hints (report.json `layout`): data, never code. All optional; rules find the rest. */
export interface ReportLayout {
  /** Top-level headings in report order (when given, no other top-level heading is looked for). */
  headings?: LayoutHeading[];
  /** Where the appendix starts (`marker`, e.g. "\n附件") and the end of its heading (`title`). */
  appendix?: { marker: string; title: string };
  /** [opening words, sectorId]: the sector of everything after the words (in report order). */
  sectorAnchors?: [string, string][];
  /** Characters that break paragraphs (a clause never spans one); a line break when not given. */
  paragraphBreaks?: string;
}

export interface ReportMeta {
  id: string;
  title: LocalizedText;
  reviewYear: number;
  planYear: number;
  date: string | null;
  speaker: LocalizedText | null;
  speakerRole: LocalizedText | null;
  occasion: LocalizedText | null;
  script: Script;
  layout: ReportLayout;
  /** The place, from the division data (null where report.json has none). */
  place: PlaceRecord | null;
  /** The source's terms and attribution, kept beside it. */
  attribution: string | null;
  /** The official publication, where known. */
  officialUrl: string | null;
}

const place = (file: string, raw: Json, script: Script): PlaceRecord | null => {
  const p = raw['place'];
  if (p === null || p === undefined) return null;
  if (!isObject(p)) return fail(file, 'place', 'is not an object');
  const level = p['level'];
  if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) return fail(file, 'place.level', `is not one of ${LEVELS.join(', ')}`);
  const code = p['code'];
  if (code !== null && code !== undefined && (typeof code !== 'string' || !/^\d{6}$/.test(code))) return fail(file, 'place.code', 'is not a six-digit division code');
  return {
    name: text(file, p, 'name', script) ?? fail(file, 'place.name', 'is missing'),
    province: text(file, p, 'province', script),
    level: level as PlaceLevel,
    code: typeof code === 'string' ? code : null,
  };
};

export const REPORT_META_FILE = 'report.json';

const fail = (file: string, field: string, what: string): never => {
  throw new Error(`${file}: ${field} ${what}`);
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text field: null, a string in the report's script, or { zhHans, zhHant, en }. */
const text = (file: string, raw: Json, field: string, script: Script): LocalizedText | null => {
  const v = raw[field];
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return localizerFor(script)(v);
  if (!isObject(v)) return fail(file, field, 'is neither a string nor { zhHans, zhHant, en }');
  const { zhHans, zhHant, en } = v;
  if (typeof zhHans !== 'string' || typeof zhHant !== 'string') return fail(file, field, 'lacks zhHans or zhHant');
  if (en !== null && en !== undefined && typeof en !== 'string') return fail(file, `${field}.en`, 'is not a string');
  return { zhHant, zhHans, en: typeof en === 'string' ? en : null };
};

const year = (file: string, raw: Json, field: string): number => {
  const v = raw[field];
  return typeof v === 'number' && Number.isInteger(v) && v > 1949 && v < 2100 ? v : fail(file, field, 'is not a year');
};

export const parseReportMeta = (raw: unknown, file = REPORT_META_FILE): ReportMeta => {
  if (!isObject(raw)) return fail(file, '(root)', 'is not an object');
  const script = raw['script'];
  if (script !== 'zh-Hans' && script !== 'zh-Hant') return fail(file, 'script', 'is not "zh-Hans" or "zh-Hant"');
  const id = raw['id'];
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return fail(file, 'id', 'is not a lowercase slug');
  const title = text(file, raw, 'title', script) ?? fail(file, 'title', 'is missing');
  const date = raw['date'];
  if (date !== null && date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)))
    return fail(file, 'date', 'is not an ISO date (YYYY-MM-DD) or null');
  const layout = raw['layout'] ?? {};
  if (!isObject(layout)) return fail(file, 'layout', 'is not an object');
  const reviewYear = year(file, raw, 'reviewYear');
  const planYear = year(file, raw, 'planYear');
  if (planYear !== reviewYear + 1) fail(file, 'planYear', 'is not the year after reviewYear');
  return {
    id,
    title,
    reviewYear,
    planYear,
    date: typeof date === 'string' ? date : null,
    speaker: text(file, raw, 'speaker', script),
    speakerRole: text(file, raw, 'speakerRole', script),
    occasion: text(file, raw, 'occasion', script),
    script,
    // Hints are read as given: each consumer checks the part it uses (a stale hint fails loudly there).
    layout: layout as ReportLayout,
    place: place(file, raw, script),
    attribution: typeof raw['attribution'] === 'string' ? raw['attribution'] : null,
    officialUrl: isObject(raw['source']) && typeof raw['source']['officialUrl'] === 'string' ? raw['source']['officialUrl'] : null,
  };
};

export const loadReportMeta = (reportDir: string): ReportMeta => {
  const file = path.join(reportDir, REPORT_META_FILE);
  return parseReportMeta(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
};
