/**
 * A seeded local DynamoDB-compatible table (dynalite, in this process) for the
 * benches: the same table layout and the same dataset the API serves.
 */
import type { AddressInfo, Server } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GSI1, TABLE_KEYS } from '../lambda/data/keys';
import { buildDataset, DEFAULT_REPORT_DIR } from '../seed/build/index';
import { loadDataset } from '../seed/load';

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

export const startLocalTable = async (tableName = 'bench-table'): Promise<LocalTable> => {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const region = 'us-east-1';
  const credentials = { accessKeyId: 'dummy', secretAccessKey: 'dummy' };
  const client = new DynamoDBClient({ endpoint, region, credentials });
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, GSI1.partitionKey, GSI1.sortKey].map((n) => ({
        AttributeName: n,
        AttributeType: 'S',
      })),
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: GSI1.indexName,
          KeySchema: [
            { AttributeName: GSI1.partitionKey, KeyType: 'HASH' },
            { AttributeName: GSI1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  await loadDataset(DynamoDBDocumentClient.from(client), tableName, buildDataset(DEFAULT_REPORT_DIR));
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
