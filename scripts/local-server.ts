/**
 * The whole stack on one machine: an embedded DynamoDB-compatible server,
 * the table, the report seeded into it, and the Lambda handler served over
 * HTTP. Used by `npm start` and by the integration and browser tests.
 */
import path from 'node:path';
import { buildDataset, DEFAULT_REPORT_DIR } from '../seed/build';
import { startEmbeddedDynamo } from '../seed/embedded-dynamo';
import { loadDataset } from '../seed/load';
import { createTableIfMissing } from '../seed/table';
import { createDocumentClient } from '../lambda/data/client';
import { Logger } from '@aws-lambda-powertools/logger';
import { createApp } from '../lambda/app';
import { readConfig } from '../lambda/config';
import { serveLambda } from './lambda-http-adapter';

export interface LocalServer {
  url: string;
  graphqlUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  datasetVersion: string;
  /** False when a persisted store already had the table. */
  tableCreated: boolean;
  close(): Promise<void>;
}

export interface LocalServerOptions {
  port?: number;
  persistDir?: string;
  quiet?: boolean;
  tableName?: string;
}

export const startLocalServer = async (opts: LocalServerOptions = {}): Promise<LocalServer> => {
  const tableName = opts.tableName ?? 'huozhou-report-local';
  const dynamo = await startEmbeddedDynamo({ persistDir: opts.persistDir ? path.resolve(opts.persistDir) : undefined });
  const say = (msg: string) => {
    if (!opts.quiet) console.log(msg);
  };

  const documentClient = createDocumentClient({ region: 'local', dynamoEndpoint: dynamo.endpoint });
  const created = await createTableIfMissing(documentClient, tableName);
  const dataset = buildDataset(DEFAULT_REPORT_DIR);
  const { written, deleted } = await loadDataset(documentClient, tableName, dataset);
  say(`${created ? 'created' : 'reused'} table ${tableName}; seeded ${dataset.report.reportId} v${dataset.report.datasetVersion} (${written} items, ${deleted} stale removed)`);

  // The same wiring as lambda/handler.ts (createApp), configured for this store; one app per server,
  // so several local servers (tests) never share a module-level client.
  const config = readConfig({ ...process.env, TABLE_NAME: tableName, DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: process.env.AWS_REGION ?? 'local' });
  const logger = new Logger({ serviceName: 'huozhou-report-api', logLevel: opts.quiet ? 'ERROR' : (process.env.POWERTOOLS_LOG_LEVEL as 'WARN' | undefined) ?? 'WARN' });
  const app = createApp(config, logger);
  const { server, port } = await serveLambda(app.handler, opts.port ?? 4000);
  const url = `http://localhost:${port}`;
  return {
    url: `${url}/`,
    graphqlUrl: `${url}/graphql`,
    dynamoEndpoint: dynamo.endpoint,
    tableName,
    datasetVersion: dataset.report.datasetVersion,
    tableCreated: created,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      documentClient.destroy();
      app.documentClient.destroy();
      await dynamo.close();
    },
  };
};
