/**
 * The collection: every report folder under seed/reports (one with a
 * report.txt) built into a dataset. A report whose build fails is reported,
 * not fatal: the others are still served.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../lambda/data/records';
import { buildDataset } from './build';
import { withComputedVersion } from './canonical';

export { withComputedVersion };

export const REPORTS_ROOT = path.resolve(__dirname, 'reports');

export const reportDirs = (root = REPORTS_ROOT): string[] =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'report.txt')))
    .map((d) => path.join(root, d.name))
    .sort();

export interface CollectionBuild {
  datasets: Dataset[];
  /** Report texts by id, for provenance validation before writing. */
  sources: Map<string, string>;
  failures: { reportDir: string; error: string }[];
}

export const buildCollection = (dirs: readonly string[] = reportDirs()): CollectionBuild => {
  const out: CollectionBuild = { datasets: [], sources: new Map(), failures: [] };
  for (const dir of dirs) {
    try {
      const ds = buildDataset(dir);
      out.datasets.push(ds);
      out.sources.set(ds.report.reportId, readFileSync(path.join(dir, 'report.txt'), 'utf8'));
    } catch (err) {
      out.failures.push({ reportDir: dir, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
};

/** Reads what `npm run build:dataset -- --out FILE` wrote: one dataset, an array, or `{ datasets: [...] }`. */
export const readDatasetFile = (file: string): Dataset[] => {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Dataset | Dataset[] | { datasets: Dataset[] };
  const list = Array.isArray(parsed) ? parsed : 'datasets' in parsed ? parsed.datasets : [parsed];
  for (const ds of list) {
    if (!ds || typeof ds !== 'object' || !ds.report?.reportId || !Array.isArray(ds.figures)) {
      throw new Error(`${file} is not a dataset written by npm run build:dataset`);
    }
  }
  return list.map(withComputedVersion);
};
