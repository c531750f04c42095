/**
 * The runtime stays separate from the seed program, the CDK app and the tests:
 * the lint rule rejects such imports, and no runtime file has one today.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

const runtimeFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '__generated__' ? [] : runtimeFiles(full);
    return /\.(ts|js)$/.test(name) ? [full] : [];
  });

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints source text as if it were a file inside lambda/, with the project's own config (separate process: ESLint's config is ESM). */
const lintAsRuntimeFile = (code: string): LintMessage[] => {
  const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  let out: string;
  try {
    out = execFileSync(process.execPath, [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', 'lambda/graphql/example.ts'], {
      cwd: root,
      input: code,
      encoding: 'utf8',
    });
  } catch (err) {
    // ESLint exits 1 when it reports problems; its JSON is still on stdout.
    out = (err as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(out) as { messages: LintMessage[] }[];
  return result!.messages;
};

describe('runtime import boundary', () => {
  it('the lint rule rejects runtime imports of seed/, cdk/, tests/ and opencc-js, and accepts lambda/ imports', () => {
    const code = [
      "import a from '../../seed/load';",
      "import b from '../cdk/app';",
      "import c from '../../tests/helpers';",
      "import d from 'opencc-js';",
      "import { config } from '../config';",
      'export const y = [a, b, c, d, config];',
      '',
    ].join('\n');
    const rejected = lintAsRuntimeFile(code).filter((m) => m.ruleId === 'no-restricted-imports');
    expect(rejected.map((m) => (m as LintMessage & { line: number }).line)).toEqual([1, 2, 3, 4]);
  });

  it('no runtime file imports seed/, cdk/, tests/ or scripts/', () => {
    const offenders = runtimeFiles(path.join(root, 'lambda')).filter((file) =>
      /from\s+['"](\.\.\/)+(seed|cdk|tests|scripts)\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
