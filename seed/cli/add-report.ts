/**
 * `npm run add-report -- --file PATH --place NAME [--id ID] [--province NAME]
 *   [--level NATIONAL|PROVINCIAL|PREFECTURE|COUNTY] [--review-year YEAR] [--reports-dir DIR]
 *   [--origin TEXT] [--attribution TEXT] [--force] [--skip-place-check]`
 * Adds a report as data (seed/reports/<id>/report.txt + report.json); no code per report.
 * The State Council's national report: `--place 中华人民共和国 --level NATIONAL` (no --province; id china-<year>).
 * Exit codes: 0 added, 1 refused (unknown/ambiguous place, no year, id taken, invalid), 2 usage.
 */
import path from 'node:path';
import { addReport } from '../add/add-report';
import { LEVELS, type PlaceLevel } from '../report-meta';
import { argValue, hasFlag } from './args';

const USAGE =
  'usage: npm run add-report -- --file PATH --place NAME [--id ID] [--province NAME] [--level NATIONAL|PROVINCIAL|PREFECTURE|COUNTY]\n' +
  '         [--review-year YEAR] [--reports-dir DIR] [--origin TEXT] [--attribution TEXT] [--force] [--skip-place-check]';

export const DEFAULT_REPORTS_DIR = path.resolve(__dirname, '..', 'reports');

const usage = (problem: string): never => {
  console.error(`add-report: ${problem}\n${USAGE}`);
  process.exit(2);
};

const argv = process.argv.slice(2);
const file = argValue(argv, 'file') ?? usage('--file is required');
const place = argValue(argv, 'place') ?? usage('--place is required');
const yearArg = argValue(argv, 'review-year');
const reviewYear = yearArg === undefined ? undefined : /^\d{4}$/.test(yearArg) ? Number(yearArg) : usage(`--review-year "${yearArg}" is not a year`);
const levelArg = argValue(argv, 'level');
const levels: readonly string[] = LEVELS;
const level = levelArg === undefined ? undefined : levels.includes(levelArg) ? (levelArg as PlaceLevel) : usage(`--level must be one of ${levels.join(', ')}`);
const id = argValue(argv, 'id');
if (id !== undefined && !/^[a-z]+(?:-[a-z]+)*-\d{4}$/.test(id)) usage(`--id "${id}" must look like <place-pinyin>-<year> (lowercase ascii)`);

const result = addReport({
  file: path.resolve(file),
  place,
  province: argValue(argv, 'province'),
  level,
  id,
  reviewYear,
  reportsDir: path.resolve(argValue(argv, 'reports-dir') ?? DEFAULT_REPORTS_DIR),
  force: hasFlag(argv, 'force'),
  skipPlaceCheck: hasFlag(argv, 'skip-place-check'),
  origin: argValue(argv, 'origin'),
  attribution: argValue(argv, 'attribution'),
});

if (!result.ok) {
  console.error(`add-report: ${result.error}`);
  process.exit(1);
}
for (const note of result.notes) console.log(`note: ${note}`);
console.log(`added ${result.summary}`);
