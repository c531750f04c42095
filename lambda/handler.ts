/**
 * The Lambda entry point (API Gateway HTTP API, payload v2). The logger, the
 * DynamoDB client, the store and Apollo Server are created once per container
 * (module scope), never per request.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createApp } from './app';
import { config } from './config';

export const logger = new Logger({ serviceName: 'huozhou-report-api' });

export const { handler } = createApp(config, logger);
