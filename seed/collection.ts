/**
 * The collection: every report folder under seed/reports (one with a
 * report.txt) built into a dataset. A report whose build fails is reported,
 * not fatal: the others are still served.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../lambda/data/records';
import { buildDataset } from './extract';
import { sha256, withComputedVersion } from './canonical';

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

/** Every file under the given folders, sorted (the inputs a build depends on). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();

/** The extraction code and shared rule data: a change to any of them invalidates every cached build. */
const RULE_DIRS = ['build', 'catalogue', 'repair'].map((d) => path.join(__dirname, d));

const hashFiles = (files: readonly string[]): string => {
  const h: string[] = [];
  for (const f of files) h.push(`${path.relative(__dirname, f)}\0${sha256(readFileSync(f))}`);
  return sha256(h.join('\n')).slice(0, 16);
};

export interface BuildOptions {
  /** Keep built datasets here, keyed by a hash of the report folder and of the rules: an unchanged report is read back, not rebuilt. */
  cacheDir?: string;
}

const cachedBuild = (dir: string, rulesKey: string, cacheDir: string | undefined): Dataset => {
  if (!cacheDir) return buildDataset(dir);
  const key = sha256(`${rulesKey}:${hashFiles(filesUnder(dir))}`).slice(0, 16);
  const file = path.join(cacheDir, `${path.basename(dir)}.${key}.json`);
  if (existsSync(file) && statSync(file).size > 0) return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  const ds = buildDataset(dir);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(ds));
  renameSync(`${file}.tmp`, file);
  return ds;
};

export const buildCollection = (dirs: readonly string[] = reportDirs(), options: BuildOptions = {}): CollectionBuild => {
  const out: CollectionBuild = { datasets: [], sources: new Map(), failures: [] };
  const rulesKey = options.cacheDir ? hashFiles(RULE_DIRS.filter(existsSync).flatMap(filesUnder)) : '';
  for (const dir of dirs) {
    try {
      const ds = cachedBuild(dir, rulesKey, options.cacheDir);
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
