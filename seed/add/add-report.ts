/**
 * Adds one report to the collection as data: seed/reports/<id>/report.txt (a
 * byte-identical copy, checked by SHA-256) and a generated report.json. Used
 * by `npm run add-report` and by scripts/import-collection.ts. Every failure
 * is a value ({ ok: false, error }) and leaves no folder behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatMetaErrors, validateReportMeta, type Names, type PlaceLevel, type ReportMeta } from '../report-meta';
import { placeNames, pinyinId, reportTitle, toTraditional } from './names';
import { NATION, resolvePlace, type Place } from './places';
import { decodeReport, detectReviewYear, detectScript } from './text';
import { checkReportFolder } from './validate-folder';

export interface AddReportOptions {
  file: string;
  place: string;
  province?: string;
  level?: PlaceLevel;
  id?: string;
  reviewYear?: number;
  reportsDir: string;
  force?: boolean;
  /** Where the text comes from; defaults to the file's name as given. */
  origin?: string;
  /** Accept a text that never names the place (normally a sign of the wrong file). */
  skipPlaceCheck?: boolean;
  /** Licence and attribution to keep beside the text; a function gets the place's names and level. */
  attribution?: string | ((name: Names, level: PlaceLevel) => string);
}

export type AddReportResult =
  | { ok: true; id: string; dir: string; meta: ReportMeta; notes: string[]; summary: string }
  | { ok: false; error: string };

export const publicDocument = (name: Names, level?: PlaceLevel): string =>
  level === 'NATIONAL'
    ? `The report is a public document of the State Council of the ${name.en ?? name.zhHans} (${name.zhHans}国务院).`
    : `The report is a public document of the government of ${name.en ?? name.zhHans} (${name.zhHans}).`;

/** How the national report opens (现在，我代表国务院，向大会报告政府工作): the State Council delivers it. */
export const NATIONAL_SPEAKER = '我代表国务院';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

const readMeta = (dir: string): ReportMeta | null => {
  try {
    const parsed = validateReportMeta(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')));
    return parsed.ok ? parsed.meta : null;
  } catch {
    return null;
  }
};

/** `<place-pinyin>-<year>`; a different place already holding it gets the province pinyin added (泰州 after 台州). */
const chooseId = (
  place: Place,
  planYear: number,
  options: AddReportOptions,
): { ok: true; id: string; note?: string } | { ok: false; error: string } => {
  const exists = (id: string) => existsSync(path.join(options.reportsDir, id));
  const refuse = (id: string) => ({
    ok: false as const,
    error: `report ${id} already exists in ${options.reportsDir}; use --force to overwrite its report.txt and report.json`,
  });
  if (options.id) return exists(options.id) && !options.force ? refuse(options.id) : { ok: true, id: options.id };
  const base = place.level === 'NATIONAL' ? NATION.id : pinyinId(place.shortName);
  const tries = [
    `${base}-${planYear}`,
    ...(place.province ? [`${base}-${pinyinId(place.province.shortName)}-${planYear}`] : []),
    ...(place.code ? [`${base}-${place.code}-${planYear}`] : []),
  ];
  for (const [i, id] of tries.entries()) {
    if (!exists(path.join(id))) {
      return i === 0 ? { ok: true, id } : { ok: true, id, note: `id ${tries[0]} is another place's, so ${id}` };
    }
    const held = readMeta(path.join(options.reportsDir, id));
    // A folder without a readable report.json (huozhou-2024 before its report.json) is taken to be this place's.
    if (!held || (held.place.code === place.code && held.place.level === place.level)) return options.force ? { ok: true, id } : refuse(id);
  }
  return { ok: false, error: `no free id for ${place.name} (tried ${tries.join(', ')})` };
};

export const addReport = (options: AddReportOptions): AddReportResult => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.file);
  } catch (err) {
    return { ok: false, error: `cannot read ${options.file}: ${(err as Error).message}` };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return { ok: false, error: `${options.file}: ${decoded.error}` };
  const text = decoded.text;

  const resolved = resolvePlace(options.place, { province: options.province, level: options.level });
  if (!resolved.ok) return { ok: false, error: resolved.message };
  const place = resolved.place;
  // A place's own report names it; one that never does is another's (the shared 台州.txt is the State Council's report).
  // Every report names 中国, so the country's own is known by who delivers it: 我代表国务院.
  const spellings = place.level === 'NATIONAL' ? [NATIONAL_SPEAKER, toTraditional(NATIONAL_SPEAKER)] : [place.shortName, place.name, toTraditional(place.shortName)];
  if (!options.skipPlaceCheck && !spellings.some((s) => text.includes(s))) {
    return {
      ok: false,
      error:
        place.level === 'NATIONAL'
          ? `${options.file}: the text never says "${NATIONAL_SPEAKER}"; it is probably not the State Council's national report (--skip-place-check to add it anyway)`
          : `${options.file}: the text never names ${place.name} (${place.shortName}); it is probably not its report (--skip-place-check to add it anyway)`,
    };
  }

  const notes: string[] = [];
  let reviewYear = options.reviewYear;
  if (reviewYear === undefined) {
    const evidence = detectReviewYear(text);
    if (!evidence) {
      return { ok: false, error: `${options.file}: the text names no reviewed year (no "20XX年工作回顾"); give --review-year YEAR` };
    }
    reviewYear = evidence.reviewYear;
    notes.push(`review year ${reviewYear} from the ${evidence.rule}: "${evidence.quote}"`);
  }
  const planYear = reviewYear + 1;

  const chosen = chooseId(place, planYear, options);
  if (!chosen.ok) return chosen;
  if (chosen.note) notes.push(chosen.note);
  const id = chosen.id;

  const names = placeNames(place);
  const meta: ReportMeta = {
    id,
    title: reportTitle(place, planYear),
    place: {
      name: names.name,
      ...(names.prefecture && { prefecture: names.prefecture }),
      province: names.province,
      level: place.level,
      code: place.code,
    },
    reviewYear,
    planYear,
    // The texts carry no reliable date or speaker line for a rule to read yet: null, never guessed.
    date: null,
    speaker: null,
    speakerRole: null,
    occasion: null,
    script: detectScript(text).script,
    source: {
      file: 'report.txt',
      sha256: sha256(bytes),
      characters: [...text].length,
      origin: options.origin ?? `file ${path.basename(options.file)}, added with add-report`,
      officialUrl: null,
    },
    attribution:
      typeof options.attribution === 'function'
        ? options.attribution(names.name, place.level)
        : (options.attribution ?? publicDocument(names.name, place.level)),
  };
  const checked = validateReportMeta(meta);
  if (!checked.ok) return { ok: false, error: `generated report.json is invalid:\n${formatMetaErrors(checked.errors)}` };

  const dir = path.join(options.reportsDir, id);
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, 'report.txt');
  writeFileSync(target, bytes);
  if (sha256(readFileSync(target)) !== meta.source.sha256) {
    if (!existed) rmSync(dir, { recursive: true, force: true });
    return { ok: false, error: `copy of ${options.file} to ${target} is not byte-identical` };
  }
  writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(meta, null, 2)}\n`);

  const check = checkReportFolder(dir);
  if (!check.ok) {
    if (!existed) rmSync(dir, { recursive: true, force: true });
    return { ok: false, error: `${id} does not validate:\n${check.errors.join('\n')}` };
  }
  const summary =
    `${id}: ${place.name} (${place.province ? `${place.province.name}, ` : ''}${place.level}, ${place.code ?? 'no code'}), review ${reviewYear} → plan ${planYear}, ` +
    `${meta.script}, ${meta.source.characters} characters; ${check.summary}`;
  return { ok: true, id, dir, meta, notes, summary };
};
