/**
 * Decodes a stack trace from the function's logs into the TypeScript sources,
 * with the source map shipped beside the bundle (index.mjs.map in the asset).
 * The function itself runs without --enable-source-maps (cdk/node-options.ts
 * says why), so its traces name minified positions in index.mjs.
 *
 *   npx tsx scripts/decode-stack.ts cdk.out/asset.<hash>/index.mjs.map < trace.txt
 *
 * Uses Node's own source-map reader (node:module SourceMap).
 */
import fs from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';

/** A frame's position in the bundle: `index.mjs:LINE:COLUMN` (1-based, as V8 prints them). */
const FRAME = /([^\s()]*index\.mjs):(\d+):(\d+)/g;

/** Rewrites every bundle position in `trace` to `source:line:column (name)`; positions the map lacks stay as they are. */
export const decodeStack = (trace: string, payload: SourceMapPayload): string => {
  const map = new SourceMap(payload);
  return trace.replace(FRAME, (whole, _file: string, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as Partial<{ originalSource: string; originalLine: number; originalColumn: number; name: string }>;
    if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return whole;
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}${entry.name ? ` (${entry.name})` : ''}`;
  });
};

if (require.main === module) {
  const mapFile = process.argv[2];
  if (!mapFile) {
    process.stderr.write('usage: npx tsx scripts/decode-stack.ts <index.mjs.map> < trace.txt\n');
    process.exit(2);
  }
  const payload = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as SourceMapPayload;
  process.stdout.write(decodeStack(fs.readFileSync(0, 'utf8'), payload));
}
