/**
 * One server of the throughput bench, in its own process (forked by
 * bench/throughput.ts, which sends the load from another process):
 *
 *   dynalite    the local DynamoDB-compatible store, seeded with every report
 *   bare        node:http answering every request with fixed bytes (the floor)
 *   graphql-js  node:http + graphql-js `graphql()` over the same schema and
 *               resolvers, data in memory (bench/memory-data.ts): the yardstick
 *
 * Each tells its parent `{ ready, port | env }` over IPC and answers `usage`
 * messages with its CPU time and memory, so CPU per request is measured in
 * the server itself. The API runs from its bundle (bench/api-server.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql } from 'graphql';
import { buildExecutableSchema } from '../lambda/graphql/server';
import { allDatasets, createMemoryData } from './memory-data';
import { startLocalTable } from './local-table';
import { answerUsage } from './usage';
import { DEFAULT_REPORT_ID } from '../lambda/config';

export type ServerKind = 'dynalite' | 'bare' | 'graphql-js';

const send = (message: unknown): void => {
  process.send?.(message);
};

const readBody = (req: http.IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const listen = async (server: http.Server): Promise<number> => {
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

/** Fixed bytes and headers (those of the API's cached answer, sent by the parent). */
const bare = async (body: string, headers: Record<string, string>): Promise<number> => {
  const payload = Buffer.from(body);
  return listen(
    http.createServer(async (req, res) => {
      await readBody(req);
      res.writeHead(200, headers).end(payload);
    }),
  );
};

const graphqlJs = async (): Promise<number> => {
  const datasets = allDatasets();
  const schema = buildExecutableSchema();
  const context = createMemoryData(datasets, DEFAULT_REPORT_ID);
  return listen(
    http.createServer(async (req, res) => {
      const { query, variables, operationName } = JSON.parse(await readBody(req)) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      const result = await graphql({ schema, source: query, variableValues: variables, operationName, contextValue: context() });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
    }),
  );
};

const main = async (): Promise<void> => {
  const kind = process.argv[2] as ServerKind;
  answerUsage();
  switch (kind) {
    case 'dynalite': {
      const table = await startLocalTable('bench-table', allDatasets());
      send({ type: 'ready', env: table.env });
      return;
    }
    case 'bare':
      send({ type: 'ready', port: await bare(process.env.BENCH_BODY ?? '', JSON.parse(process.env.BENCH_HEADERS ?? '{}') as Record<string, string>) });
      return;
    case 'graphql-js':
      send({ type: 'ready', port: await graphqlJs() });
      return;
    default:
      throw new Error(`unknown server kind ${kind}`);
  }
};

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
