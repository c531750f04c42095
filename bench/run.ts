/**
 * `npm run bench`: the cold-start bench (bench/cold-start.ts) of the current
 * tree against the commits before the cold-start work, rotating process by
 * process; prints the table and rewrites the measured block of
 * docs/bench-cold-start.md (between its bench:cold-start markers).
 *
 *   npm run bench [-- --samples 9] [-- --baseline <ref> …] [-- --no-write]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeRun, headlineTable, median, rawLines, runColdStart, warmLines } from './cold-start';

/**
 * The "before" of docs/bench-cold-start.md: the tree the cold-start work
 * started from (39bf20e), and the last commit before its first change
 * (b99cc4b: others' features in between, e.g. bulk downloads).
 */
const BASELINES = ['39bf20e', 'b99cc4b'];
const DOC = path.resolve(__dirname, '..', 'docs', 'bench-cold-start.md');
const BEGIN = '<!-- bench:cold-start:begin (written by `npm run bench`) -->';
const END = '<!-- bench:cold-start:end -->';
/** The product's targets (issue 5). */
const TARGET_MS = 150;
const TARGET_BYTES = 1024 * 1024;

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '9' },
    warm: { type: 'string', default: '20' },
    baseline: { type: 'string', multiple: true, default: BASELINES },
    'no-write': { type: 'boolean', default: false },
  },
});

const main = async (): Promise<void> => {
  const result = await runColdStart({
    samples: Number(values.samples),
    warm: Number(values.warm),
    baselines: values.baseline,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const current = result.variants.at(-1)!;
  const cold = median(current.samples.map((s) => s.importMs + s.firstMs));
  const verdict =
    `Targets: cold start ≤ ${TARGET_MS} ms (${cold <= TARGET_MS ? 'met' : `not met: ${cold.toFixed(0)} ms`}), ` +
    `bundle ≤ ${TARGET_BYTES.toLocaleString('en-US')} bytes (${current.bytes <= TARGET_BYTES ? 'met' : `not met: ${current.bytes.toLocaleString('en-US')}`}).`;
  const block = [
    BEGIN,
    '',
    `${describeRun(result)}.`,
    '',
    ...headlineTable(result),
    '',
    verdict,
    '',
    ...[...rawLines(result), ...warmLines(result)].map((l) => `- ${l}`),
    '',
    END,
  ].join('\n');
  process.stdout.write(`${block}\n`);
  if (values['no-write']) return;
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const next = start >= 0 && end > start ? doc.slice(0, start) + block + doc.slice(end + END.length) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(DOC, next);
  process.stderr.write(`wrote ${path.relative(process.cwd(), DOC)}\n`);
};

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
