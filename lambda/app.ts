/**
 * Wires the runtime from a configuration: store, snapshots of the published
 * collection, Apollo Server and the HTTP handler. lambda/handler.ts calls it
 * once at module scope; tests call it to point a handler at a store of their choice.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RuntimeConfig } from './config';
import { createDocumentClient } from './data/client';
import { RequestData } from './data/request-data';
import { instrumentClient } from './data/request-metrics';
import { Snapshots, type PublishedCollection } from './data/snapshots';
import { Store } from './data/store';
import { serveGraphiql } from './graphiql/serve';
import { createApolloServer } from './graphql/server';
import { createHttpHandler, type HttpHandler } from './http/http-handler';
import { isDownloadPath } from './downloads/paths';
import { publicBase } from './pages/origin';
import { isPagePath } from './pages/paths';
import { ResponseCache } from './http/response-cache';

export interface App {
  handler: HttpHandler;
  documentClient: DynamoDBDocumentClient;
  store: Store;
  snapshots: Snapshots;
  /** The current collection version; the first call starts the read (never throws: null if the store is unreachable). */
  datasetVersion: () => Promise<string | null>;
}

export const createApp = (config: RuntimeConfig, logger: Logger): App => {
  const documentClient = instrumentClient(createDocumentClient(config));
  const store = new Store(documentClient, config.tableName, { readTimeoutMs: config.storeTimeoutMs });
  const snapshots = new Snapshots(store, {
    pointerTtlMs: config.pointerTtlMs,
    pointerTimeoutMs: Math.min(1_000, config.storeTimeoutMs),
    maxBytes: config.snapshotCacheBytes,
    onRefreshError: (err) => logger.warn('published pointer read failed; serving the last known version', { error: String(err) }),
  });
  const server = createApolloServer({ logger, isDevelopment: config.isDevelopment, cacheMaxAgeSeconds: config.cacheMaxAgeSeconds });

  // The collection a request's ETag was computed from: its data is read from the same version.
  const pinned = new WeakMap<object, PublishedCollection>();
  const resolveVersion = async (event?: object): Promise<string | null> => {
    try {
      // Once a request is pinned it stays on its version: the ETag, the response cache and the data all name one.
      const collection = (event && pinned.get(event)) || (await snapshots.current());
      if (event) pinned.set(event, collection);
      return collection.collectionVersion;
    } catch {
      return null;
    }
  };

  const graphql = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event }) => {
      // Pinned by the HTTP layer (GET), else the last known version if still fresh; an operation that reads
      // no data never waits for the store.
      const collection = pinned.get(event) ?? snapshots.fresh() ?? undefined;
      return {
        data: new RequestData(snapshots, config.defaultReportId, collection),
        datasetVersion: collection?.collectionVersion ?? null,
        origin: publicBase(event),
      };
    },
  });

  const handler = createHttpHandler({
    graphql: async (event, context) => {
      logger.addContext(context);
      return (await graphql(event, context, () => undefined)) as Awaited<ReturnType<typeof graphql>> & object;
    },
    graphiql: (event) => serveGraphiql(event, config.graphiqlAssetsDir),
    // Loaded on first use: a GraphQL cold start never runs the downloads code.
    downloads: async (event, path) =>
      isDownloadPath(path)
        ? (await import('./downloads/serve')).serveDownloads(event, path, {
            // The collection the ETag was computed from (datasetVersion runs first): data of that same version.
            data: () => new RequestData(snapshots, config.defaultReportId, pinned.get(event)),
            reportId: config.defaultReportId,
            datasetVersion: () => resolveVersion(event),
            cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
            logger,
            publicBaseUrl: config.publicBaseUrl,
            maxIdentityBytes: config.downloadsMaxBodyBytes,
          })
        : undefined,
    // Loaded on first use, like downloads: the pages never weigh on a GraphQL cold start.
    pages: async (event, path) =>
      isPagePath(path)
        ? (await import('./pages/serve')).servePages(event, path, { snapshots, defaultReportId: config.defaultReportId, logger })
        : undefined,
    datasetVersion: (event) => resolveVersion(event),
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    logger,
    responseCache: new ResponseCache(),
  });
  return { handler, documentClient, store, snapshots, datasetVersion: () => resolveVersion() };
};
