/**
 * A real DynamoDB API for tests: embedded dynalite over HTTP, the table from
 * keys.ts, and the report seeded through the same loader as production.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Dataset } from '../../lambda/data/records';
import { createDocumentClient } from '../../lambda/data/client';
import { buildDataset, DEFAULT_REPORT_DIR } from '../../seed/extract';
import { startEmbeddedDynamo } from '../../seed/embedded-dynamo';
import { loadDataset } from '../../seed/load';
import { createTableIfMissing } from '../../seed/table';

let cachedDataset: Dataset | undefined;
/** The dataset is deterministic, so one build serves every test in a file. */
export const dataset = (): Dataset => (cachedDataset ??= buildDataset(DEFAULT_REPORT_DIR));

export interface TestStore {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  close(): Promise<void>;
}

export const startTestStore = async (opts: { seed?: boolean; tableName?: string } = {}): Promise<TestStore> => {
  const dynamo = await startEmbeddedDynamo();
  const tableName = opts.tableName ?? 'huozhou-report-test';
  const client = createDocumentClient({ region: 'local', dynamoEndpoint: dynamo.endpoint });
  await createTableIfMissing(client, tableName);
  if (opts.seed !== false) {
    // With the source text, as the seed CLI and npm start load it (pages and Source.context read it).
    const source = readFileSync(path.join(DEFAULT_REPORT_DIR, 'report.txt'), 'utf8');
    await loadDataset(client, tableName, dataset(), { source });
  }
  return {
    endpoint: dynamo.endpoint,
    tableName,
    client,
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
};
