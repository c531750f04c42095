/**
 * Embeds schema.graphql (the single source of truth) into the runtime as a
 * module, so the Lambda bundle needs no file beside it and no fs read at cold start.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const sdl = readFileSync(path.join(root, 'schema.graphql'), 'utf8');
const out = path.join(root, 'lambda', 'graphql', '__generated__', 'type-defs.ts');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `// Generated from schema.graphql by scripts/embed-schema.ts (npm run codegen). Do not edit.\nexport const typeDefs = ${JSON.stringify(sdl)};\n`);
