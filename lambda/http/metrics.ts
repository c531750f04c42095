/**
 * Per-request CloudWatch metrics in the Embedded Metric Format (Powertools
 * Metrics): one EMF document per request, written to stdout, turned into
 * metrics by CloudWatch Logs with no API call and no extra latency. The alarms
 * and the dashboard in cdk/observability.ts read these names.
 *
 * The GraphQL layer records what it learns (operation type, error codes,
 * response-cache hit) into the request's record; the HTTP handler adds status
 * and latency and publishes once, synchronously, so concurrent requests on a
 * local server never mix their buffers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** Metric names: the contract with cdk/observability.ts. */
export const METRIC = {
  requests: 'Requests',
  latency: 'Latency',
  storeRequests: 'StoreRequests',
  cacheHits: 'CacheHits',
  serverErrors: 'ServerErrors',
  serviceUnavailable: 'ServiceUnavailable',
  /** `ErrorCode_<CODE>`: one count per distinct `extensions.code` in a response. */
  errorCodePrefix: 'ErrorCode_',
} as const;

/** Namespace used when POWERTOOLS_METRICS_NAMESPACE names none (the stack sets it). */
export const DEFAULT_METRICS_NAMESPACE = 'HuozhouReportApi';

export interface RequestRecord {
  errorCodes: Set<string>;
  cacheHit: boolean;
}

const storage = new AsyncLocalStorage<RequestRecord>();

export const newRequestRecord = (): RequestRecord => ({ errorCodes: new Set(), cacheHit: false });
export const withRequestRecord = <T>(record: RequestRecord, work: () => T): T => storage.run(record, work);
/** The record of the request running now, if any (undefined outside the HTTP handler, e.g. executeOperation in tests). */
export const currentRequestRecord = (): RequestRecord | undefined => storage.getStore();

/**
 * The publisher in Lambda: Powertools reads POWERTOOLS_METRICS_NAMESPACE and
 * POWERTOOLS_SERVICE_NAME itself. Outside Lambda (tests, `npm start`) there
 * is no CloudWatch to read stdout, so nothing is published unless a namespace
 * is configured.
 */
export const metricsFromEnvironment = (env: NodeJS.ProcessEnv = process.env): Metrics | undefined =>
  env.AWS_LAMBDA_FUNCTION_NAME || env.POWERTOOLS_METRICS_NAMESPACE
    ? new Metrics({ namespace: env.POWERTOOLS_METRICS_NAMESPACE ?? DEFAULT_METRICS_NAMESPACE })
    : undefined;

export interface Published {
  statusCode: number;
  latencyMs: number;
  storeRequests: number;
  record: RequestRecord;
}

/** Adds one request's metrics and flushes them as one EMF document. */
export const publishRequestMetrics = (metrics: Metrics, p: Published): void => {
  metrics.addMetric(METRIC.requests, MetricUnit.Count, 1);
  metrics.addMetric(METRIC.latency, MetricUnit.Milliseconds, p.latencyMs);
  metrics.addMetric(METRIC.storeRequests, MetricUnit.Count, p.storeRequests);
  metrics.addMetric(METRIC.cacheHits, MetricUnit.Count, p.record.cacheHit ? 1 : 0);
  metrics.addMetric(METRIC.serverErrors, MetricUnit.Count, p.statusCode >= 500 ? 1 : 0);
  metrics.addMetric(METRIC.serviceUnavailable, MetricUnit.Count, p.record.errorCodes.has('SERVICE_UNAVAILABLE') ? 1 : 0);
  for (const code of p.record.errorCodes) {
    // Codes are ours or Apollo's (a small fixed set); anything odd is folded so a metric name stays valid.
    const name = /^[A-Z_]{1,48}$/.test(code) ? code : 'OTHER';
    metrics.addMetric(`${METRIC.errorCodePrefix}${name}`, MetricUnit.Count, 1);
  }
  metrics.publishStoredMetrics();
};
