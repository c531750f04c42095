/**
 * CloudFormation custom resource (`onEvent` of a custom_resources.Provider):
 * publishes the collection bundled beside this handler into the table on
 * Create and on Update (the stack passes the collection's hash as a property,
 * so a changed collection means an Update), atomically (seed/publish.ts).
 * Delete does nothing: the table is retained with its data. Any error is
 * thrown: the Provider reports it and CloudFormation fails the deployment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { readConfig } from '../../lambda/config';
import { createDocumentClient } from '../../lambda/data/client';
import type { Dataset } from '../../lambda/data/records';
import { withComputedVersion } from '../canonical';
import { collectionVersionOf, publish, publishedReportOf } from '../publish';

/** Properties the stack sets on the Custom::ReportSeed resource. */
export interface SeedProperties {
  TableName: string;
  CollectionVersion: string;
}

/** What the Provider framework expects back (Data is readable with Fn::GetAtt). */
export interface SeedResponse {
  PhysicalResourceId: string;
  Data?: { Written: number; Deleted: number; CollectionVersion: string; Reports: number };
}

const logger = new Logger();
// The same client factory as the API (region from AWS_REGION; DYNAMODB_ENDPOINT only in tests), with a
// seed's patience rather than a request's deadline.
const documentClient = createDocumentClient({ ...readConfig(), storeTimeoutMs: 10_000 });

/** The commandHook copies collection.json.gz next to the bundle; DATASET_FILE overrides it (tests). */
const datasetFile = (): string =>
  process.env.DATASET_FILE ?? path.join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), 'collection.json.gz');

const readProperties = (raw: Record<string, unknown>): SeedProperties => {
  const { TableName, CollectionVersion } = raw;
  if (typeof TableName !== 'string' || typeof CollectionVersion !== 'string') {
    throw new Error('seed: the custom resource needs string properties TableName and CollectionVersion');
  }
  return { TableName, CollectionVersion };
};

const readCollection = (file: string): Dataset[] => {
  const bytes = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  // Versions are recomputed from the content: never trusted from the file.
  return (JSON.parse(text) as { datasets: Dataset[] }).datasets.map(withComputedVersion);
};

export const handler = async (event: CloudFormationCustomResourceEvent, context?: Context): Promise<SeedResponse> => {
  if (context) logger.addContext(context);
  if (event.RequestType === 'Delete') {
    logger.info('seed: delete requested; the table is retained, nothing to do', { physicalResourceId: event.PhysicalResourceId });
    return { PhysicalResourceId: event.PhysicalResourceId };
  }

  const props = readProperties(event.ResourceProperties);
  const file = datasetFile();
  let datasets: Dataset[];
  try {
    datasets = readCollection(file);
  } catch (err) {
    throw new Error(`seed: cannot read the bundled collection ${file}: ${(err as Error).message}`);
  }
  // The template and the bundle were built from the same synth; if they disagree, publishing would
  // silently serve data other than the one the template promises.
  const bundled = collectionVersionOf(datasets.map(publishedReportOf));
  if (bundled !== props.CollectionVersion) {
    throw new Error(`seed: bundled collection is ${bundled} but the stack asks for ${props.CollectionVersion}; re-synthesise and deploy again`);
  }

  logger.info('seed: publishing', { requestType: event.RequestType, table: props.TableName, reports: datasets.length, ...props });
  try {
    const result = await publish(documentClient, props.TableName, datasets, { onProgress: (message) => logger.info(message) });
    logger.info('seed: done', { ...result });
    return {
      // Stable per table, so an Update never looks like a replacement to CloudFormation.
      PhysicalResourceId: `${props.TableName}/collection`,
      Data: { Written: result.written, Deleted: result.deleted, CollectionVersion: result.collectionVersion, Reports: result.reports },
    };
  } catch (err) {
    const message = `seed: publishing ${props.CollectionVersion} into ${props.TableName} failed: ${(err as Error).message}`;
    logger.error(message, err as Error);
    throw new Error(message, { cause: err });
  }
};
