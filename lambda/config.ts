/**
 * The only module of the runtime that reads the environment. Everything else
 * receives these values; resolvers never see process.env.
 */
import path from 'node:path';
import { SNAPSHOT_DEFAULTS } from './data/snapshots';

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
  /** Seconds a cached response stays fresh at the edge and in browsers. */
  cacheMaxAgeSeconds: number;
  /** How long a warm function trusts the published pointer before re-reading it (ms). */
  pointerTtlMs: number;
  /** Deadline of one store read (ms); an outage is answered within it. */
  storeTimeoutMs: number;
  /** Memory budget of the in-memory report snapshots (bytes). */
  snapshotCacheBytes: number;
  /** Public root of the API for absolute links in the downloads' metadata (behind CloudFront); unset: the request's host. */
  publicBaseUrl: string | undefined;
  /** Largest download body sent uncompressed (bytes); unset: what a Lambda response carries (lambda/downloads/serve.ts). */
  downloadsMaxBodyBytes: number | undefined;
}

/** The report a field that names none answers for (existing clients were written against it). */
export const DEFAULT_REPORT_ID = 'huozhou-2024';

export const readConfig = (env: NodeJS.ProcessEnv = process.env): RuntimeConfig => ({
  tableName: env.TABLE_NAME ?? 'huozhou-report',
  dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
  region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
  defaultReportId: env.DEFAULT_REPORT_ID ?? DEFAULT_REPORT_ID,
  // In Lambda the assets sit beside the bundle (LAMBDA_TASK_ROOT); locally `npm run build:graphiql` writes dist/graphiql.
  graphiqlAssetsDir:
    env.GRAPHIQL_ASSETS_DIR ??
    (env.LAMBDA_TASK_ROOT ? path.join(env.LAMBDA_TASK_ROOT, 'graphiql') : path.resolve('dist', 'graphiql')),
  isDevelopment: env.NODE_ENV === 'development',
  cacheMaxAgeSeconds: Number(env.CACHE_MAX_AGE_SECONDS ?? 300),
  pointerTtlMs: env.POINTER_TTL_MS ? Number(env.POINTER_TTL_MS) : SNAPSHOT_DEFAULTS.pointerTtlMs,
  storeTimeoutMs: Number(env.STORE_TIMEOUT_MS ?? 1_200),
  // lambda/data/snapshots.ts says why 48 MiB.
  snapshotCacheBytes: env.SNAPSHOT_CACHE_MB ? Number(env.SNAPSHOT_CACHE_MB) * 1024 * 1024 : SNAPSHOT_DEFAULTS.maxBytes,
  publicBaseUrl: env.PUBLIC_BASE_URL || undefined,
  downloadsMaxBodyBytes: env.DOWNLOADS_MAX_BODY_BYTES ? Number(env.DOWNLOADS_MAX_BODY_BYTES) : undefined,
});

export const config: RuntimeConfig = readConfig();
