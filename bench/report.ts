/**
 * Markdown for the benches' results (docs/bench.md, docs/bench-cold-start.md)
 * and the verdicts against the product's targets (issue 12).
 */
import os from 'node:os';
import type { ColdStartResult, Sample, VariantResult } from './cold-start';
import { BUILTINS_ONLY, FLOOR } from './floor/answer';
import type { TargetResult, ThroughputResult } from './throughput';

export const TARGETS = {
  /** Repeated (cached) queries: at least this share of bare node:http's answers per second. */
  cachedVsBare: 0.5,
  /** Distinct (uncached) queries: at least this share of plain graphql-js over the data in memory. */
  uncachedVsGraphqlJs: 0.5,
  /** A cold process (spawn, import, first answer, exit) within this multiple of a do-nothing node process. */
  coldVsNothing: 2,
  /** Our part of a cold start (import + first answer), ms. */
  coldMs: 150,
  bundleBytes: 1024 * 1024,
  rssMb: 256,
  /** Search and observations across every report, warm and uncached: server CPU per answer. */
  acrossReportsCpuMs: 10,
} as const;

export const median = (xs: number[]): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const f0 = (n: number): string => (Number.isNaN(n) ? '–' : n.toFixed(0));
const f2 = (n: number): string => (Number.isNaN(n) ? '–' : n.toFixed(2));
const met = (ok: boolean): string => (ok ? '**met**' : '**not met**');

export const machine = (loadBefore: number[], loadAfter: number[]): string =>
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.arch()}, ${os.cpus().length} vCPU); ` +
  `load average ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) before, ${loadAfter.map((l) => l.toFixed(1)).join(' / ')} after`;

// Cold start -----------------------------------------------------------------

const coldMs = (s: Sample): number => s.importMs + s.firstMs;
const wall = (v: VariantResult): number => median(v.samples.map((s) => s.wallMs));
const processCpu = (v: VariantResult): number => median(v.samples.map((s) => s.processCpuMs));

export const describeColdStart = (r: ColdStartResult): string =>
  `${machine(r.loadBefore, r.loadAfter)}; ${r.date}; ${r.samples} fresh processes per variant, rotating process by process`;

export const coldStartTable = (r: ColdStartResult): string[] => {
  const nothing = wall(r.variants[0]!);
  return [
    '| process | bundle bytes | **spawn → first answer → exit ms** (median) | × do-nothing node | fastest ms | **process CPU ms** to the answer (median) | × do-nothing node | import + first answer ms (median) | import ms | first answer ms | import CPU ms | first answer CPU ms | **CPU ms, import + first answer** | Node boot ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.variants.map((v) => {
      const m = (f: (s: Sample) => number): string => f0(median(v.samples.map(f)));
      return `| ${v.name} | ${v.bytes ? v.bytes.toLocaleString('en-US') : '–'} | **${f0(wall(v))}** | ${f2(wall(v) / nothing)} | ${f0(Math.min(...v.samples.map((s) => s.wallMs)))} | **${f0(processCpu(v))}** | ${f2(processCpu(v) / processCpu(r.variants[0]!))} | ${m(coldMs)} | ${m((s) => s.importMs)} | ${m((s) => s.firstMs)} | ${m((s) => s.importCpuMs)} | ${m((s) => s.firstCpuMs)} | **${m((s) => s.importCpuMs + s.firstCpuMs)}** | ${m((s) => s.bootMs)} |`;
    }),
  ];
};

/**
 * Side by side: for each variant, the median over rounds of (variant − current)
 * in the same rotation round, so load that hits one round hits both terms.
 */
export const pairedTable = (r: ColdStartResult): string[] => {
  const current = r.variants.find((v) => v.name === 'current');
  if (!current) return [];
  const cpuOf = (s: Sample): number => s.importCpuMs + s.firstCpuMs;
  const delta = (v: VariantResult, f: (s: Sample) => number): number =>
    median(v.samples.map((s, i) => f(s) - f(current.samples[i]!)));
  const compared = r.variants.filter((v) => v !== current && v.bytes > 0 && v.name !== FLOOR);
  if (compared.length === 0) return [];
  return [
    '| variant | bytes vs current | **Δ CPU ms, import + first answer** (paired median) | Δ import + first answer ms (paired median) | Δ spawn → exit ms (paired median) |',
    '|---|---:|---:|---:|---:|',
    ...compared.map((v) => `| ${v.name} | ${(v.bytes - current.bytes).toLocaleString('en-US')} | **${f0(delta(v, cpuOf))}** | ${f0(delta(v, coldMs))} | ${f0(delta(v, (s) => s.wallMs))} |`),
  ];
};

export const coldStartLines = (r: ColdStartResult): string[] => [
  ...r.variants.map((v) => `${v.name}: spawn → exit per process (ms) ${v.samples.map((s) => f0(s.wallMs)).join(', ')}`),
  ...(r.warm === 0
    ? []
    : r.variants.filter((v) => v.bytes > 0).map((v) => {
        const warm = v.samples.flatMap((s) => s.warmMs);
        return `${v.name}: warm request p50 ${pct(warm, 50).toFixed(1)} ms / p95 ${pct(warm, 95).toFixed(1)} ms, CPU ${median(v.samples.map((s) => s.warmCpuMs)).toFixed(1)} ms/request`;
      })),
];

export const coldStartVerdict = (r: ColdStartResult): string[] => {
  const current = r.variants.find((v) => v.name === 'current')!;
  const ratio = wall(current) / wall(r.variants[0]!);
  const cpuRatio = processCpu(current) / processCpu(r.variants[0]!);
  const ours = median(current.samples.map(coldMs));
  const floor = r.variants.find((v) => v.name === FLOOR);
  const floorLine = floor
    ? [
        `- The fixed stack's floor (bench/floor/handler.ts: Apollo Server through the Lambda integration, one GetItem through dynamodb-toolbox, one log line; ${floor.bytes.toLocaleString('en-US')} bytes): ` +
          `${f2(wall(floor) / wall(r.variants[0]!))}× a do-nothing node process by wall time (${f0(wall(floor))} ms), ${f2(processCpu(floor) / processCpu(r.variants[0]!))}× by process CPU — ` +
          `${wall(floor) / wall(r.variants[0]!) <= TARGETS.coldVsNothing ? 'within' : 'over'} the ${TARGETS.coldVsNothing}× target before any of our code; ours adds ${f0(wall(current) - wall(floor))} ms of wall time to it`,
      ]
    : [];
  const builtins = r.variants.find((v) => v.name === BUILTINS_ONLY);
  const builtinsLine = builtins
    ? [`- Loading only the Node built-ins the bundle loads at import (no JavaScript of ours or of any package): ${f2(wall(builtins) / wall(r.variants[0]!))}× a do-nothing node process by wall time (${f0(wall(builtins))} ms)`]
    : [];
  return [
    `- Cold process ≤ ${TARGETS.coldVsNothing}× a do-nothing node process: by wall time ${f2(ratio)}× (${f0(wall(current))} ms against ${f0(wall(r.variants[0]!))} ms) — ${met(ratio <= TARGETS.coldVsNothing)}; ` +
      `by process CPU ${f2(cpuRatio)}× (${f0(processCpu(current))} ms against ${f0(processCpu(r.variants[0]!))} ms) — ${met(cpuRatio <= TARGETS.coldVsNothing)}`,
    `- Import + first answer ≤ ${TARGETS.coldMs} ms: ${f0(ours)} ms — ${met(ours <= TARGETS.coldMs)}`,
    `- Bundle ≤ ${TARGETS.bundleBytes.toLocaleString('en-US')} bytes: ${current.bytes.toLocaleString('en-US')} — ${met(current.bytes <= TARGETS.bundleBytes)}`,
    ...builtinsLine,
    ...floorLine,
  ];
};

// Throughput -----------------------------------------------------------------

const rate = (t: TargetResult): number => median(t.rounds.map((r) => r.perSecond));
const cpu = (t: TargetResult): number => median(t.cpuMsPerRequest);
const errors = (t: TargetResult): number => t.rounds.reduce((n, r) => n + r.errors, 0);

export const throughputTable = (r: ThroughputResult): string[] => [
  '| target | answers/s (median round) | server CPU ms per answer | p50 ms | p99 ms | answers | errors |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...r.targets.map((t) => {
    const lat = t.rounds.flatMap((x) => x.latenciesMs);
    const n = t.rounds.reduce((k, x) => k + x.requests, 0);
    return `| ${t.name} | ${f0(rate(t))} | ${cpu(t).toFixed(3)} | ${pct(lat, 50).toFixed(2)} | ${pct(lat, 99).toFixed(2)} | ${n.toLocaleString('en-US')} | ${errors(t)} |`;
  }),
];

export const throughputVerdict = (r: ThroughputResult): string[] => {
  const [bare, cached, js, uncached] = r.targets as [TargetResult, TargetResult, TargetResult, TargetResult];
  const line = (what: string, a: TargetResult, b: TargetResult, target: number): string => {
    const byRate = rate(a) / rate(b);
    const byCpu = cpu(b) / cpu(a);
    return `- ${what} ≥ ${target}: ${f2(byRate)} by answers/s — ${met(byRate >= target)}; ${f2(byCpu)} by server CPU per answer — ${met(byCpu >= target)}`;
  };
  const total = r.targets.reduce((n, t) => n + errors(t), 0);
  const rssOk = r.rssWarm.maxRssMb <= TARGETS.rssMb;
  return [
    line('Repeated queries, API ÷ bare node:http', cached, bare, TARGETS.cachedVsBare),
    line('Distinct queries, API ÷ plain graphql-js', uncached, js, TARGETS.uncachedVsGraphqlJs),
    `- Errors: ${total} — ${met(total === 0)}`,
    `- RSS with every report warm (${r.reports} report${r.reports === 1 ? '' : 's'}) ≤ ${TARGETS.rssMb} MB: peak ${f0(r.rssWarm.maxRssMb)} MB — ${met(rssOk)}`,
    ...r.perKind
      .filter((k) => k.kind.includes('across every report'))
      .map((k) => `- ${k.kind[0]!.toUpperCase()}${k.kind.slice(1)} (${r.reports} reports), warm and uncached, ≤ ${TARGETS.acrossReportsCpuMs} ms of server CPU: ${k.cpuMs.toFixed(2)} ms — ${met(k.cpuMs <= TARGETS.acrossReportsCpuMs && k.errors === 0)}`),
  ];
};

/** Each kind of distinct request alone, every report warm, one connection. */
export const perKindTable = (r: ThroughputResult): string[] => [
  '| distinct request, alone (every report warm, uncached, 1 connection) | answers | server CPU ms per answer | p50 ms | errors |',
  '|---|---:|---:|---:|---:|',
  ...r.perKind.map((k) => `| ${k.kind} | ${k.answers} | ${k.cpuMs.toFixed(2)} | ${k.p50Ms.toFixed(2)} | ${k.errors} |`),
];

export const rssLines = (r: ThroughputResult): string[] => [
  `- API process just started (nothing warm, after a full GC): RSS ${f0(r.rssIdle.rssMb)} MB, V8 heap ${f0(r.rssIdle.heapUsedMb)} MB`,
  `- after every query of the runs and every card of every report with the notes, searches (in one report and across all) and observations between them: RSS ${f0(r.rssWarm.rssMb)} MB (peak ${f0(r.rssWarm.maxRssMb)} MB), V8 heap ${f0(r.rssWarm.heapUsedMb)} MB`,
  `- the same after a full GC: RSS ${f0(r.rssWarmAfterGc.rssMb)} MB, V8 heap ${f0(r.rssWarmAfterGc.heapUsedMb)} MB live of ${f0(r.rssWarmAfterGc.heapTotalMb)} MB reserved, ${f0(r.rssWarmAfterGc.externalMb)} MB external`,
];
