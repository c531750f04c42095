/**
 * `npm start [-- --persist DIR] [--port N]`: serves the API and GraphiQL on
 * localhost against an embedded store with every report published.
 * `npm start -- --endpoint URL --table NAME` serves an existing table instead
 * (nothing is created or seeded).
 * Env: PORT, PERSIST_DIR.
 *
 * Stops with its launcher: Ctrl-C (SIGINT to the terminal's process group)
 * and SIGTERM stop the server; and since npm exits on SIGTERM without passing
 * it on to `tsx` and the server, the server also stops when the process that
 * launched it (npm, npx or tsx) is gone.
 */
// The AWS SDK warns at every start that its 2027 releases will need Node 22; the local server
// uses the SDK only against the embedded store. The SDK's own switch turns the notice off
// (README, "Run it"); set AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=false to see it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphiql } from './build-graphiql';
import { MANIFEST_FILE } from '../lambda/graphiql/manifest';
import { startLocalServer } from './local-server';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** The parent of a process, from /proc (Linux) or ps (macOS); undefined when it cannot be told. */
const parentOf = (pid: number): number | undefined => {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    try {
      return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || undefined;
    } catch {
      return undefined;
    }
  }
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Calls `onGone` once the launcher (our parent, tsx, and its parent, npm) has exited. */
const watchLauncher = (onGone: () => void): void => {
  const launchers = [process.ppid];
  const grandparent = parentOf(process.ppid);
  if (grandparent && grandparent > 1) launchers.push(grandparent);
  const timer = setInterval(() => {
    if (launchers.some((pid) => !alive(pid)) || process.ppid === 1) {
      clearInterval(timer);
      onGone();
    }
  }, 500);
  timer.unref();
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
  console.log(`Home page:   ${local.url}`);
  console.log(`GraphiQL:    ${local.url}graphiql`);
  if (persistDir) console.log(`Store kept on disk in ${persistDir}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // A store that will not close must not keep the port: exit regardless after 5 s.
    setTimeout(() => process.exit(0), 5_000).unref();
    await local.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  watchLauncher(() => void stop());
};

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
