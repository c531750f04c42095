/**
 * Alarms and a dashboard for the API, from three sources: API Gateway's own
 * metrics (what clients got), the function's EMF metrics (lambda/http/metrics.ts:
 * per request count, latency, store requests, error codes, cache hits) and
 * DynamoDB's (throttles). Every alarm notifies one SNS topic; docs/deploy.md
 * ("Alarms") says what each means and what to do.
 */
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRIC } from '../lambda/http/metrics';

/** Thresholds: a breach means someone should look; docs/deploy.md explains each. */
export const ALARM_THRESHOLDS = {
  /** Share of API responses that are 5xx, over 5 minutes. */
  serverErrorRatePercent: 1,
  /** Share of requests answered SERVICE_UNAVAILABLE (store outage), over 5 minutes. */
  serviceUnavailableRatePercent: 1,
  /** p99 of the function's own request latency (EMF), 3 periods of 5 minutes running. */
  p99LatencyMs: 2_000,
  /** Any throttled DynamoDB request in 5 minutes. */
  throttledRequests: 1,
} as const;

export interface ObservabilityProps {
  api: HttpApi;
  apiFunction: IFunction;
  seedFunction: IFunction;
  table: ITable;
  /** EMF namespace and service dimension the API function publishes under. */
  metricsNamespace: string;
  serviceName: string;
  /** Where alarm notifications go (optional: subscribe later to the topic). */
  alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

export class Observability extends Construct {
  public readonly topic: Topic;
  public readonly alarms: Alarm[] = [];
  public readonly dashboard: Dashboard;

  public constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', { displayName: 'Report API alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const emf = (metricName: string, statistic = 'Sum'): Metric =>
      new Metric({ namespace: props.metricsNamespace, metricName, dimensionsMap: { service: props.serviceName }, statistic, period: FIVE_MINUTES });
    // Ids are per expression: a graph showing two rates must not see two different `part`s.
    const rate = (key: string, label: string, numerator: IMetric, denominator: IMetric): MathExpression =>
      new MathExpression({
        label,
        expression: `IF(${key}Total > 0, 100 * ${key}Part / ${key}Total, 0)`,
        usingMetrics: { [`${key}Part`]: numerator, [`${key}Total`]: denominator },
        period: FIVE_MINUTES,
      });

    const serverErrorRate = rate('http5xx', '5xx %', props.api.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES }), props.api.metricCount({ statistic: 'Sum', period: FIVE_MINUTES }));
    const unavailableRate = rate('unavailable', 'SERVICE_UNAVAILABLE %', emf(METRIC.serviceUnavailable), emf(METRIC.requests));
    const p99 = emf(METRIC.latency, 'p99');
    const throttles = props.table.metricThrottledRequestsForOperations({
      operations: [Operation.GET_ITEM, Operation.BATCH_GET_ITEM, Operation.QUERY, Operation.BATCH_WRITE_ITEM],
      period: FIVE_MINUTES,
    });
    const seedErrors = props.seedFunction.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES });

    const alarm = (name: string, description: string, metric: IMetric, threshold: number, evaluationPeriods = 1, datapointsToAlarm = 1) => {
      const a = new Alarm(this, name, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods,
        datapointsToAlarm,
        // No traffic is not an incident.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      a.addAlarmAction(new SnsAction(this.topic));
      this.alarms.push(a);
      return a;
    };
    alarm('ServerErrorRate', `HTTP 5xx above ${ALARM_THRESHOLDS.serverErrorRatePercent}% of API requests for 10 of 15 minutes`, serverErrorRate, ALARM_THRESHOLDS.serverErrorRatePercent, 3, 2);
    alarm('ServiceUnavailableRate', `SERVICE_UNAVAILABLE above ${ALARM_THRESHOLDS.serviceUnavailableRatePercent}% of requests for 10 of 15 minutes (store unreachable, throttled or failing)`, unavailableRate, ALARM_THRESHOLDS.serviceUnavailableRatePercent, 3, 2);
    alarm('LatencyP99', `p99 request latency at or above ${ALARM_THRESHOLDS.p99LatencyMs} ms for 15 minutes`, p99, ALARM_THRESHOLDS.p99LatencyMs, 3, 3);
    alarm('DynamoThrottles', 'DynamoDB throttled requests on the report table', throttles, ALARM_THRESHOLDS.throttledRequests);
    alarm('SeedFailed', 'The deploy-time seed failed (the previous dataset stays current)', seedErrors, 1);

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(6) });
    const errorCodes = new MathExpression({
      label: '',
      expression: `SEARCH('{${props.metricsNamespace},service} service="${props.serviceName}" MetricName=${METRIC.errorCodePrefix}', 'Sum', 300)`,
      period: FIVE_MINUTES,
    });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# Report API\nAlarms and runbook: docs/deploy.md ("Alarms"); faults and recovery: docs/reliability.md.', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Requests and 5xx (API Gateway)', left: [props.api.metricCount({ statistic: 'Sum', period: FIVE_MINUTES })], right: [props.api.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES }), props.api.metricClientError({ statistic: 'Sum', period: FIVE_MINUTES })], width: 8 }),
      new GraphWidget({ title: 'Error rates (%)', left: [serverErrorRate, unavailableRate], width: 8 }),
      new GraphWidget({ title: 'Latency (function, ms)', left: [emf(METRIC.latency, 'p50'), p99], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Error codes (extensions.code)', left: [errorCodes], width: 8 }),
      new GraphWidget({ title: 'Store requests per request and cache hits', left: [emf(METRIC.storeRequests, 'Average')], right: [emf(METRIC.cacheHits)], width: 8 }),
      new GraphWidget({ title: 'DynamoDB throttles, Lambda throttles, seed errors', left: [throttles, props.apiFunction.metricThrottles({ period: FIVE_MINUTES }), seedErrors], width: 8 }),
    );
  }
}
