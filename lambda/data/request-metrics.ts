/**
 * Counts DynamoDB commands per GraphQL request. A middleware on the one
 * document client adds to the counter of the request it runs in
 * (AsyncLocalStorage), so concurrent local requests do not mix.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface RequestMetrics {
  dynamoRequests: number;
  commands: string[];
}

const storage = new AsyncLocalStorage<RequestMetrics>();

export const newMetrics = (): RequestMetrics => ({ dynamoRequests: 0, commands: [] });

export const withMetrics = <T>(metrics: RequestMetrics, work: () => T): T => storage.run(metrics, work);

export const currentMetrics = (): RequestMetrics | undefined => storage.getStore();

const INSTALLED = Symbol.for('huozhou.requestMetrics');

export const instrumentClient = (client: DynamoDBDocumentClient): DynamoDBDocumentClient => {
  const marked = client as DynamoDBDocumentClient & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return client;
  marked[INSTALLED] = true;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const metrics = storage.getStore();
      if (metrics) {
        metrics.dynamoRequests++;
        metrics.commands.push(String(context.commandName ?? 'unknown'));
      }
      return next(args);
    },
    { step: 'initialize', name: 'huozhouRequestMetrics' },
  );
  return client;
};
