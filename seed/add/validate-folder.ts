/**
 * Checks one report folder as the seed will read it: report.json valid,
 * report.txt non-empty UTF-8 whose SHA-256 and length match report.json, and
 * (where the extraction can read the report) the dataset builds, with its counts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset } from '../extract';
import { formatMetaErrors, validateReportMeta, type ReportMeta } from '../report-meta';
import { decodeReport } from './text';

export interface DatasetCounts {
  figures: number;
  targets: number;
  indicatorLinks: number;
  /** What the extraction says it could not read (no plan heading …). */
  notes: string[];
}

export type BuildOutcome = { ok: true; counts: DatasetCounts } | { ok: false; error: string };

/** Runs the dataset build on the folder and counts what it extracted; a throw is a value here. */
export const buildCounts = (dir: string, id: string): BuildOutcome => {
  try {
    const { figures, report } = buildDataset(dir);
    if (report.reportId !== id) return { ok: false, error: `the build names the report ${report.reportId}, not ${id}` };
    return {
      ok: true,
      counts: {
        figures: figures.length,
        targets: figures.filter((f) => f.kind === 'TARGET').length,
        indicatorLinks: figures.filter((f) => f.indicatorId !== null).length,
        notes: report.extractionNotes,
      },
    };
  } catch (err) {
    return { ok: false, error: (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'build failed' };
  }
};

/**
 * 'require': the dataset build must read the report (the general extraction reads every
 * report folder), so a build that throws refuses the report. 'try' reports a failure
 * without refusing (the collection doc lists such reports); 'skip' checks only the files.
 */
export type BuildMode = 'skip' | 'try' | 'require';
const DEFAULT_BUILD_MODE: BuildMode = 'require';

export type FolderCheck =
  | { ok: true; meta: ReportMeta; build: BuildOutcome | null; summary: string }
  | { ok: false; errors: string[] };

export const checkReportFolder = (dir: string, buildMode: BuildMode = DEFAULT_BUILD_MODE): FolderCheck => {
  const errors: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  } catch (err) {
    return { ok: false, errors: [`report.json: ${(err as Error).message}`] };
  }
  const parsed = validateReportMeta(raw);
  if (!parsed.ok) return { ok: false, errors: [formatMetaErrors(parsed.errors)] };
  const meta = parsed.meta;
  if (meta.id !== path.basename(dir)) errors.push(`report.json id ${meta.id} differs from the folder name ${path.basename(dir)}`);

  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(dir, meta.source.file));
  } catch (err) {
    return { ok: false, errors: [...errors, `${meta.source.file}: ${(err as Error).message}`] };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) errors.push(`${meta.source.file}: ${decoded.error}`);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== meta.source.sha256) errors.push(`${meta.source.file}: sha256 ${digest} differs from report.json ${meta.source.sha256}`);
  if (decoded.ok && [...decoded.text].length !== meta.source.characters) {
    errors.push(`${meta.source.file}: ${[...decoded.text].length} characters, report.json says ${meta.source.characters}`);
  }
  if (errors.length) return { ok: false, errors };

  if (buildMode === 'skip') return { ok: true, meta, build: null, summary: 'metadata and text valid' };
  const build = buildCounts(dir, meta.id);
  if (!build.ok && buildMode === 'require') return { ok: false, errors: [`dataset build: ${build.error}`] };
  const summary = build.ok
    ? `${build.counts.figures} figures, ${build.counts.targets} targets, ${build.counts.indicatorLinks} indicator links`
    : `metadata and text valid; the dataset build failed (${build.error})`;
  return { ok: true, meta, build, summary };
};
