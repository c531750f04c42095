/**
 * CloudFormation custom resource (`onEvent` of a custom_resources.Provider):
 * loads the dataset bundled beside this handler into the table on Create and
 * on Update (the stack passes the dataset hash as a property, so a changed
 * dataset means an Update). Delete does nothing: the table is retained with its data.
 * Any error is thrown: the Provider reports it and CloudFormation fails the
 * deployment with that message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { readConfig } from '../../lambda/config';
import { createDocumentClient } from '../../lambda/data/client';
import type { Dataset } from '../../lambda/data/records';
import { loadDataset } from '../load';

/** Properties the stack sets on the Custom::ReportSeed resource. */
export interface SeedProperties {
  TableName: string;
  ReportId: string;
  DatasetVersion: string;
}

/** What the Provider framework expects back (Data is readable with Fn::GetAtt). */
export interface SeedResponse {
  PhysicalResourceId: string;
  Data?: { Written: number; Deleted: number; DatasetVersion: string };
}

const logger = new Logger();
// The same client factory as the API (region from AWS_REGION; DYNAMODB_ENDPOINT only in tests).
const documentClient = createDocumentClient(readConfig());

/** The commandHook copies dataset.json next to the bundle; DATASET_FILE overrides it (tests). */
const datasetFile = (): string =>
  process.env.DATASET_FILE ?? path.join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), 'dataset.json');

const readProperties = (raw: Record<string, unknown>): SeedProperties => {
  const { TableName, ReportId, DatasetVersion } = raw;
  if (typeof TableName !== 'string' || typeof ReportId !== 'string' || typeof DatasetVersion !== 'string') {
    throw new Error('seed: the custom resource needs string properties TableName, ReportId and DatasetVersion');
  }
  return { TableName, ReportId, DatasetVersion };
};

/** Stable per table and report, so an Update never looks like a replacement to CloudFormation. */
const physicalId = (props: SeedProperties): string => `${props.TableName}/${props.ReportId}`;

export const handler = async (event: CloudFormationCustomResourceEvent, context?: Context): Promise<SeedResponse> => {
  if (context) logger.addContext(context);
  if (event.RequestType === 'Delete') {
    logger.info('seed: delete requested; the table is retained, nothing to do', {
      physicalResourceId: event.PhysicalResourceId,
    });
    return { PhysicalResourceId: event.PhysicalResourceId };
  }

  const props = readProperties(event.ResourceProperties);
  const file = datasetFile();
  let dataset: Dataset;
  try {
    dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  } catch (err) {
    throw new Error(`seed: cannot read the bundled dataset ${file}: ${(err as Error).message}`);
  }
  // The template and the bundle were built from the same synth; if they disagree, loading would
  // silently serve data other than the one the template promises.
  if (dataset.report.reportId !== props.ReportId || dataset.report.datasetVersion !== props.DatasetVersion) {
    throw new Error(
      `seed: bundled dataset is ${dataset.report.reportId}@${dataset.report.datasetVersion} ` +
        `but the stack asks for ${props.ReportId}@${props.DatasetVersion}; re-synthesise and deploy again`,
    );
  }

  logger.info('seed: loading', { requestType: event.RequestType, table: props.TableName, ...props });
  try {
    const { written, deleted } = await loadDataset(documentClient, props.TableName, dataset, {
      onProgress: (message) => logger.info(message),
    });
    logger.info('seed: done', { written, deleted, datasetVersion: props.DatasetVersion });
    return {
      PhysicalResourceId: physicalId(props),
      Data: { Written: written, Deleted: deleted, DatasetVersion: props.DatasetVersion },
    };
  } catch (err) {
    const message = `seed: loading ${props.ReportId}@${props.DatasetVersion} into ${props.TableName} failed: ${(err as Error).message}`;
    logger.error(message, err as Error);
    throw new Error(message, { cause: err });
  }
};
