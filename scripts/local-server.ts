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
import { serveLambda } from './lambda-http-adapter';

export interface LocalServer {
  url: string;
  graphqlUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  datasetVersion: string;
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

  // The handler reads its configuration at import, as in Lambda: set it first.
  process.env.TABLE_NAME = tableName;
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.AWS_REGION ??= 'local';
  process.env.POWERTOOLS_LOG_LEVEL ??= opts.quiet ? 'ERROR' : 'WARN';
  const { handler } = await import('../lambda/handler');
  const { server, port } = await serveLambda(handler, opts.port ?? 4000);
  const url = `http://localhost:${port}`;
  return {
    url: `${url}/`,
    graphqlUrl: `${url}/graphql`,
    dynamoEndpoint: dynamo.endpoint,
    tableName,
    datasetVersion: dataset.report.datasetVersion,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      documentClient.destroy();
      await dynamo.close();
    },
  };
};
