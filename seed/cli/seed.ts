/**
 * `npm run seed -- --table NAME [--endpoint URL] [--region R] [--create-table]
 *     [--dataset FILE | --report DIR ...] [--lease-ms N] [--no-wait]`
 * Publishes the collection into any DynamoDB endpoint (the embedded local
 * store, DynamoDB Local, or AWS: omit --endpoint and the usual credential chain
 * applies), atomically (seed/publish.ts). Default: every report under
 * seed/reports. --dataset loads what `npm run build:dataset -- --out FILE`
 * wrote (versions recomputed from the content). --report DIR (repeatable)
 * publishes only those reports, keeping the others.
 */
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Dataset } from '../../lambda/data/records';
import { buildCollection, readDatasetFile, reportDirs } from '../collection';
import { publish } from '../publish';
import { createTableIfMissing } from '../table';
import { argValue, argValues, hasFlag } from './args';

const usage = 'usage: npm run seed -- --table NAME [--endpoint URL] [--region REGION] [--dataset FILE | --report DIR ...] [--create-table] [--lease-ms N] [--no-wait]';

const main = async () => {
  const argv = process.argv.slice(2);
  const table = argValue(argv, 'table') ?? process.env.TABLE_NAME;
  if (!table) throw new Error(usage);
  const endpoint = argValue(argv, 'endpoint');
  const region = argValue(argv, 'region') ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const datasetFile = argValue(argv, 'dataset');
  const reports = argValues(argv, 'report').map((dir) => path.resolve(dir));

  // A local endpoint takes any credentials; for AWS the default provider chain is used.
  const isLocal = endpoint !== undefined && /^http:\/\/(localhost|127\.)/.test(endpoint);
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region, endpoint, ...(isLocal ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}) }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  let datasets: Dataset[];
  let sources: Map<string, string> | undefined;
  if (datasetFile) {
    datasets = readDatasetFile(datasetFile);
    console.log(`read ${datasets.length} dataset(s) from ${datasetFile}`);
  } else {
    const built = buildCollection(reports.length ? reports : reportDirs());
    for (const f of built.failures) console.log(`skipped ${path.basename(f.reportDir)}: ${f.error}`);
    datasets = built.datasets;
    sources = built.sources;
    console.log(`built ${datasets.length} report(s)`);
  }
  if (hasFlag(argv, 'create-table')) console.log((await createTableIfMissing(client, table)) ? `created table ${table}` : `table ${table} exists`);
  const leaseMs = argValue(argv, 'lease-ms');
  const result = await publish(client, table, datasets, {
    sources,
    mode: reports.length ? 'merge' : 'replace',
    ...(leaseMs ? { leaseMs: Number(leaseMs) } : {}),
    ...(hasFlag(argv, 'no-wait') ? { waitMs: 0 } : {}),
    onProgress: (msg) => console.log(msg),
  });
  console.log(`done: collection ${result.collectionVersion}, ${result.reports} report(s), ${result.written} written, ${result.unchanged} unchanged, ${result.deleted} retired items deleted`);
  client.destroy();
};

main().catch((err: unknown) => {
  console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
