/** The DynamoDB document client, configured from RuntimeConfig; created once per process by its caller. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RuntimeConfig } from '../config';

export const createDocumentClient = (config: Pick<RuntimeConfig, 'region' | 'dynamoEndpoint'>): DynamoDBDocumentClient => {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint
      ? {
          endpoint: config.dynamoEndpoint,
          // The embedded local store accepts any credentials; never touch a real account from local runs.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    // A GraphQL request should fail fast and say the store is unavailable rather than hang.
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
};
