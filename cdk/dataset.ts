/**
 * Builds the collection once per synth. The stack needs its content hash (a
 * custom-resource property, so a changed collection re-runs the seed) and the
 * seeder needs the datasets themselves; building them here and copying the
 * very same file into the seeder's bundle guarantees the hash in the template
 * is the hash of the data that is shipped. The file is gzipped: 141 reports'
 * JSON compresses about tenfold, well inside a function package.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { canonicalJson } from '../seed/extract/index';
import { buildCollection, reportDirs } from '../seed/collection';
import { collectionVersionOf, publishedReportOf } from '../seed/publish';

export interface PreparedCollection {
  /** Content hash of the collection (what the published pointer will name). */
  version: string;
  reports: number;
  /** A gzipped JSON file `{ datasets: [...] }` holding exactly this collection. */
  file: string;
}

export const prepareCollection = (reportsRoot?: string): PreparedCollection => {
  const { datasets, failures } = buildCollection(reportDirs(reportsRoot));
  if (failures.length) throw new Error(`cannot build ${failures.map((f) => `${f.reportDir}: ${f.error}`).join('; ')}`);
  const version = collectionVersionOf(datasets.map(publishedReportOf));
  // Content-addressed name: re-synths of an unchanged collection reuse one file.
  const file = path.join(os.tmpdir(), `report-collection-${version}.json.gz`);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, gzipSync(canonicalJson({ datasets })));
    fs.renameSync(tmp, file);
  }
  return { version, reports: datasets.length, file };
};
