/**
 * The local server (scripts/local-server.ts: embedded store, the collection
 * published into it, the Lambda handler over real HTTP) as the integration and
 * browser tests start it: on a free port, quiet, closed after the tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BuildGraphiqlOptions, GraphiqlTab } from '../../scripts/build-graphiql';
import type { LocalServer, LocalServerOptions } from '../../scripts/local-server';

/** Huozhou's report alone: for tests whose sizes and exact bytes are one report's (the collection's files pass 6 MB). */
export const HUOZHOU_DIR = path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024');

/**
 * Starts the local server on a free port, without its console output. Imported late, so a test may set the
 * environment the handler reads (GRAPHIQL_ASSETS_DIR) before the server's modules load.
 */
export const startTestServer = async (opts: LocalServerOptions = {}): Promise<LocalServer> => {
  const { startLocalServer } = await import('../../scripts/local-server');
  return startLocalServer({ port: 0, quiet: true, ...opts });
};

/**
 * A local server for the enclosing file or describe block: registers the beforeAll that starts it (with
 * `timeoutMs`, e.g. when publishing takes long) and the afterAll that closes it. The returned server reads
 * through to the started one, so it is usable inside hooks and tests registered after this call.
 */
export const useLocalServer = (opts: LocalServerOptions = {}, timeoutMs?: number): LocalServer => {
  let started: LocalServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(opts);
  }, timeoutMs);
  afterAll(async () => started?.close());
  return new Proxy({} as LocalServer, {
    get: (_target, key) => {
      if (!started) throw new Error('the local server is used before its beforeAll started it');
      return started[key as keyof LocalServer];
    },
  });
};

export interface GraphiqlServer {
  server: LocalServer;
  tabs: GraphiqlTab[];
  /** Closes the server and removes the built page. */
  close(): Promise<void>;
}

/**
 * The local server with GraphiQL built as `npm run build:graphiql` builds it (the tabs of
 * lambda/graphiql/tabs), into a temporary folder named after `prefix`, and served from there.
 */
export const startGraphiqlServer = async (prefix: string, build: BuildGraphiqlOptions = {}): Promise<GraphiqlServer> => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), prefix));
  const assetsDir = path.join(scratch, 'graphiql');
  const removeBuild = async () => {
    delete process.env.GRAPHIQL_ASSETS_DIR;
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const { buildGraphiql } = await import('../../scripts/build-graphiql');
    const { tabs } = await buildGraphiql(assetsDir, build);
    process.env.GRAPHIQL_ASSETS_DIR = assetsDir;
    const server = await startTestServer();
    return {
      server,
      tabs,
      close: async () => {
        await server.close();
        await removeBuild();
      },
    };
  } catch (error) {
    await removeBuild();
    throw error;
  }
};
