/** The report folders of a reports directory, read through report.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateReportMeta, type ReportMeta } from '../report-meta';

/** Every folder with a valid report.json, sorted by id; folders without one (not yet described) are skipped. */
export const allReportMeta = (reportsDir: string): ReportMeta[] => {
  if (!existsSync(reportsDir)) return [];
  const metas: ReportMeta[] = [];
  for (const id of readdirSync(reportsDir).sort()) {
    const file = path.join(reportsDir, id, 'report.json');
    if (!existsSync(file)) continue;
    const parsed = validateReportMeta(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.ok) metas.push(parsed.meta);
  }
  return metas;
};
