/**
 * `npm run build:dataset [-- --report DIR ...] [--out FILE]`: builds and
 * validates the collection (or the given reports); prints each report's
 * counts and version; with --out writes `{ "datasets": [...] }` as canonical
 * JSON, which `npm run seed -- --dataset FILE` publishes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../extract';
import { buildCollection, reportDirs } from '../collection';
import { argValue, argValues } from './args';

const argv = process.argv.slice(2);
const dirs = argValues(argv, 'report').map((d) => path.resolve(d));
const out = argValue(argv, 'out');

const { datasets, failures } = buildCollection(dirs.length ? dirs : reportDirs());
for (const ds of datasets) console.log(`${ds.report.reportId} v${ds.report.datasetVersion}: ${JSON.stringify(ds.report.counts)}`);
for (const f of failures) console.error(`failed ${f.reportDir}: ${f.error}`);
if (out) {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, canonicalJson({ datasets }));
  console.log(`wrote ${datasets.length} dataset(s) to ${out}`);
}
if (failures.length && !datasets.length) process.exit(1);
