/**
 * `npm run bench`: in one run on loopback, the cold start (bench/cold-start.ts:
 * fresh processes of the production bundle beside a do-nothing node process)
 * and the warm throughput (bench/throughput.ts: bare node:http, the API cached
 * and uncached, plain graphql-js over the same data in memory), then RSS with
 * every report warm. Prints the results with the machine's load and rewrites
 * the measured blocks of docs/bench.md and docs/bench-cold-start.md.
 *
 *   npm run bench [-- --samples 9] [-- --seconds 3 --rounds 3] [-- --tricks] [-- --baseline <ref>]… [-- --no-write]
 *
 * --tricks also builds the bundle without each bundling trick of cdk/bundling.ts
 * (one variant each) to show what each buys, side by side.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleTricks } from '../cdk/bundling';
import { runColdStart } from './cold-start';
import { coldStartLines, coldStartTable, coldStartVerdict, describeColdStart, machine, pairedTable, perKindTable, rssLines, throughputTable, throughputVerdict } from './report';
import { runThroughput } from './throughput';

const DOCS = path.resolve(__dirname, '..', 'docs');

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '9' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    tricks: { type: 'boolean', default: false },
    baseline: { type: 'string', multiple: true, default: [] },
    'no-write': { type: 'boolean', default: false },
  },
});

/** Replaces the block between `<!-- bench:<name>:begin … -->` and `<!-- bench:<name>:end -->` (appends it when missing). */
const writeBlock = (file: string, name: string, lines: string[]): void => {
  const begin = `<!-- bench:${name}:begin (written by \`npm run bench\`) -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = [begin, '', ...lines, '', end].join('\n');
  const doc = fs.readFileSync(file, 'utf8');
  const start = doc.indexOf(begin);
  const stop = doc.indexOf(end);
  const next = start >= 0 && stop > start ? doc.slice(0, start) + block + doc.slice(stop + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)} (${name})\n`);
};

const main = async (): Promise<void> => {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const loadBefore = os.loadavg();
  const cold = await runColdStart({
    samples: Number(values.samples),
    warm: 0,
    baselines: values.baseline,
    without: values.tricks ? Object.keys(bundleTricks()) : [],
    log,
  });
  const warm = await runThroughput({ seconds: Number(values.seconds), rounds: Number(values.rounds), connections: Number(values.connections), log });
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const paired = values.tricks ? ['', 'Each trick left out, side by side (positive: the bundle without it is slower):', '', ...pairedTable(cold)] : [];
  const coldBlock = [`${describeColdStart(cold)}.`, '', ...coldStartTable(cold), ...paired, '', ...coldStartVerdict(cold), '', ...coldStartLines(cold).map((l) => `- ${l}`)];
  const benchBlock = [
    `${date} UTC. ${machine(loadBefore, os.loadavg())}. Load generator: ${warm.connections} keep-alive connections, closed loop, in its own process; each server in its own process; ` +
      `${warm.rounds} rounds of ${warm.seconds} s per target, rotating; every figure is the median round.`,
    '',
    '### Against the targets',
    '',
    ...throughputVerdict(warm),
    ...coldStartVerdict(cold),
    '',
    '### Warm throughput',
    '',
    ...throughputTable(warm),
    '',
    ...perKindTable(warm),
    '',
    '### Memory (API process)',
    '',
    ...rssLines(warm),
    '',
    '### Cold start',
    '',
    ...coldStartTable(cold),
    '',
    ...coldStartLines(cold).map((l) => `- ${l}`),
  ];
  process.stdout.write(`${benchBlock.join('\n')}\n`);
  if (values['no-write']) return;
  writeBlock(path.join(DOCS, 'bench.md'), 'results', benchBlock);
  writeBlock(path.join(DOCS, 'bench-cold-start.md'), 'cold-start', coldBlock);
};

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
