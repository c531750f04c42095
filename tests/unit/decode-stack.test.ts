/**
 * scripts/decode-stack.ts: a trace printed by a minified bundle (no
 * --enable-source-maps, map beside it unlinked, as the function ships) comes
 * back as positions in the sources.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SourceMapPayload } from 'node:module';
import { build } from 'esbuild';
import { decodeStack } from '../../scripts/decode-stack';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'decode-stack-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('maps each index.mjs frame of a minified bundle to its source file, line and column', async () => {
  const source = path.join(dir, 'thrower.ts');
  fs.writeFileSync(
    source,
    ['export const parsePointer = (text: string): number => {', '  if (text === "") throw new Error("empty pointer");', '  return text.length;', '};', 'parsePointer("");', ''].join('\n'),
  );
  const outfile = path.join(dir, 'index.mjs');
  await build({ entryPoints: [source], outfile, bundle: true, format: 'esm', platform: 'node', minify: true, sourcemap: 'external', logLevel: 'silent' });
  expect(fs.readFileSync(outfile, 'utf8')).not.toContain('sourceMappingURL');
  let trace = '';
  try {
    execFileSync(process.execPath, [outfile], { stdio: 'pipe', env: { PATH: process.env.PATH ?? '' } });
  } catch (err) {
    trace = String((err as { stderr: Buffer }).stderr);
  }
  expect(trace).toMatch(/index\.mjs:1:\d+/);
  const payload = JSON.parse(fs.readFileSync(`${outfile}.map`, 'utf8')) as SourceMapPayload;
  const decoded = decodeStack(trace, payload);
  expect(decoded).toMatch(/thrower\.ts:2:\d+/);
  expect(decoded).not.toMatch(/index\.mjs:1:\d+/);
});

it('leaves lines that name no bundle position as they are', () => {
  const payload: SourceMapPayload = { file: 'index.mjs', version: 3, sources: [], sourcesContent: [], names: [], mappings: '', sourceRoot: '' };
  const trace = 'Error: x\n    at node:internal/main:1:2\n    at index.mjs:9:9';
  expect(decodeStack(trace, payload)).toBe(trace);
});
