/**
 * The Lambda entry point (API Gateway HTTP API, payload v2). Logger, DynamoDB
 * client, store and Apollo Server are created once per container.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { config } from './config';
import { createDocumentClient } from './data/client';
import { DatasetVersionCache } from './data/dataset-version';
import { RequestData } from './data/request-data';
import { instrumentClient } from './data/request-metrics';
import { Store } from './data/store';
import { serveGraphiql } from './graphiql/serve';
import { createApolloServer } from './graphql/server';
import { createHttpHandler } from './http/http-handler';

export const logger = new Logger({ serviceName: 'huozhou-report-api' });
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

export const handler = createHttpHandler({
  graphql: async (event, context) => {
    logger.addContext(context);
    return (await graphql(event, context, () => undefined)) as Awaited<ReturnType<typeof graphql>> & object;
  },
  graphiql: (event) => serveGraphiql(event, config.graphiqlAssetsDir),
  datasetVersion: () => versions.get(),
  cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
  logger,
});
