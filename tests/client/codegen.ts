/**
 * The typed client of schema.graphql, as a third-party app would build it:
 * @graphql-codegen's client preset over the operations in this folder.
 * tests/integration/client.test.ts runs it with `generate()` into a scratch
 * directory; `npx graphql-codegen --config tests/client/codegen.ts` writes the
 * same output to tests/client/__generated__/ (gitignored) to look at.
 */
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const ROOT = path.resolve(__dirname, '..', '..');

export const clientCodegenConfig = (outDir: string): CodegenConfig => ({
  schema: path.join(ROOT, 'schema.graphql'),
  documents: [path.join(ROOT, 'tests', 'client', '*.graphql')],
  // The published contract must be enough: no running server, no introspection.
  silent: true,
  generates: {
    [`${outDir.replace(/\/?$/, '/')}`]: {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
});

export default clientCodegenConfig(path.join(__dirname, '__generated__'));
