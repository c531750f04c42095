/**
 * The whole stack on one machine: an embedded DynamoDB-compatible server,
 * the table, every report of the collection published into it, and the
 * Lambda handler served over HTTP. Used by `npm start` and by the
 * integration and browser tests. With `endpoint` it serves an existing
 * table instead, creating and seeding nothing.
 */
import path from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { buildCollection, reportDirs } from '../seed/collection';
import { startEmbeddedDynamo } from '../seed/embedded-dynamo';
import { publish } from '../seed/publish';
import { createTableIfMissing } from '../seed/table';
import { createDocumentClient } from '../lambda/data/client';
import { createApp } from '../lambda/app';
import { readConfig } from '../lambda/config';
import { serveLambda } from './lambda-http-adapter';

export interface LocalServer {
  url: string;
  graphqlUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  /** The published collection version (null when serving an existing table). */
  datasetVersion: string | null;
  /** False when a persisted store already had the table. */
  tableCreated: boolean;
  close(): Promise<void>;
}

export interface LocalServerOptions {
  port?: number;
  persistDir?: string;
  quiet?: boolean;
  tableName?: string;
  /** Serve an existing table at this endpoint: no embedded store, no seeding. */
  endpoint?: string;
  /** Report folders to publish (default: every folder under seed/reports). */
  reportDirs?: string[];
}

export const startLocalServer = async (opts: LocalServerOptions = {}): Promise<LocalServer> => {
  const tableName = opts.tableName ?? 'report-api-local';
  const say = (msg: string) => {
    if (!opts.quiet) console.log(msg);
  };
  const dynamo = opts.endpoint ? undefined : await startEmbeddedDynamo({ persistDir: opts.persistDir ? path.resolve(opts.persistDir) : undefined });
  const endpoint = opts.endpoint ?? dynamo!.endpoint;
  // Publishing writes large batches: a seed's patience, not a request's deadline.
  const documentClient = createDocumentClient({ region: 'local', dynamoEndpoint: endpoint, storeTimeoutMs: 60_000 });

  let created = false;
  let datasetVersion: string | null = null;
  if (dynamo) {
    created = await createTableIfMissing(documentClient, tableName);
    const started = Date.now();
    // With --persist, built datasets are kept beside the store: a restart with nothing changed rebuilds nothing.
    const cacheDir = opts.persistDir ? path.join(path.resolve(opts.persistDir), 'build-cache') : undefined;
    const { datasets, sources, failures } = buildCollection(opts.reportDirs ?? reportDirs(), { cacheDir });
    for (const f of failures) say(`skipped ${path.basename(f.reportDir)}: ${f.error}`);
    const result = await publish(documentClient, tableName, datasets, { sources });
    datasetVersion = result.collectionVersion;
    say(
      `${created ? 'created' : 'reused'} table ${tableName}; published ${result.reports} report(s) as collection ${result.collectionVersion} ` +
        `(${result.written} items written, ${result.unchanged} unchanged) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  // The same wiring as lambda/handler.ts (createApp), configured for this store; one app per server,
  // so several local servers (tests) never share a module-level client.
  // The embedded store shares this process's CPU with the API: a read may take longer than in DynamoDB
  // (the production deadline is 1.2 s; STORE_TIMEOUT_MS overrides both).
  const config = readConfig({
    STORE_TIMEOUT_MS: dynamo ? '5000' : undefined,
    // Lambda caps a response at 6 MB (so large downloads are gzip-only there); a local server has no such cap.
    DOWNLOADS_MAX_BODY_BYTES: String(256 * 1024 * 1024),
    ...process.env,
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'local',
  });
  const logger = new Logger({ serviceName: 'report-api', logLevel: opts.quiet ? 'ERROR' : (process.env.POWERTOOLS_LOG_LEVEL as 'WARN' | undefined) ?? 'WARN' });
  const app = createApp(config, logger);
  const { server, port } = await serveLambda(app.handler, opts.port ?? 4000);
  const url = `http://localhost:${port}`;
  return {
    url: `${url}/`,
    graphqlUrl: `${url}/graphql`,
    dynamoEndpoint: endpoint,
    tableName,
    datasetVersion,
    tableCreated: created,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      documentClient.destroy();
      app.documentClient.destroy();
      await dynamo?.close();
    },
  };
};
