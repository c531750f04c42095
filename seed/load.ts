/**
 * One report into the table, the other published reports kept (merge mode
 * of seed/publish.ts): for tests and tools that load a single report.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Dataset } from '../lambda/data/records';
import { publish, type PublishOptions, type PublishResult } from './publish';

export interface LoadOptions extends Omit<PublishOptions, 'mode' | 'sources'> {
  /** The report text, to re-validate provenance before writing. */
  source?: string;
}

export const loadDataset = (client: DynamoDBDocumentClient, tableName: string, dataset: Dataset, options: LoadOptions = {}): Promise<PublishResult> => {
  const { source, ...rest } = options;
  return publish(client, tableName, [dataset], {
    ...rest,
    mode: 'merge',
    ...(source !== undefined ? { sources: new Map([[dataset.report.reportId, source]]) } : {}),
  });
};
