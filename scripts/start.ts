/**
 * `npm start [-- --persist DIR] [--port N]`: serves the API and GraphiQL on
 * localhost against an embedded store with every report published.
 * `npm start -- --endpoint URL --table NAME` serves an existing table instead
 * (nothing is created or seeded).
 * Env: PORT, PERSIST_DIR.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildGraphiql } from './build-graphiql';
import { MANIFEST_FILE } from '../lambda/graphiql/manifest';
import { startLocalServer } from './local-server';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const main = async () => {
  const port = Number(arg('port') ?? process.env.PORT ?? 4000);
  const persistDir = arg('persist') ?? process.env.PERSIST_DIR;
  // A fresh clone has no built GraphiQL assets (only `npm test`'s pretest builds them): build them
  // here when missing, so the first page a newcomer opens works.
  const assetsDir = process.env.GRAPHIQL_ASSETS_DIR ?? path.resolve('dist', 'graphiql');
  if (!existsSync(path.join(assetsDir, MANIFEST_FILE))) {
    console.log('Building the GraphiQL page (first start) …');
    await buildGraphiql(assetsDir);
  }
  const endpoint = arg('endpoint');
  const tableName = arg('table');
  if (endpoint && !tableName) throw new Error('--endpoint needs --table NAME (the existing table to serve)');
  const local = await startLocalServer({ port, persistDir, endpoint, tableName });
  console.log(`GraphQL API: ${local.graphqlUrl}`);
  console.log(`GraphiQL:    ${local.url}`);
  if (persistDir) console.log(`Store kept on disk in ${persistDir}`);
  const stop = async () => {
    await local.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
