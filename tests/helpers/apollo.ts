/** Runs named operations through Apollo's executeOperation against a real store, counting DynamoDB requests. */
import { Logger } from '@aws-lambda-powertools/logger';
import type { ApolloServer } from '@apollo/server';
import { instrumentClient, newMetrics, withMetrics, type RequestMetrics } from '../../lambda/data/request-metrics';
import { RequestData } from '../../lambda/data/request-data';
import { Snapshots } from '../../lambda/data/snapshots';
import { Store } from '../../lambda/data/store';
import type { Context } from '../../lambda/graphql/context';
import { createApolloServer } from '../../lambda/graphql/server';
import type { TestStore } from './local-store';

export interface SingleResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface Harness {
  server: ApolloServer<Context>;
  /** `cold`: a new process-level snapshot cache for this operation (counts the requests of a cold function). */
  run(query: string, variables?: Record<string, unknown>, opts?: { cold?: boolean }): Promise<SingleResult & { metrics: RequestMetrics }>;
  snapshots: Snapshots;
}

export const createHarness = async (testStore: TestStore, datasetVersion: string | null = 'test'): Promise<Harness> => {
  const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
  const server = createApolloServer({ logger, isDevelopment: false, cacheMaxAgeSeconds: 300 });
  await server.start();
  const store = new Store(instrumentClient(testStore.client), testStore.tableName);
  // Production's pointer TTL: a warm function re-reads the published pointer at most every 10 s.
  const snapshots = new Snapshots(store, { pointerTtlMs: 10_000 });
  return {
    server,
    snapshots,
    run: async (query, variables, opts = {}) => {
      const metrics = newMetrics();
      const snaps = opts.cold ? new Snapshots(store, { pointerTtlMs: 10_000 }) : snapshots;
      const response = await withMetrics(metrics, () =>
        server.executeOperation(
          { query, variables },
          // A fresh RequestData per operation, as per HTTP request; datasetVersion null disables the response cache.
          { contextValue: { data: new RequestData(snaps, 'huozhou-2024'), datasetVersion } },
        ),
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult as SingleResult;
      return { data, errors, metrics };
    },
  };
};

/**
 * A seeded store and a harness for the whole test file: registers the
 * beforeAll/afterAll pair and returns the harness (usable inside tests).
 */
export const useSeededHarness = (): Pick<Harness, 'run'> => {
  let store: TestStore | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    const { startTestStore } = await import('./local-store');
    store = await startTestStore();
    harness = await createHarness(store, null);
  });
  afterAll(async () => {
    await harness?.server.stop();
    await store?.close();
  });
  return {
    run: (query, variables, opts) => {
      if (!harness) throw new Error('harness used outside a test');
      return harness.run(query, variables, opts);
    },
  };
};
