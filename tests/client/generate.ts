/**
 * `tsx tests/client/generate.ts OUT_DIR`: runs @graphql-codegen/cli's
 * programmatic generate() with the client preset (tests/client/codegen.ts)
 * into OUT_DIR and prints the written file names as JSON.
 *
 * A separate process because the codegen CLI package loads ESM-only modules
 * (yargs, log-symbols) that jest's CommonJS runtime cannot require on Node 20.
 */
import { generate } from '@graphql-codegen/cli';
import { clientCodegenConfig } from './codegen';

const main = async (): Promise<void> => {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: tsx tests/client/generate.ts OUT_DIR');
  const files = await generate(clientCodegenConfig(outDir), true);
  process.stdout.write(JSON.stringify(files.map((file: { filename: string }) => file.filename)));
};

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
