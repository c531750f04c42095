/**
 * Warm throughput, side by side in one run on loopback (bench/servers.ts has
 * the servers, bench/load.ts the load): bare node:http returning the API's
 * cached answer byte for byte; the API answering that repeated query; a plain
 * graphql-js server over the same data in memory answering distinct queries;
 * the API answering the same distinct queries. Rounds rotate through the
 * targets so machine load hits all alike; each target's figure is its median
 * round. Then the API's RSS after every query of every report (all warm).
 *
 *   npx tsx bench/throughput.ts [--seconds 3] [--rounds 3] [--connections 8]
 */
import { API_NODE_FLAGS } from '../cdk/node-options';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { esbuildOptions } from '../cdk/bundling';
import { median } from './report';
import { runLoad, type LoadRequest, type LoadResult } from './load';
import { allDatasets } from './memory-data';
import { DISTINCT_KINDS, distinctRequests, REPEATED, type GraphQLRequest } from './queries';
import type { ServerKind } from './servers';
import type { Usage } from './usage';

const ROOT = path.resolve(__dirname, '..');

interface Server {
  child: ChildProcess;
  port: number;
  env?: Record<string, string>;
  usage: (gc?: boolean) => Promise<Usage>;
}

/** A server process: one of bench/servers.ts (through tsx), or a bundle (plain node, as in Lambda). */
const startServer = (kind: ServerKind | { bundle: string }, env: Record<string, string> = {}): Promise<Server> =>
  new Promise((resolve, reject) => {
    const [module, args, loader] = typeof kind === 'string' ? [path.join(__dirname, 'servers.ts'), [kind], ['--import', 'tsx']] : [kind.bundle, [], [...API_NODE_FLAGS]];
    const child = fork(module, args, {
      execArgv: [...loader, '--expose-gc'],
      env: { PATH: process.env.PATH ?? '', ...env },
      // The API logs one line per operation (as in Lambda): kept off the terminal.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const usage = (gc = false) =>
      new Promise<Usage>((res) => {
        const onMessage = (m: { type: string; usage?: Usage }) => {
          if (m.type !== 'usage') return;
          child.off('message', onMessage);
          res(m.usage!);
        };
        child.on('message', onMessage);
        child.send({ type: 'usage', gc });
      });
    child.once('message', (m: { type: string; port?: number; env?: Record<string, string> }) =>
      resolve({ child, port: m.port ?? 0, env: m.env, usage }),
    );
    child.once('exit', (code) => reject(new Error(`${JSON.stringify(kind)} server exited with ${code}`)));
  });

const post = (r: GraphQLRequest): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify(r),
});

/** A correct answer: 200 with data and no errors. */
const isAnswer = (status: number, body: string): boolean => status === 200 && body.startsWith('{"data":') && !body.includes('"errors":[');

export interface TargetResult {
  name: string;
  rounds: LoadResult[];
  cpuMsPerRequest: number[];
}

export interface ThroughputResult {
  seconds: number;
  rounds: number;
  connections: number;
  targets: TargetResult[];
  reports: number;
  /** The API process: just started (nothing warm), after every report's queries, and after a full GC. */
  rssIdle: Usage;
  rssWarm: Usage;
  rssWarmAfterGc: Usage;
  /** Every report warm, one kind of distinct request at a time, one connection: server CPU and latency per answer. */
  perKind: { kind: string; answers: number; cpuMs: number; p50Ms: number; errors: number }[];
  loadBefore: number[];
  loadAfter: number[];
}

export const runThroughput = async (o: { seconds: number; rounds: number; connections: number; log?: (l: string) => void }): Promise<ThroughputResult> => {
  const log = o.log ?? (() => undefined);
  const loadBefore = os.loadavg();
  const datasets = allDatasets();
  const distinct = distinctRequests(datasets);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-throughput-'));
  const servers: Server[] = [];
  try {
    // The production entry (lambda/handler.ts) with the adapter, bundled as the stack bundles it.
    const bundle = path.join(work, 'bundle', 'api-server.mjs');
    await build(esbuildOptions(path.join(__dirname, 'api-server.ts'), bundle, ROOT));
    const store = await startServer('dynalite');
    servers.push(store);
    const apiEnv = { ...store.env!, NODE_ENV: 'production', POWERTOOLS_SERVICE_NAME: 'huozhou-report-api', POWERTOOLS_LOG_LEVEL: 'INFO', LAMBDA_TASK_ROOT: path.dirname(bundle) };
    const api = await startServer({ bundle }, apiEnv);
    servers.push(api);
    const rssIdle = await api.usage(true);
    // The answer the bare server repeats: the API's own bytes and headers for the repeated query.
    const answer = await fetch(`http://127.0.0.1:${api.port}/graphql`, { method: 'POST', headers: post(REPEATED).headers, body: post(REPEATED).body });
    const body = await answer.text();
    if (!isAnswer(answer.status, body)) throw new Error(`repeated query answered ${answer.status}: ${body}`);
    const headers = Object.fromEntries([...answer.headers].filter(([k]) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(k)));
    const bare = await startServer('bare', { BENCH_BODY: body, BENCH_HEADERS: JSON.stringify(headers) });
    const yardstick = await startServer('graphql-js');
    servers.push(bare, yardstick);

    // The yardstick must answer what the API answers: same data for a sample of the distinct queries.
    for (let i = 3_000_000; i < 3_000_030; i++) {
      const [fromApi, fromJs] = await Promise.all(
        [api, yardstick].map(async (s) => {
          const req = post(distinct(i));
          const res = await fetch(`http://127.0.0.1:${s.port}/graphql`, { method: 'POST', headers: req.headers, body: req.body });
          return JSON.stringify(((await res.json()) as { data?: unknown }).data);
        }),
      );
      if (fromApi !== fromJs) throw new Error(`graphql-js and the API answer query ${i} differently:\n${fromApi}\n${fromJs}`);
    }

    // Distinct request numbers: the API and graphql-js get the same sequence, never one number twice.
    let apiNext = 0;
    let jsNext = 0;
    const targets = [
      { name: 'bare node:http (same bytes)', server: bare, request: () => post(REPEATED), index: () => 0, advance: (_n: number) => undefined },
      { name: 'API, repeated query (cached)', server: api, request: () => post(REPEATED), index: () => 0, advance: (_n: number) => undefined },
      { name: 'plain graphql-js, distinct queries (in memory)', server: yardstick, request: (i: number) => post(distinct(i)), index: () => jsNext, advance: (n: number) => void (jsNext = n) },
      { name: 'API, distinct queries (uncached)', server: api, request: (i: number) => post(distinct(i)), index: () => apiNext, advance: (n: number) => void (apiNext = n) },
    ];
    // Warm-up: JIT and first-use costs out of the measured rounds (distinct numbers from far away, not reused).
    for (const t of targets) await runLoad({ port: t.server.port, connections: o.connections, seconds: 1, request: (i) => t.request(1_000_000 + i), check: isAnswer });

    const results: TargetResult[] = targets.map((t) => ({ name: t.name, rounds: [], cpuMsPerRequest: [] }));
    for (let r = 0; r < o.rounds; r++) {
      for (let k = 0; k < targets.length; k++) {
        const j = (k + r) % targets.length;
        const t = targets[j]!;
        const before = await t.server.usage();
        const res = await runLoad({ port: t.server.port, connections: o.connections, seconds: o.seconds, request: t.request, check: isAnswer, firstIndex: t.index() });
        const after = await t.server.usage();
        t.advance(res.nextIndex);
        results[j]!.rounds.push(res);
        results[j]!.cpuMsPerRequest.push((after.cpuMs - before.cpuMs) / Math.max(res.requests, 1));
        log(`${t.name}: ${res.perSecond.toFixed(0)}/s, ${res.errors} errors${res.firstError ? ` (${res.firstError})` : ''}`);
      }
    }

    // Every report warm: every card of every report once (with the notes, searches and observations between them), then the API's memory.
    // Five kinds in rotation (bench/queries.ts): five times the cards reaches every card, so every report, once.
    const total = datasets.reduce((n, d) => n + d.indicators.length * 5, 0);
    await runLoad({ port: api.port, connections: o.connections, seconds: 3600, request: (i) => post(distinct(2_000_000 + i)), check: isAnswer, maxRequests: total });
    const rssWarm = await api.usage();
    const rssWarmAfterGc = await api.usage(true);

    // Each kind alone, warm and uncached (fresh numbers, one at a time): what one answer of it costs the server.
    const perKind: ThroughputResult['perKind'] = [];
    for (let k = 0; k < DISTINCT_KINDS.length; k++) {
      const before = await api.usage();
      const res = await runLoad({ port: api.port, connections: 1, seconds: 60, request: (i) => post(distinct(4_000_000 + i * DISTINCT_KINDS.length + k)), check: isAnswer, maxRequests: 100 });
      const after = await api.usage();
      const lat = [...res.latenciesMs].sort((a, b) => a - b);
      perKind.push({ kind: DISTINCT_KINDS[k]!, answers: res.requests, cpuMs: (after.cpuMs - before.cpuMs) / Math.max(res.requests, 1), p50Ms: lat[Math.floor(lat.length / 2)] ?? NaN, errors: res.errors });
      log(`${DISTINCT_KINDS[k]}: ${perKind.at(-1)!.cpuMs.toFixed(2)} ms CPU per answer`);
    }
    return { seconds: o.seconds, rounds: o.rounds, connections: o.connections, targets: results, reports: datasets.length, rssIdle, rssWarm, rssWarmAfterGc, perKind, loadBefore, loadAfter: os.loadavg() };
  } finally {
    for (const s of servers) s.child.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
};

export const medianRate = (t: TargetResult): number => median(t.rounds.map((r) => r.perSecond));

if (require.main === module) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, rounds: { type: 'string', default: '3' }, connections: { type: 'string', default: '8' } } });
  runThroughput({ seconds: Number(values.seconds), rounds: Number(values.rounds), connections: Number(values.connections), log: (l) => process.stderr.write(`${l}\n`) })
    .then((r) => process.stdout.write(`${JSON.stringify({ ...r, targets: r.targets.map((t) => ({ name: t.name, perSecond: medianRate(t), cpuMs: median(t.cpuMsPerRequest), errors: t.rounds.reduce((n, x) => n + x.errors, 0) })) }, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
