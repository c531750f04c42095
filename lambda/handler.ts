/**
 * The Lambda entry point (API Gateway HTTP API, payload v2). The logger, the
 * DynamoDB client, the store and Apollo Server are created once per container
 * (module scope), never per request.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createApp } from './app';
import { config } from './config';

export const logger = new Logger({ serviceName: 'huozhou-report-api' });

const app = createApp(config, logger);

// Start reading the dataset version (the first request needs it) during init:
// its DynamoDB round trip, and in AWS the connection's TLS handshake, then
// overlaps the rest of the cold start instead of following it.
void app.datasetVersion();

export const { handler } = app;
