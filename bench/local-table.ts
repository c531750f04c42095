/**
 * A seeded local DynamoDB-compatible table (dynalite, in this process) for the
 * benches: the same table layout and the same dataset the API serves.
 */
import type { AddressInfo, Server } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTableIfMissing } from '../seed/table';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildDataset, DEFAULT_REPORT_DIR } from '../seed/extract/index';
import type { Dataset } from '../lambda/data/records';
import { publish } from '../seed/publish';

// dynalite ships no types; this is the part we use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

export interface LocalTable {
  endpoint: string;
  tableName: string;
  region: string;
  /** What a function process needs to reach the table (dummy credentials: dynalite accepts any). */
  env: Record<string, string>;
  close: () => Promise<void>;
}

/** Seeds `datasets` (default: the default report) through the production publisher. */
export const startLocalTable = async (tableName = 'bench-table', datasets?: Dataset[]): Promise<LocalTable> => {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const region = 'us-east-1';
  const credentials = { accessKeyId: 'dummy', secretAccessKey: 'dummy' };
  const client = new DynamoDBClient({ endpoint, region, credentials });
  await createTableIfMissing(client, tableName);
  // One publication of the whole collection, as the seeder publishes it.
  await publish(DynamoDBDocumentClient.from(client), tableName, datasets ?? [buildDataset(DEFAULT_REPORT_DIR)]);
  client.destroy();
  return {
    endpoint,
    tableName,
    region,
    env: {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: endpoint,
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
