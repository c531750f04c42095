/**
 * `npm run seed -- --endpoint URL --table NAME [--report DIR] [--create-table] [--region R]`
 * Builds, validates and loads the report into any DynamoDB endpoint: the
 * embedded local store, DynamoDB Local, or AWS (omit --endpoint; the usual AWS
 * credential chain applies). Idempotent; removes stale items of that report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildDataset, DEFAULT_REPORT_DIR } from '../build';
import { loadDataset } from '../load';
import { createTableIfMissing } from '../table';
import { argValue, hasFlag } from './args';

const usage = 'usage: npm run seed -- --table NAME [--endpoint URL] [--region REGION] [--report DIR] [--create-table]';

const main = async () => {
  const argv = process.argv.slice(2);
  const table = argValue(argv, 'table') ?? process.env.TABLE_NAME;
  if (!table) throw new Error(usage);
  const endpoint = argValue(argv, 'endpoint');
  const region = argValue(argv, 'region') ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const reportDir = path.resolve(argValue(argv, 'report') ?? DEFAULT_REPORT_DIR);

  // A local endpoint takes any credentials; for AWS the default provider chain is used.
  const isLocal = endpoint !== undefined && /^http:\/\/(localhost|127\.)/.test(endpoint);
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region, endpoint, ...(isLocal ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}) }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const dataset = buildDataset(reportDir);
  console.log(`built ${dataset.report.reportId} v${dataset.report.datasetVersion}: ${JSON.stringify(dataset.report.counts)}`);
  if (hasFlag(argv, 'create-table')) console.log((await createTableIfMissing(client, table)) ? `created table ${table}` : `table ${table} exists`);
  const source = readFileSync(path.join(reportDir, 'report.txt'), 'utf8');
  const result = await loadDataset(client, table, dataset, { source, onProgress: (msg) => console.log(msg) });
  console.log(`done: ${result.written} written, ${result.deleted} stale deleted`);
  client.destroy();
};

main().catch((err: unknown) => {
  console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
