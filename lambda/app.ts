/**
 * Wires the runtime from a configuration: store, dataset version cache,
 * Apollo Server and the HTTP handler. lambda/handler.ts calls it once at
 * module scope; tests call it to point a handler at a store of their choice.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RuntimeConfig } from './config';
import { createDocumentClient } from './data/client';
import { DatasetVersionCache } from './data/dataset-version';
import { RequestData } from './data/request-data';
import { instrumentClient } from './data/request-metrics';
import { Store } from './data/store';
import { serveGraphiql } from './graphiql/serve';
import { createApolloServer } from './graphql/server';
import { createHttpHandler, type HttpHandler } from './http/http-handler';
import { isDownloadPath } from './downloads/paths';

export interface App {
  handler: HttpHandler;
  documentClient: DynamoDBDocumentClient;
  store: Store;
  /** The cached dataset version; the first call starts the read (never throws: null if the store is unreachable). */
  datasetVersion: () => Promise<string | null>;
}

export const createApp = (config: RuntimeConfig, logger: Logger): App => {
  const documentClient = instrumentClient(createDocumentClient(config));
  const store = new Store(documentClient, config.tableName);
  const versions = new DatasetVersionCache(store, config.defaultReportId, config.cacheMaxAgeSeconds * 1000);
  const server = createApolloServer({ logger, isDevelopment: config.isDevelopment, cacheMaxAgeSeconds: config.cacheMaxAgeSeconds });

  const graphql = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async () => ({
      data: new RequestData(store, config.defaultReportId),
      datasetVersion: await versions.get(),
    }),
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
            store,
            reportId: config.defaultReportId,
            datasetVersion: () => versions.get(),
            cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
            logger,
          })
        : undefined,
    datasetVersion: () => versions.get(),
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    logger,
  });
  return { handler, documentClient, store, datasetVersion: () => versions.get() };
};
