/**
 * A seeded local DynamoDB-compatible table (dynalite, in this process) for the
 * benches: the same table layout and the same dataset the API serves.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEmbeddedDynamo } from '../seed/embedded-dynamo';
import { createTableIfMissing } from '../seed/table';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildDataset, DEFAULT_REPORT_DIR } from '../seed/extract/index';
import type { Dataset } from '../lambda/data/records';
import { publish } from '../seed/publish';

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
  const { endpoint, close } = await startEmbeddedDynamo();
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
    close,
  };
};
