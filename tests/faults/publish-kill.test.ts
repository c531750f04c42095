/**
 * Fault runs on loopback: a seed of a changed dataset (every English string
 * changed) killed with SIGKILL at three points while eight readers poll a
 * query spanning many items through the real Lambda handler; then a seed
 * that completes; then two seeds at once. Every answer must be wholly the old
 * or wholly the new version.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../../lambda/app';
import type { Dataset } from '../../lambda/data/records';
import { canonicalJson } from '../../seed/extract';
import { withComputedVersion } from '../../seed/collection';
import { publish } from '../../seed/publish';
import { dataset, startTestStore, type TestStore } from '../helpers/local-store';
import { createTestApp } from '../helpers/app';
import { apiEvent, lambdaContext } from '../helpers/events';

const root = path.resolve(__dirname, '..', '..');
let store: TestStore;
let app: App;
let dir: string;

/** Every curated English string gets a marker: an answer is new iff every English string has it. */
const marked = (tag: string): Dataset => {
  const ds = structuredClone(dataset());
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.zhHant === 'string' && typeof o.en === 'string') o.en = `${o.en} [${tag}]`;
      Object.values(o).forEach(walk);
    }
  };
  walk(ds);
  return withComputedVersion(ds);
};

const QUERY = `{ report { title { en } } figures(first: 100) { nodes { subject { en } sector { name { en } } } }
  glossaryTerms(first: 42) { nodes { term { en } } } indicators(first: 50) { nodes { name { en } } } }`;

type Verdict = 'old' | 'new' | 'other' | 'mixed' | 'error';
const classify = (body: string, newTag: string, otherTag?: string): Verdict => {
  const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
  if (parsed.errors || !parsed.data) return 'error';
  const ens = [...JSON.stringify(parsed.data).matchAll(/"en":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  const tagged = (tag: string) => ens.filter((e) => e.endsWith(`[${tag}]`)).length;
  const n = tagged(newTag);
  const o = otherTag ? tagged(otherTag) : 0;
  if (n === ens.length) return 'new';
  if (o === ens.length && o > 0) return 'other';
  if (n === 0 && o === 0) return 'old';
  return 'mixed';
};

const runReaders = (newTag: string, otherTag?: string) => {
  const verdicts: Verdict[] = [];
  let stop = false;
  const loops = Array.from({ length: 8 }, async () => {
    while (!stop) {
      const res = await app.handler(apiEvent({ body: JSON.stringify({ query: QUERY }) }), lambdaContext());
      verdicts.push(res.statusCode === 200 ? classify(res.body ?? '{}', newTag, otherTag) : 'error');
    }
  });
  return { verdicts, stop: async () => ((stop = true), await Promise.all(loops)) };
};

/** The seed command users run, as a child process; resolves on exit, or kills it when `killOn` is printed. */
const seed = (file: string, killOn?: RegExp) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'seed/cli/seed.ts', '--endpoint', store.endpoint, '--table', store.tableName, '--dataset', file, '--lease-ms', '1500'],
      // Its own process group: tsx runs the script in a child process, and a kill must take both.
      { cwd: root, env: { ...process.env, AWS_REGION: 'local' }, detached: true },
    );
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (killOn && killOn.test(out) && child.pid) process.kill(-child.pid, 'SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });

const write = (name: string, ds: Dataset): string => {
  const file = path.join(dir, name);
  writeFileSync(file, canonicalJson({ datasets: [ds] }));
  return file;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'publish-kill-'));
  store = await startTestStore({ seed: false });
  await publish(store.client, store.tableName, [dataset()]);
  // Every request re-reads the pointer, as a fleet of cold functions would.
  app = createTestApp({ TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint, POINTER_TTL_MS: '0' });
});
afterAll(async () => {
  app.documentClient.destroy();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a seed killed part-way', () => {
  it('never lets a reader see two versions mixed, and the next seed finishes the job', async () => {
    const file = write('v2.json', marked('v2'));
    const readers = runReaders('v2');
    try {
      for (const point of [/lease taken/, /wrote huozhou-2024/, /panel written/]) {
        const killed = await seed(file, point);
        expect(`${killed.signal}: ${killed.out}`).toMatch(/^SIGKILL: /);
      }
      const completed = await seed(file);
      expect(`${completed.code}: ${completed.out}`).toMatch(/^0: /);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await readers.stop();
    }
    const counts = readers.verdicts.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    expect(counts.mixed ?? 0).toBe(0);
    expect(counts.error ?? 0).toBe(0);
    expect(counts.old).toBeGreaterThan(0);
    expect(counts.new).toBeGreaterThan(0);
    // Once the new version is current, no reader goes back to the old one.
    const firstNew = readers.verdicts.indexOf('new');
    expect(readers.verdicts.slice(firstNew).every((v) => v === 'new')).toBe(true);
  });

  it('two seeds at once: both finish (the second waits for the lease), readers see whole versions', async () => {
    const a = write('v3.json', marked('v3'));
    const b = write('v4.json', marked('v4'));
    const readers = runReaders('v4', 'v3');
    let ra, rb;
    try {
      [ra, rb] = await Promise.all([seed(a), seed(b)]);
    } finally {
      await readers.stop();
    }
    expect(`${ra.code} ${rb.code}: ${ra.out} ${rb.out}`).toMatch(/^0 0: /);
    expect(readers.verdicts).not.toContain('mixed');
    expect(readers.verdicts).not.toContain('error');
    const last = await app.handler(apiEvent({ body: JSON.stringify({ query: QUERY }) }), lambdaContext());
    expect(['new', 'other']).toContain(classify(last.body ?? '{}', 'v4', 'v3'));
  });
});
