/**
 * `npx cdk synth` as the product owner runs it: the real CLI, real bundling
 * with the local esbuild, no AWS credentials, no network. Then the cloud
 * assembly is opened to check what the template cannot show: the API asset
 * holds an ESM bundle with its source map and GraphiQL's pre-compressed files,
 * and the seeder asset holds exactly the dataset whose hash the template names.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../../lambda/data/records';
import { collectionVersionOf, publishedReportOf } from '../../seed/publish';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const STACK = 'HuozhouReportApi';

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

let out: string;
let resources: Record<string, Resource>;
let templateText: string;

/** The folder CDK staged a function's code in (aws:asset:path metadata). */
const assetDirOf = (description: RegExp): string => {
  const fn = Object.values(resources).find(
    (r) => r.Type === 'AWS::Lambda::Function' && description.test(String(r.Properties.Description ?? '')),
  );
  const assetPath = fn?.Metadata?.['aws:asset:path'];
  if (typeof assetPath !== 'string') throw new Error(`no staged asset for ${description}`);
  return path.join(out, assetPath);
};

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'report-synth-'));
  // No credentials, no profile, no instance metadata: synth must not need an account.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    execFile(
      'npx',
      ['cdk', 'synth', '--no-notices', '--quiet', '--output', out],
      {
        cwd: ROOT,
        env: { ...env, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: '1', AWS_EC2_METADATA_DISABLED: 'true' },
        maxBuffer: 64 << 20,
      },
      (err, _stdout, stderr) => (err ? reject(new Error(`cdk synth failed: ${err.message}\n${stderr}`)) : resolve()),
    );
  });
  process.stdout.write(`cdk synth (with bundling): ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  templateText = fs.readFileSync(path.join(out, `${STACK}.template.json`), 'utf8');
  resources = (JSON.parse(templateText) as { Resources: Record<string, Resource> }).Resources;
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

it('synthesises an environment-agnostic template (no account or region baked in)', () => {
  expect(templateText).not.toMatch(/\b\d{12}\b/);
  expect(templateText).toMatch(/"Ref":\s*"AWS::Region"/);
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    artifacts: Record<string, { environment?: string }>;
  };
  expect(manifest.artifacts[STACK]?.environment).toBe('aws://unknown-account/unknown-region');
});

it('the API asset is the minified ESM bundle, its source map and GraphiQL pre-compressed', () => {
  const dir = assetDirOf(/GraphQL API/);
  const code = fs.readFileSync(path.join(dir, 'index.mjs'), 'utf8');
  expect(code.startsWith("import { createRequire } from 'node:module'")).toBe(true);
  expect(fs.existsSync(path.join(dir, 'index.mjs.map'))).toBe(true);
  // Minified: long lines (the remaining line breaks sit inside template literals such as the SDL), no indentation.
  const lines = code.split('\n');
  expect(code.length / lines.length).toBeGreaterThan(500);
  expect(lines.filter((l) => l.startsWith('    ')).length / lines.length).toBeLessThan(0.5);
  const graphiql = fs.readdirSync(path.join(dir, 'graphiql'));
  expect(graphiql).toContain('index.html');
  expect(graphiql.some((f) => f.endsWith('.br'))).toBe(true);
  expect(graphiql.some((f) => f.endsWith('.gz'))).toBe(true);
  process.stdout.write(`API asset index.mjs: ${Buffer.byteLength(code)} bytes\n`);
});

it('the seeder asset carries the very collection whose hash the seed resource names', () => {
  const dir = assetDirOf(/custom resource/);
  expect(fs.existsSync(path.join(dir, 'index.mjs'))).toBe(true);
  const { datasets } = JSON.parse(gunzipSync(fs.readFileSync(path.join(dir, 'collection.json.gz'))).toString('utf8')) as { datasets: Dataset[] };
  const seed = Object.values(resources).find((r) => r.Type === 'Custom::ReportSeed');
  expect(seed?.Properties.CollectionVersion).toBe(collectionVersionOf(datasets.map(publishedReportOf)));
  expect(datasets.find((d) => d.report.reportId === 'huozhou-2024')?.glossary).toHaveLength(42);
});
