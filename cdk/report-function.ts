/**
 * Every Lambda function of the stack is a ReportFunction: the runtime,
 * architecture, bundling, log group and Powertools environment are decided
 * here once, so the API function and the seeder cannot drift apart.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { lambdaBundling } from './bundling';

/** What the API needs to answer queries; no Scan, no writes. */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
/**
 * What the seeder needs (seed/load.ts): Query to find the report's stale items,
 * BatchWriteItem to put and delete in batches of 25. Nothing else writes.
 */
export const TABLE_SEED_ACTIONS = ['dynamodb:Query', 'dynamodb:BatchWriteItem'] as const;

export type TableAccess = 'read' | 'seed';

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
}

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

    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup,
      bundling: { ...lambdaBundling(), commandHooks },
      environment: {
        // Stack traces point into the TypeScript sources (the bundle ships its .map).
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        POWERTOOLS_LOGGER_SAMPLE_RATE: String(props.logSampleRate ?? 0),
        ...props.environment,
      },
    });
  }

  /**
   * Gives the function the table's name (TABLE_NAME) and exactly the actions
   * its role needs, on the table and its indexes.
   */
  public bindTable(table: ITable, access: TableAccess): void {
    this.addEnvironment('TABLE_NAME', table.tableName);
    table.grant(this, ...(access === 'seed' ? TABLE_SEED_ACTIONS : TABLE_READ_ACTIONS));
  }
}
