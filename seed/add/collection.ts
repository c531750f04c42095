/** The report folders of a reports directory, read through report.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatMetaErrors, validateReportMeta, type ReportMeta } from '../report-meta';

/**
 * Every folder's report.json, sorted by id; folders without one (not yet described) are skipped,
 * an invalid one throws with all its problems.
 */
export const allReportMeta = (reportsDir: string): ReportMeta[] => {
  if (!existsSync(reportsDir)) return [];
  const metas: ReportMeta[] = [];
  for (const id of readdirSync(reportsDir).sort()) {
    const file = path.join(reportsDir, id, 'report.json');
    if (!existsSync(file)) continue;
    const parsed = validateReportMeta(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is invalid:\n${formatMetaErrors(parsed.errors)}`);
    metas.push(parsed.meta);
  }
  return metas;
};
