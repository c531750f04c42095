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
 * A do-nothing node process is measured in the same rotation: the bar is a
 * cold process (spawn → one answer → exit) within 2× its wall time. With
 * --without <trick> (repeatable), the current tree is also built without that
 * bundling trick (cdk/bundling.ts bundleTricks), to measure what it buys.
 *
 * The floor of the fixed stack (bench/floor/handler.ts: Apollo Server, one
 * GetItem through dynamodb-toolbox, one log line; same bundling, same flags)
 * runs in the same rotation, so what the stack costs and what our code adds
 * are told apart. With --linked-map, the current bundle also runs with its
 * source map linked and --enable-source-maps (cdk/node-options.ts says why
 * the function runs without).
 *
 *   npx tsx bench/cold-start.ts [--samples 7] [--warm 0] [--baseline <ref>]... [--without <trick>]... [--linked-map]
 */
import { API_NODE_FLAGS } from '../cdk/node-options';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { BUILTINS_ONLY, FLOOR, FLOOR_ANSWER } from './floor/answer';
import { startLocalTable } from './local-table';
import { coldStartLines, coldStartTable, describeColdStart, pairedTable } from './report';
export { median } from './report';

const ROOT = path.resolve(__dirname, '..');

/** The query of the headline and its expected answer (glossary term 6 of the report). */
export const COLD_QUERY = '{ glossaryTerm(number: 6) { term { zhHant zhHans } definition { zhHant } } }';
const COLD_EXPECTED = '三無三可';
/** The fixed stack's floor (bench/floor/handler.ts): its one query and answer. */
const FLOOR_QUERY = '{ floor }';

/**
 * Warm queries (after the cold one, same process): each text is unique (alias
 * q<i>) so Apollo's response cache never answers; half key look-ups, half list pages.
 */
const queryFor = (i: number): string =>
  i % 2 === 0
    ? `{ q${i}: glossaryTerm(number: ${1 + (i % 42)}) { term { zhHant zhHans } definition { zhHant } references { start end quote } } }`
    : `{ q${i}: glossaryTerms(first: ${1 + (i % 20)}) { totalCount nodes { number term { zhHant } } pageInfo { hasNextPage endCursor } } }`;

export interface Sample {
  /** ms from spawn to exit, measured by the parent (with --warm 0: a whole cold process that answers one query). */
  wallMs: number;
  /** CPU time of the whole process until the answer (Node's boot included), as the process saw it. */
  processCpuMs: number;
  /** ms from process start to our first line of code (Node's own boot). */
  bootMs: number;
  /** ms from process start to the first answer. */
  answeredMs: number;
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
  if (first.statusCode !== 200 || !String(first.body).includes(process.env.BENCH_EXPECTED)) {
    throw new Error('cold query answered ' + first.statusCode + ': ' + first.body);
  }
  const answeredMs = performance.now();
  const processCpuMs = cpu(process.cpuUsage());
  const statuses = [first.statusCode], warmMs = [];
  c0 = process.cpuUsage();
  for (let i = 1; i < events.length; i++) {
    const t = performance.now();
    statuses.push((await handler(events[i], ctx(i))).statusCode);
    warmMs.push(performance.now() - t);
  }
  const warmCpuMs = events.length > 1 ? cpu(process.cpuUsage(c0)) / (events.length - 1) : NaN;
  writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ bootMs, importMs, importCpuMs, firstMs, firstCpuMs, answeredMs, processCpuMs, warmMs, warmCpuMs,
    rssMb: process.memoryUsage().rss / 2 ** 20, statuses: [...new Set(statuses)] }));
  // Exit at once (open keep-alive sockets would otherwise hold the process): the parent times spawn to exit.
  process.exit(0);
`;

/**
 * The Node built-ins the bundle loads at import (its AWS SDK, Apollo and
 * Powertools need them; `process.moduleLoadList` after importing it lists them).
 */
export const STACK_BUILTINS = ['node:http', 'node:https', 'node:crypto', 'node:zlib', 'node:stream', 'node:os', 'node:perf_hooks', 'node:fs/promises'] as const;

/** The do-nothing node process of the comparison (boots, records its CPU time, exits), or one that first loads `builtins`. */
const nothing = (resultFile: string, builtins: readonly string[] = []): string => `
  ${builtins.map((b) => `await import(${JSON.stringify(b)});`).join(' ')}
  const u = process.cpuUsage();
  (await import('node:fs')).writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ processCpuMs: (u.user + u.system) / 1000 }));
`;

type EsbuildOptionsFn = (entry: string, outfile: string, root?: string) => BuildOptions;
type TricksFn = (root?: string) => Record<string, Record<string, string>>;

/**
 * Builds lambda/handler.ts of `root` with that tree's own cdk/bundling.ts;
 * returns the bundle path. `without` names bundling tricks (cdk/bundling.ts
 * bundleTricks) whose aliases are left out, to measure what each one buys.
 */
export const buildBundle = async (root: string, outDir: string, without: string[] = [], entry = path.join('lambda', 'handler.ts')): Promise<string> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { esbuildOptions, bundleTricks } = require(path.join(root, 'cdk', 'bundling.ts')) as { esbuildOptions: EsbuildOptionsFn; bundleTricks?: TricksFn };
  const outfile = path.join(outDir, 'index.mjs');
  const options = esbuildOptions(path.join(root, entry), outfile, root);
  if (without.length > 0) {
    const tricks = bundleTricks!(root);
    const alias = { ...options.alias };
    for (const name of without) {
      if (!tricks[name]) throw new Error(`unknown bundling trick "${name}"; known: ${Object.keys(tricks).join('; ')}`);
      for (const key of Object.keys(tricks[name])) delete alias[key];
    }
    options.alias = alias;
  }
  await build(options);
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

/** One process of the rotation: a bundle to import and ask (null: a node that only boots, after loading `builtins`). */
interface Variant {
  name: string;
  bundle: string | null;
  builtins?: readonly string[];
  /** Node flags beside the function's own (API_NODE_FLAGS). */
  flags?: readonly string[];
  /** Its query: the floor answers its own one. */
  floor?: boolean;
}

/**
 * Runs one fresh process; resolves with its wall time, spawn to exit. The
 * do-nothing one (`bundle` null) is plain `node`, as the target states it; a
 * function runs with the flags the stack sets in NODE_OPTIONS (cdk/node-options.ts).
 */
const runChild = (v: Variant, resultFile: string, env: Record<string, string>): Promise<number> =>
  new Promise((resolve, reject) => {
    const { bundle } = v;
    const script = bundle === null ? nothing(resultFile, v.builtins) : childScript(pathToFileURL(bundle).href, resultFile);
    const started = performance.now();
    execFile(
      process.execPath,
      [...(bundle === null ? [] : [...API_NODE_FLAGS, ...(v.flags ?? [])]), '--input-type=module', '-e', script],
      { cwd: bundle === null ? os.tmpdir() : path.dirname(bundle), env, maxBuffer: 256 << 20 },
      (err, _out, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(performance.now() - started)),
    );
  });

export interface ColdStartOptions {
  samples: number;
  warm: number;
  /** Commits to measure beside the working tree, oldest first. */
  baselines?: string[];
  /** Bundling tricks (cdk/bundling.ts bundleTricks) to measure by building the current tree without each, one variant per trick. */
  without?: string[];
  /** Also measure the current bundle with its source map linked and `--enable-source-maps` (what cdk/node-options.ts leaves out). */
  linkedMap?: boolean;
  log?: (line: string) => void;
}

export const DO_NOTHING = 'node, doing nothing';


export const LINKED_MAP = 'current, map linked, --enable-source-maps';

/** A copy of the bundle folder whose bundle names its map (sourceMappingURL), as esbuild's `linked` mode writes it. */
const withLinkedMap = (bundle: string, into: string): string => {
  fs.cpSync(path.dirname(bundle), into, { recursive: true });
  const copy = path.join(into, path.basename(bundle));
  fs.appendFileSync(copy, `\n//# sourceMappingURL=${path.basename(bundle)}.map\n`);
  return copy;
};

export const runColdStart = async ({ samples, warm, baselines = [], without = [], linkedMap = false, log = () => undefined }: ColdStartOptions): Promise<ColdStartResult> => {
  if (samples < 5) throw new Error('--samples must be at least 5 (the headline is a median)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-cold-start-'));
  const loadBefore = os.loadavg();
  const table = await startLocalTable();
  try {
    const variants: Variant[] = [
      { name: DO_NOTHING, bundle: null },
      { name: BUILTINS_ONLY, bundle: null, builtins: STACK_BUILTINS },
    ];
    for (const ref of baselines) {
      const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
      const tree = checkoutTree(sha, path.join(work, `src-${sha}`));
      variants.push({ name: sha, bundle: await buildBundle(tree, path.join(work, sha)) });
    }
    for (const [k, trick] of without.entries()) variants.push({ name: `without: ${trick}`, bundle: await buildBundle(ROOT, path.join(work, `without-${k}`), [trick]) });
    const current = await buildBundle(ROOT, path.join(work, 'current'));
    variants.push({ name: 'current', bundle: current });
    if (linkedMap) variants.push({ name: LINKED_MAP, bundle: withLinkedMap(current, path.join(work, 'linked-map')), flags: ['--enable-source-maps'] });
    variants.push({ name: FLOOR, bundle: await buildBundle(ROOT, path.join(work, 'floor'), [], path.join('bench', 'floor', 'handler.ts')), floor: true });

    const events = [apiEvent(COLD_QUERY, 0), ...Array.from({ length: warm }, (_, i) => apiEvent(queryFor(i + 1), i + 1))];
    const floorEvents = Array.from({ length: warm + 1 }, (_, i) => apiEvent(FLOOR_QUERY, i));
    const env = {
      PATH: process.env.PATH ?? '',
      ...table.env,
      NODE_ENV: 'production',
      // As in Lambda (cdk/report-function.ts): INFO, so the operation's log line is part of the cost.
      POWERTOOLS_SERVICE_NAME: 'huozhou-report-api',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    };
    const eventsOf = (v: Variant): Record<string, string> =>
      v.floor
        ? { BENCH_EVENTS: JSON.stringify(floorEvents), BENCH_EXPECTED: FLOOR_ANSWER }
        : { BENCH_EVENTS: JSON.stringify(events), BENCH_EXPECTED: COLD_EXPECTED };
    const results: VariantResult[] = variants.map((v) => ({ name: v.name, bytes: v.bundle === null ? 0 : fs.statSync(v.bundle).size, samples: [] }));
    for (let s = 0; s < samples; s++) {
      // Rotate the variants process by process so load from other jobs hits all alike.
      const order = variants.map((_, i) => (i + s) % variants.length);
      for (const i of order) {
        const v = variants[i]!;
        const resultFile = path.join(work, `sample-${i}-${s}.json`);
        if (v.bundle === null) {
          const wallMs = await runChild(v, resultFile, { PATH: env.PATH });
          const { processCpuMs } = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as { processCpuMs: number };
          results[i]!.samples.push({ wallMs, processCpuMs, bootMs: NaN, answeredMs: NaN, importMs: NaN, importCpuMs: NaN, firstMs: NaN, firstCpuMs: NaN, warmMs: [], warmCpuMs: NaN, rssMb: NaN, statuses: [] });
          log(`${v.name}: ${wallMs.toFixed(0)} ms`);
          continue;
        }
        const wallMs = await runChild(v, resultFile, { ...env, ...eventsOf(v), LAMBDA_TASK_ROOT: path.dirname(v.bundle) });
        const sample = { ...(JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Sample), wallMs };
        results[i]!.samples.push(sample);
        log(`${v.name}: import ${sample.importMs.toFixed(0)} ms + first query ${sample.firstMs.toFixed(0)} ms = ${(sample.importMs + sample.firstMs).toFixed(0)} ms; process ${wallMs.toFixed(0)} ms`);
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

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      samples: { type: 'string', default: '7' },
      warm: { type: 'string', default: '0' },
      baseline: { type: 'string', multiple: true },
      without: { type: 'string', multiple: true },
      'linked-map': { type: 'boolean', default: false },
    },
  });
  runColdStart({
    samples: Number(values.samples),
    warm: Number(values.warm),
    baselines: values.baseline ?? [],
    without: values.without ?? [],
    linkedMap: values['linked-map'],
    log: (line) => process.stderr.write(`${line}\n`),
  })
    .then((r) => process.stdout.write([describeColdStart(r), '', ...coldStartTable(r), '', ...pairedTable(r), '', ...coldStartLines(r), ''].join('\n')))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
