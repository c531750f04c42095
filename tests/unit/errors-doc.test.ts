/** docs/errors.md lists every error code the runtime can send. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? (name === '__generated__' ? [] : files(full)) : full.endsWith('.ts') ? [full] : [];
  });

describe('docs/errors.md', () => {
  it('names every extensions code the runtime sends', () => {
    const doc = readFileSync(path.resolve('docs', 'errors.md'), 'utf8');
    const codes = new Set<string>();
    for (const file of files(path.resolve('lambda'))) {
      const text = readFileSync(file, 'utf8');
      // `code: 'X'` in an extensions object, or a code passed to the error helpers.
      for (const m of text.matchAll(/code: '([A-Z_]+)'|graphqlError\([^,]+,[^,]+,\s*'([A-Z_]+)'|jsonError\(\d+,[^,]+,\s*'([A-Z_]+)'/g)) codes.add(m[1] ?? m[2] ?? m[3]!);
    }
    // Codes graphql-js and Apollo set themselves.
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE']) codes.add(code);
    expect(codes.size).toBeGreaterThan(6);
    for (const code of codes) expect({ code, listed: doc.includes(`\`${code}\``) }).toEqual({ code, listed: true });
  });
});
