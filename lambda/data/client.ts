/** The DynamoDB document client, configured from RuntimeConfig; created once per process by its caller. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RuntimeConfig } from '../config';

export const createDocumentClient = (config: Pick<RuntimeConfig, 'region' | 'dynamoEndpoint'> & Partial<Pick<RuntimeConfig, 'storeTimeoutMs'>>): DynamoDBDocumentClient => {
  const deadline = config.storeTimeoutMs ?? 1_200;
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint
      ? {
          endpoint: config.dynamoEndpoint,
          // The embedded local store accepts any credentials; never touch a real account from local runs.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    // A GraphQL request should fail fast and say the store is unavailable rather than hang: bounded
    // connection and request times, two attempts; the store layer also caps each whole read (store.ts),
    // so an outage is answered within the deadline whatever the retries.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: Math.min(500, deadline), requestTimeout: deadline, throwOnRequestTimeout: true },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
};
