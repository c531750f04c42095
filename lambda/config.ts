/**
 * The only module of the runtime that reads the environment. Everything else
 * receives these values; resolvers never see process.env.
 */
import path from 'node:path';

export interface RuntimeConfig {
  tableName: string;
  /** Set locally (embedded DynamoDB-compatible server); unset in AWS. */
  dynamoEndpoint: string | undefined;
  region: string;
  /** Report served when a query names none. */
  defaultReportId: string;
  /** Where GraphiQL's pre-built, pre-compressed assets live. */
  graphiqlAssetsDir: string;
  /** Development mode shows error details; production never sends stack traces. */
  isDevelopment: boolean;
  /** Seconds a cached response and the dataset version stay fresh. */
  cacheMaxAgeSeconds: number;
}

export const readConfig = (env: NodeJS.ProcessEnv = process.env): RuntimeConfig => ({
  tableName: env.TABLE_NAME ?? 'huozhou-report',
  dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
  region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
  defaultReportId: env.DEFAULT_REPORT_ID ?? 'huozhou-2024',
  // In Lambda the assets sit beside the bundle (LAMBDA_TASK_ROOT); locally `npm run build:graphiql` writes dist/graphiql.
  graphiqlAssetsDir:
    env.GRAPHIQL_ASSETS_DIR ??
    (env.LAMBDA_TASK_ROOT ? path.join(env.LAMBDA_TASK_ROOT, 'graphiql') : path.resolve('dist', 'graphiql')),
  isDevelopment: env.NODE_ENV === 'development',
  cacheMaxAgeSeconds: Number(env.CACHE_MAX_AGE_SECONDS ?? 300),
});

export const config: RuntimeConfig = readConfig();
