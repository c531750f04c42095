/**
 * Regenerates seed/reports/<report>/repairs.json and layout.json from report.txt
 * and the curated readings in seed/repair/candidates.json.
 *
 *   npx tsx seed/repair/cli.ts            # write the files
 *   npx tsx seed/repair/cli.ts --check    # fail if the committed files differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRepairs, type CandidateFile } from './repairs';

const root = join(__dirname, '..', '..');
const candidatesPath = join(__dirname, 'candidates.json');
const file = JSON.parse(readFileSync(candidatesPath, 'utf8')) as CandidateFile;
const reportDir = join(root, 'seed', 'reports', file.reportId);
const source = readFileSync(join(reportDir, 'report.txt'), 'utf8');

const { repairs, layout } = buildRepairs(source, file);
const outputs: [string, string][] = [
  [join(reportDir, 'repairs.json'), JSON.stringify(repairs, null, 2) + '\n'],
  [join(reportDir, 'layout.json'), JSON.stringify(layout, null, 2) + '\n'],
];

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`out of date: ${stale.map(([p]) => p).join(', ')} (run npx tsx seed/repair/cli.ts)`);
    process.exit(1);
  }
  console.log('repairs.json and layout.json are up to date');
} else {
  for (const [path, text] of outputs) writeFileSync(path, text);
  for (const r of repairs) {
    console.log(`${r.number}\t${r.start}\t${r.damaged} → ${r.repaired}\t${r.confidence}\t${r.method}`);
  }
  console.log(`${repairs.length} repairs, ${layout.length} layout ?`);
}
