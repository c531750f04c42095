/**
 * `npm run build:dataset [-- --report DIR] [--out FILE]`: builds and validates
 * the dataset; prints its counts and version, writes canonical JSON with --out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset, canonicalJson, DEFAULT_REPORT_DIR } from '../build';
import { argValue } from './args';

const argv = process.argv.slice(2);
const reportDir = path.resolve(argValue(argv, 'report') ?? DEFAULT_REPORT_DIR);
const out = argValue(argv, 'out');

try {
  const dataset = buildDataset(reportDir);
  const { reportId, datasetVersion, counts } = dataset.report;
  console.log(`${reportId} v${datasetVersion}: ${JSON.stringify(counts)}`);
  if (out) {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(out, canonicalJson(dataset));
    console.log(`wrote ${out}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
