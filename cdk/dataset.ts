/**
 * Builds the report's dataset once per synth. The stack needs its content hash
 * (a custom-resource property, so a changed dataset re-runs the seed) and the
 * seeder needs the JSON itself; building it here and copying the very same file
 * into the seeder's bundle guarantees the hash in the template is the hash of
 * the data that is shipped (building it a second time in a bundling hook could
 * not promise that, and would cost another process start).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDataset, canonicalJson } from '../seed/build/index';

export interface PreparedDataset {
  reportId: string;
  /** Content hash of the dataset (report.datasetVersion). */
  version: string;
  /** A JSON file holding exactly this dataset. */
  file: string;
}

export const prepareDataset = (reportDir: string): PreparedDataset => {
  const dataset = buildDataset(reportDir);
  const { reportId, datasetVersion } = dataset.report;
  // Content-addressed name: re-synths of an unchanged dataset reuse one file.
  const file = path.join(os.tmpdir(), `report-dataset-${reportId}-${datasetVersion}.json`);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, canonicalJson(dataset));
    fs.renameSync(tmp, file);
  }
  return { reportId, version: datasetVersion, file };
};
