/**
 * The one DynamoDB table as dynamodb-toolbox sees it: attribute and index
 * names come from keys.ts, so the CDK stack, the seed and the runtime agree.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
// Subpath imports: the package root re-exports every action (update, scan, transactions, JSON schemer …)
// and declares no sideEffects, so importing from it bundles them all (−62 KB, docs/bench-cold-start.md).
import { Table } from 'dynamodb-toolbox/table';
import { ENTITY_ATTRIBUTE, GSI1, TABLE_KEYS } from './keys';

export const makeTable = (documentClient: DynamoDBDocumentClient, name: string) =>
  new Table({
    documentClient,
    name,
    partitionKey: { name: TABLE_KEYS.partitionKey, type: 'string' },
    sortKey: { name: TABLE_KEYS.sortKey, type: 'string' },
    indexes: {
      [GSI1.indexName]: {
        type: 'global',
        partitionKey: { name: GSI1.partitionKey, type: 'string' },
        sortKey: { name: GSI1.sortKey, type: 'string' },
      },
    },
    entityAttributeSavedAs: ENTITY_ATTRIBUTE,
  });

export type AppTable = ReturnType<typeof makeTable>;
