/**
 * The Lambda app as lambda/handler.ts wires it (createApp), for tests: configured
 * from environment variables as the handler reads them, in region `local`, and
 * logging nothing unless a test asks.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createApp, type App } from '../../lambda/app';
import { readConfig } from '../../lambda/config';

type LoggerOptions = NonNullable<ConstructorParameters<typeof Logger>[0]>;

export const createTestApp = (env: NodeJS.ProcessEnv, log: LoggerOptions = {}): App =>
  createApp(readConfig({ AWS_REGION: 'local', ...env }), new Logger({ serviceName: 'test', logLevel: 'SILENT', ...log }));
