/**
 * Every Lambda function of the stack is a ReportFunction: the runtime,
 * architecture, bundling, log group and Powertools environment are decided
 * here once, so the API function and the seeder cannot drift apart.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { CATALOG_PK, PARTITION_PREFIX } from '../lambda/data/keys';
import { lambdaBundling } from './bundling';

/** What the API needs to answer queries; no Scan, no writes. */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
/**
 * What the seeder needs (seed/load.ts): Query to find the report's stale items,
 * BatchWriteItem to put and delete in batches of 25. Nothing else writes.
 */
export const TABLE_SEED_ACTIONS = ['dynamodb:Query', 'dynamodb:BatchWriteItem'] as const;

/**
 * What a function may reach in the table: `read` every partition (the API is
 * public, read-only data) on the table and its one index; `seed` only the
 * partitions whose keys match `leadingKeys` (IAM's `dynamodb:LeadingKeys`
 * condition on the partition key of every item read or written), on the
 * table alone (the seeder never reads an index).
 */
export type TableAccess = { kind: 'read'; indexNames: readonly string[] } | { kind: 'seed'; leadingKeys: readonly string[] };

/**
 * The partitions the deploy-time seeder may read and write (IAM
 * `dynamodb:LeadingKeys`): the report versions it publishes
 * (`REPORT#<id>#V#<version>`), the control items under `CATALOG` (the
 * publication pointer and the lease) and the indicator panels (`PANEL#…`).
 * Nothing else in the table.
 */
export const seederLeadingKeys = (): string[] => [`${PARTITION_PREFIX.report}*`, CATALOG_PK, `${PARTITION_PREFIX.panel}*`];

export interface ReportFunctionProps {
  /** The TypeScript module exporting `handler`. */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  /** Powertools `service` key on every log line. */
  serviceName: string;
  environment?: Record<string, string>;
  /** Extra files for the bundle (GraphiQL assets, the dataset). */
  afterBundling?: (inputDir: string, outputDir: string) => string[];
  /** @default ONE_MONTH */
  logRetention?: RetentionDays;
  /** @default 'INFO' */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** Fraction of invocations logged at DEBUG regardless of the level. @default 0 */
  logSampleRate?: number;
  /** Powertools Metrics namespace (EMF); unset: the function publishes no metrics. */
  metricsNamespace?: string;
  /** Node.js flags (NODE_OPTIONS); none by default. */
  nodeFlags?: readonly string[];
}

/**
 * The latest Node.js runtime aws-cdk-lib offers (cdk-nag AwsSolutions-L1
 * checks for it). cdk/bundling.ts targets the oldest syntax this runtime runs.
 */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

export class ReportFunction extends NodejsFunction {
  public constructor(scope: Construct, id: string, props: ReportFunctionProps) {
    // Our own log group (instead of the implicit /aws/lambda/… one) so the
    // retention is part of the template and no log-retention custom resource is needed.
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const afterBundling = props.afterBundling;
    const commandHooks: ICommandHooks = {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) => afterBundling?.(inputDir, outputDir) ?? [],
    };

    // Our own role instead of the AWS-managed AWSLambdaBasicExecutionRole: the
    // only grant it needs is writing to its own log group (given below, on that
    // group's ARN alone), not to every log group of the account.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: writes its own log group; table access as bound`,
    });
    logGroup.grant(role, 'logs:CreateLogStream', 'logs:PutLogEvents');

    super(scope, id, {
      entry: props.entry,
      role,
      handler: 'handler',
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup,
      bundling: { ...lambdaBundling(), commandHooks },
      environment: {
        ...(props.nodeFlags?.length ? { NODE_OPTIONS: props.nodeFlags.join(' ') } : {}),
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        POWERTOOLS_LOGGER_SAMPLE_RATE: String(props.logSampleRate ?? 0),
        ...(props.metricsNamespace ? { POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace } : {}),
        ...props.environment,
      },
    });
  }

  /**
   * Gives the function the table's name (TABLE_NAME) and exactly the actions
   * its role needs, on exactly the resources it needs: no `index/*` wildcard,
   * and for the seeder no partition outside `leadingKeys`.
   */
  public bindTable(table: ITable, access: TableAccess): void {
    this.addEnvironment('TABLE_NAME', table.tableName);
    if (access.kind === 'read') {
      this.addToRolePolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [...TABLE_READ_ACTIONS],
          resources: [table.tableArn, ...access.indexNames.map((name) => `${table.tableArn}/index/${name}`)],
        }),
      );
      return;
    }
    this.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...TABLE_SEED_ACTIONS],
        resources: [table.tableArn],
        // ForAllValues: every partition key the request touches must match one of the patterns.
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...access.leadingKeys] } },
      }),
    );
  }
}
