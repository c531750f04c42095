/**
 * Cold start of the API function, measured the way Lambda pays it: a fresh
 * Node.js process per sample imports the production bundle (built with the
 * stack's own esbuild options, cdk/bundling.ts) and answers one GraphQL query
 * through `handler(event)` against a seeded local table (dynalite).
 *
 * Headline ("cold start"): wall time of import + first answer, measured in the
 * child with performance.now(), median over N fresh processes. Node's own boot
 * (before our code runs; the Lambda runtime's part) is reported beside it.
 *
 * With --baseline <git ref> (repeatable), the bundle of each such commit (its
 * own lambda/ and cdk/bundling.ts, today's node_modules) is measured in the
 * same run, rotating process by process with the current one, so all see the
 * same machine load.
 *
 *   npx tsx bench/cold-start.ts [--samples 7] [--warm 20] [--baseline <ref>]...
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { startLocalTable } from './local-table';

const ROOT = path.resolve(__dirname, '..');

/** The query of the headline and its expected answer (glossary term 6 of the report). */
export const COLD_QUERY = '{ glossaryTerm(number: 6) { term { zhHant zhHans } definition { zhHant } } }';
const COLD_EXPECTED = '三無三可';

/**
 * Warm queries (after the cold one, same process): each text is unique (alias
 * q<i>) so Apollo's response cache never answers; half key look-ups, half list pages.
 */
const queryFor = (i: number): string =>
  i % 2 === 0
    ? `{ q${i}: glossaryTerm(number: ${1 + (i % 42)}) { term { zhHant zhHans } definition { zhHant } references { start end quote } } }`
    : `{ q${i}: glossaryTerms(first: ${1 + (i % 20)}) { totalCount nodes { number term { zhHant } } pageInfo { hasNextPage endCursor } } }`;

export interface Sample {
  /** ms from process start to our first line of code (Node's own boot). */
  bootMs: number;
  importMs: number;
  importCpuMs: number;
  firstMs: number;
  firstCpuMs: number;
  warmMs: number[];
  warmCpuMs: number;
  rssMb: number;
  statuses: number[];
}

export interface VariantResult {
  name: string;
  bytes: number;
  samples: Sample[];
}

export interface ColdStartResult {
  node: string;
  cpu: string;
  cpus: number;
  loadBefore: number[];
  loadAfter: number[];
  date: string;
  samples: number;
  warm: number;
  variants: VariantResult[];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const apiEvent = (query: string, i: number) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/graphql',
  rawQueryString: '',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  requestContext: {
    accountId: '000000000000',
    apiId: 'bench',
    domainName: 'bench.execute-api.us-east-1.amazonaws.com',
    domainPrefix: 'bench',
    http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    requestId: `bench-${i}`,
    routeKey: '$default',
    stage: '$default',
    time: '11/Apr/2024:00:00:00 +0000',
    timeEpoch: 1712793600000,
  },
  body: JSON.stringify({ query }),
  isBase64Encoded: false,
});

/** What the fresh process runs: timings around `import` and `handler`, written to a file (the function owns stdout). */
const childScript = (bundleUrl: string, resultFile: string): string => `
  const bootMs = performance.now();
  const { writeFileSync } = await import('node:fs');
  const cpu = (u) => (u.user + u.system) / 1000;
  const events = JSON.parse(process.env.BENCH_EVENTS);
  const ctx = (i) => ({ functionName: 'bench', awsRequestId: 'r' + i, invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:bench',
    memoryLimitInMB: '1024', functionVersion: '$LATEST', getRemainingTimeInMillis: () => 10000 });
  let c0 = process.cpuUsage(), t0 = performance.now();
  const { handler } = await import(${JSON.stringify(bundleUrl)});
  const importMs = performance.now() - t0, importCpuMs = cpu(process.cpuUsage(c0));
  c0 = process.cpuUsage(); t0 = performance.now();
  const first = await handler(events[0], ctx(0));
  const firstMs = performance.now() - t0, firstCpuMs = cpu(process.cpuUsage(c0));
  if (first.statusCode !== 200 || !String(first.body).includes(${JSON.stringify(COLD_EXPECTED)})) {
    throw new Error('cold query answered ' + first.statusCode + ': ' + first.body);
  }
  const statuses = [first.statusCode], warmMs = [];
  c0 = process.cpuUsage();
  for (let i = 1; i < events.length; i++) {
    const t = performance.now();
    statuses.push((await handler(events[i], ctx(i))).statusCode);
    warmMs.push(performance.now() - t);
  }
  const warmCpuMs = events.length > 1 ? cpu(process.cpuUsage(c0)) / (events.length - 1) : NaN;
  writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ bootMs, importMs, importCpuMs, firstMs, firstCpuMs, warmMs, warmCpuMs,
    rssMb: process.memoryUsage().rss / 2 ** 20, statuses: [...new Set(statuses)] }));
`;

type EsbuildOptionsFn = (entry: string, outfile: string, root?: string) => BuildOptions;

/** Builds lambda/handler.ts of `root` with that tree's own cdk/bundling.ts; returns the bundle path. */
const buildBundle = async (root: string, outDir: string): Promise<string> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { esbuildOptions } = require(path.join(root, 'cdk', 'bundling.ts')) as { esbuildOptions: EsbuildOptionsFn };
  const outfile = path.join(outDir, 'index.mjs');
  await build(esbuildOptions(path.join(root, 'lambda', 'handler.ts'), outfile, root));
  // What the stack's afterBundling hook adds beside the bundle (served only on GraphiQL routes).
  const graphiql = path.join(ROOT, 'dist', 'graphiql');
  if (fs.existsSync(graphiql)) fs.cpSync(graphiql, path.join(outDir, 'graphiql'), { recursive: true });
  return outfile;
};

/** The source tree of a commit, with today's node_modules linked in (no git state is touched). */
const checkoutTree = (ref: string, into: string): string => {
  fs.mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', ref, 'lambda', 'cdk', 'tsconfig.json', 'package.json'], { cwd: ROOT, maxBuffer: 256 << 20 });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  return into;
};

const runChild = (bundle: string, resultFile: string, env: Record<string, string>): Promise<void> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      // --enable-source-maps: the stack sets it in NODE_OPTIONS (cdk/report-function.ts).
      ['--enable-source-maps', '--input-type=module', '-e', childScript(pathToFileURL(bundle).href, resultFile)],
      { cwd: path.dirname(bundle), env, maxBuffer: 256 << 20 },
      (err, _out, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve()),
    );
  });

export interface ColdStartOptions {
  samples: number;
  warm: number;
  /** Commits to measure beside the working tree, oldest first. */
  baselines?: string[];
  log?: (line: string) => void;
}

export const runColdStart = async ({ samples, warm, baselines = [], log = () => undefined }: ColdStartOptions): Promise<ColdStartResult> => {
  if (samples < 5) throw new Error('--samples must be at least 5 (the headline is a median)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-cold-start-'));
  const loadBefore = os.loadavg();
  const table = await startLocalTable();
  try {
    const variants: { name: string; bundle: string }[] = [];
    for (const ref of baselines) {
      const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
      const tree = checkoutTree(sha, path.join(work, `src-${sha}`));
      variants.push({ name: sha, bundle: await buildBundle(tree, path.join(work, sha)) });
    }
    variants.push({ name: 'current', bundle: await buildBundle(ROOT, path.join(work, 'current')) });

    const events = [apiEvent(COLD_QUERY, 0), ...Array.from({ length: warm }, (_, i) => apiEvent(queryFor(i + 1), i + 1))];
    const env = {
      PATH: process.env.PATH ?? '',
      ...table.env,
      NODE_ENV: 'production',
      // As in Lambda (cdk/report-function.ts): INFO, so the operation's log line is part of the cost.
      POWERTOOLS_SERVICE_NAME: 'huozhou-report-api',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      BENCH_EVENTS: JSON.stringify(events),
    };
    const results: VariantResult[] = variants.map((v) => ({ name: v.name, bytes: fs.statSync(v.bundle).size, samples: [] }));
    for (let s = 0; s < samples; s++) {
      // Rotate the variants process by process so load from other jobs hits all alike.
      const order = variants.map((_, i) => (i + s) % variants.length);
      for (const i of order) {
        const v = variants[i]!;
        const resultFile = path.join(work, `sample-${i}-${s}.json`);
        await runChild(v.bundle, resultFile, { ...env, LAMBDA_TASK_ROOT: path.dirname(v.bundle) });
        const sample = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Sample;
        results[i]!.samples.push(sample);
        log(`${v.name}: import ${sample.importMs.toFixed(0)} ms + first query ${sample.firstMs.toFixed(0)} ms = ${(sample.importMs + sample.firstMs).toFixed(0)} ms`);
      }
    }
    return {
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown CPU',
      cpus: os.cpus().length,
      loadBefore,
      loadAfter: os.loadavg(),
      date: new Date().toISOString().slice(0, 10),
      samples,
      warm,
      variants: results,
    };
  } finally {
    await table.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
};

const coldMs = (s: Sample): number => s.importMs + s.firstMs;
const f0 = (n: number): string => n.toFixed(0);

/** The headline table: one row per variant, medians over the fresh processes. */
export const headlineTable = (r: ColdStartResult): string[] => [
  '| bundle | bytes | **cold start ms** (import + first query, median) | fastest process ms | import ms | first query ms | import CPU ms | first query CPU ms | Node boot ms (not ours) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...r.variants.map((v) => {
    const m = (f: (s: Sample) => number): string => f0(median(v.samples.map(f)));
    return `| ${v.name} | ${v.bytes.toLocaleString('en-US')} | **${m(coldMs)}** | ${f0(Math.min(...v.samples.map(coldMs)))} | ${m((s) => s.importMs)} | ${m((s) => s.firstMs)} | ${m((s) => s.importCpuMs)} | ${m((s) => s.firstCpuMs)} | ${m((s) => s.bootMs)} |`;
  }),
];

export const describeRun = (r: ColdStartResult): string =>
  `Node ${r.node}, ${r.cpu} (${os.arch()}, ${r.cpus} vCPU), ${r.date}; ${r.samples} fresh processes per bundle, rotating; ` +
  `load average ${r.loadBefore[0]!.toFixed(1)} before, ${r.loadAfter[0]!.toFixed(1)} after`;

export const rawLines = (r: ColdStartResult): string[] =>
  r.variants.map((v) => `${v.name}: cold start per process (ms) ${v.samples.map((s) => f0(coldMs(s))).join(', ')}`);

export const warmLines = (r: ColdStartResult): string[] =>
  r.warm === 0
    ? []
    : r.variants.map((v) => {
        const warm = v.samples.flatMap((s) => s.warmMs);
        const statuses = [...new Set(v.samples.flatMap((s) => s.statuses))];
        return (
          `${v.name}: warm request p50 ${pct(warm, 50).toFixed(1)} ms / p95 ${pct(warm, 95).toFixed(1)} ms, ` +
          `CPU ${median(v.samples.map((s) => s.warmCpuMs)).toFixed(1)} ms/request, peak RSS ${f0(Math.max(...v.samples.map((s) => s.rssMb)))} MB, HTTP ${statuses.join('/')}`
        );
      });

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      samples: { type: 'string', default: '7' },
      warm: { type: 'string', default: '20' },
      baseline: { type: 'string', multiple: true },
    },
  });
  runColdStart({
    samples: Number(values.samples),
    warm: Number(values.warm),
    baselines: values.baseline ?? [],
    log: (line) => process.stderr.write(`${line}\n`),
  })
    .then((r) => {
      process.stdout.write([describeRun(r), '', ...headlineTable(r), '', ...rawLines(r), ...warmLines(r), ''].join('\n'));
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
