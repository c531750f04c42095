/**
 * Cold start and memory of the API bundle, measured the way the bundle test
 * runs it: the production esbuild options (cdk/bundling.ts), a fresh Node.js
 * process per sample, `handler(event)` against dynalite. Prints the raw
 * measurements and a projection onto Lambda memory sizes (Lambda gives CPU in
 * proportion to memory: 1,769 MB = one vCPU), used to choose API_MEMORY_MB.
 *
 *   npx tsx bench/cold-start.ts [--samples 5] [--warm 200]
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { esbuildOptions } from '../cdk/bundling';
import { GSI1, TABLE_KEYS } from '../lambda/data/keys';
import { buildDataset, DEFAULT_REPORT_DIR } from '../seed/build/index';
import { loadDataset } from '../seed/load';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

const { values } = parseArgs({
  options: { samples: { type: 'string', default: '5' }, warm: { type: 'string', default: '200' } },
});
const SAMPLES = Number(values.samples);
const WARM = Number(values.warm);
const ROOT = path.resolve(__dirname, '..');
const TABLE = 'bench-table';

/**
 * Queries a portal would send: a key look-up and a list page. Each request's
 * text is unique (alias q<i>) so Apollo's in-memory response cache never
 * answers it: the warm figures are parse + validate + resolve + DynamoDB calls.
 */
const queryFor = (i: number): string =>
  i % 2 === 0
    ? `{ q${i}: glossaryTerm(number: ${1 + (i % 42)}) { term { zhHant zhHans } definition { zhHant } references { start end quote } } }`
    : `{ q${i}: glossaryTerms(first: ${1 + (i % 20)}) { totalCount nodes { number term { zhHant } } pageInfo { hasNextPage endCursor } } }`;

interface Sample {
  importWallMs: number;
  importCpuMs: number;
  firstWallMs: number;
  firstCpuMs: number;
  warmWallMs: number[];
  warmCpuMs: number;
  rssMb: number;
  heapMb: number;
  status: number[];
}

const event = (query: string, i: number) => ({
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

const childScript = (bundleUrl: string, resultFile: string): string => `
  import { writeFileSync } from 'node:fs';
  const ms = (u) => (u.user + u.system) / 1000;
  const warmCount = Number(process.env.BENCH_WARM);
  const events = Array.from({ length: warmCount + 1 }, (_, i) => {
    const e = JSON.parse(process.env.BENCH_EVENT);
    e.body = JSON.stringify({ query: new Function('i', 'return ' + process.env.BENCH_QUERY)(i) });
    e.requestContext.requestId = 'bench-' + i;
    return e;
  });
  const ctx = (i) => ({ functionName: 'bench', awsRequestId: 'r' + i, invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:bench',
    memoryLimitInMB: '1024', functionVersion: '$LATEST', getRemainingTimeInMillis: () => 10000 });
  let c0 = process.cpuUsage(), t0 = performance.now();
  const { handler } = await import(${JSON.stringify(bundleUrl)});
  const importWallMs = performance.now() - t0, importCpuMs = ms(process.cpuUsage(c0));
  const status = [];
  c0 = process.cpuUsage(); t0 = performance.now();
  status.push((await handler(events[0], ctx(0))).statusCode);
  const firstWallMs = performance.now() - t0, firstCpuMs = ms(process.cpuUsage(c0));
  const warmWallMs = [];
  c0 = process.cpuUsage();
  for (let i = 0; i < warmCount; i++) {
    const t = performance.now();
    status.push((await handler(events[i + 1], ctx(i + 1))).statusCode);
    warmWallMs.push(performance.now() - t);
  }
  const warmCpuMs = ms(process.cpuUsage(c0)) / warmCount;
  const m = process.memoryUsage();
  writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ importWallMs, importCpuMs, firstWallMs, firstCpuMs, warmWallMs, warmCpuMs,
    rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20, status: [...new Set(status)] }));
`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const main = async (): Promise<void> => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bench-'));
  const bundle = path.join(work, 'api', 'index.mjs');
  await build(esbuildOptions(path.join(ROOT, 'lambda', 'handler.ts'), bundle));
  if (fs.existsSync(path.join(ROOT, 'dist', 'graphiql'))) {
    fs.cpSync(path.join(ROOT, 'dist', 'graphiql'), path.join(work, 'api', 'graphiql'), { recursive: true });
  }

  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const credentials = { accessKeyId: 'dummy', secretAccessKey: 'dummy' };
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials });
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, GSI1.partitionKey, GSI1.sortKey].map((n) => ({
        AttributeName: n,
        AttributeType: 'S',
      })),
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: GSI1.indexName,
          KeySchema: [
            { AttributeName: GSI1.partitionKey, KeyType: 'HASH' },
            { AttributeName: GSI1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  await loadDataset(DynamoDBDocumentClient.from(client), TABLE, buildDataset(DEFAULT_REPORT_DIR));

  const samples: Sample[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    const resultFile = path.join(work, `sample-${s}.json`);
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '--enable-source-maps', '-e', childScript(pathToFileURL(bundle).href, resultFile)],
        {
          cwd: path.dirname(bundle),
          maxBuffer: 256 << 20,
          env: {
            PATH: process.env.PATH ?? '',
            TABLE_NAME: TABLE,
            DYNAMODB_ENDPOINT: endpoint,
            AWS_REGION: 'us-east-1',
            AWS_ACCESS_KEY_ID: credentials.accessKeyId,
            AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
            NODE_ENV: 'production',
            LAMBDA_TASK_ROOT: path.dirname(bundle),
            // The bench measures the code, not the cost of writing log lines to a pipe.
            POWERTOOLS_LOG_LEVEL: 'WARN',
            BENCH_WARM: String(WARM),
            BENCH_EVENT: JSON.stringify(event('', 0)),
            // The query builder's source, evaluated in the child (an arrow function body over i).
            BENCH_QUERY: `(${queryFor.toString()})(i)`,
          },
        },
        (err, _o, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve()),
      ),
    );
    samples.push(JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Sample);
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));

  const bytes = fs.statSync(bundle).size;
  const importCpu = median(samples.map((s) => s.importCpuMs));
  const firstCpu = median(samples.map((s) => s.firstCpuMs));
  const warmCpu = median(samples.map((s) => s.warmCpuMs));
  const warmAll = samples.flatMap((s) => s.warmWallMs);
  const rss = Math.max(...samples.map((s) => s.rssMb));
  const statuses = [...new Set(samples.flatMap((s) => s.status))];

  const lines = [
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.arch()}), ${SAMPLES} fresh processes, ${WARM} warm requests each`,
    `bundle: ${bytes} bytes; HTTP statuses seen: ${statuses.join(', ')}`,
    '',
    '| measure (median of processes) | wall ms | CPU ms |',
    '|---|---:|---:|',
    `| import the bundle (module init) | ${median(samples.map((s) => s.importWallMs)).toFixed(0)} | ${importCpu.toFixed(0)} |`,
    `| first request (cold) | ${median(samples.map((s) => s.firstWallMs)).toFixed(0)} | ${firstCpu.toFixed(0)} |`,
    `| warm request p50 / p95 | ${pct(warmAll, 50).toFixed(1)} / ${pct(warmAll, 95).toFixed(1)} | ${warmCpu.toFixed(2)} |`,
    '',
    `peak RSS after ${WARM} requests: ${rss.toFixed(0)} MB (heap used ${median(samples.map((s) => s.heapMb)).toFixed(0)} MB)`,
    '',
    'Projection to Lambda arm64 (CPU share = memory / 1769 MB, capped at 1; assumes a Graviton core ~ this core; excludes DynamoDB latency):',
    '',
    '| memory MB | cold CPU work ms | warm CPU ms/request | GB-s per 1M warm requests | $ per 1M warm requests (compute, billed ms) |',
    '|---:|---:|---:|---:|---:|',
    ...[256, 512, 1024, 1536, 1769].map((mb) => {
      const share = Math.min(1, mb / 1769);
      const cold = (importCpu + firstCpu) / share;
      const warm = warmCpu / share;
      // Billed duration rounds up to 1 ms; add ~10 ms of DynamoDB round trips per request (in-region GetItem/Query).
      const billedMs = Math.ceil(warm + 10);
      const gbs = (billedMs / 1000) * (mb / 1024) * 1e6;
      return `| ${mb} | ${cold.toFixed(0)} | ${warm.toFixed(1)} | ${gbs.toFixed(0)} | ${(gbs * 0.0000133334).toFixed(2)} |`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  fs.rmSync(work, { recursive: true, force: true });
};

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
