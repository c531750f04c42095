/**
 * `npm start [-- --persist DIR] [--port N]`: serves the API and GraphiQL on
 * localhost against an embedded store seeded from the report.
 * Env: PORT, PERSIST_DIR.
 */
import { startLocalServer } from './local-server';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const main = async () => {
  const port = Number(arg('port') ?? process.env.PORT ?? 4000);
  const persistDir = arg('persist') ?? process.env.PERSIST_DIR;
  const local = await startLocalServer({ port, persistDir });
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
