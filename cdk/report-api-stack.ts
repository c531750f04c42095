/**
 * The production stack: one table, one read-only API function behind an HTTP
 * API and a caching CloudFront distribution, and a custom resource that seeds
 * the table on deploy. It names no account, region or physical resource, so
 * the same template deploys anywhere (and several times into one account).
 */
import path from 'node:path';
import { CfnOutput, CustomResource, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AllowedMethods,
  CachedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  FunctionEventType,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Provider } from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { GSI1, TABLE_KEYS } from '../lambda/data/keys';
import { CORS_HEADERS } from '../lambda/http/common';
import { DEFAULT_METRICS_NAMESPACE } from '../lambda/http/metrics';
import { DEFAULT_REPORT_ID } from '../lambda/config';
import { httpApiAccessLogs } from './access-logs';
import { prepareCollection } from './dataset';
import { Edge } from './edge';
import { acknowledgeNagFindings } from './nag';
import { Observability } from './observability';
import { API_NODE_FLAGS } from './node-options';
import { ReportFunction, seederLeadingKeys } from './report-function';

const ROOT = path.resolve(__dirname, '..');

/**
 * CORS as the function itself answers it (lambda/http/http-handler.ts), so API
 * Gateway's preflight answers and CloudFront's edge headers say the same thing.
 */
const corsList = (name: string): string[] => (CORS_HEADERS[name] ?? '').split(',').map((h) => h.trim()).filter(Boolean);
const CORS_ALLOW_HEADERS = corsList('access-control-allow-headers');
const CORS_EXPOSE_HEADERS = corsList('access-control-expose-headers');
const CORS_MAX_AGE = Duration.seconds(Number(CORS_HEADERS['access-control-max-age'] ?? 86400));

/**
 * Memory of the API function. Lambda gives CPU in proportion to memory and the
 * cold start (parsing ~1 MB of minified JS, building the schema) is CPU-bound;
 * the process itself peaks at ~221 MB RSS with every report warm (heap capped,
 * cdk/node-options.ts; docs/bench-cold-start.md, "Memory size").
 */
export const API_MEMORY_MB = 1769; // one full vCPU: the work is CPU-bound (measured, docs/bench-cold-start.md "Memory size")

/** HTTP status codes CloudFront would otherwise cache for 10 s when the origin sends no Cache-Control. */
const ERROR_CODES_NEVER_CACHED = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];

/** Service names: the Powertools `service` key on logs and the EMF dimension the alarms read. */
const API_SERVICE = 'report-api';

export interface ReportApiStackProps extends StackProps {
  /** The folder of report folders to publish. @default seed/reports */
  reportsRoot?: string;
  /** Steady-state requests per second the default stage accepts (a cost ceiling). @default 100 */
  throttleRateLimit?: number;
  /** Burst the default stage accepts. @default 200 */
  throttleBurstLimit?: number;
  /** E-mail address subscribed to the alarm topic. @default none (subscribe later) */
  alarmEmail?: string;
  /** An existing CLOUDFRONT-scope WAF web ACL (us-east-1) instead of the stack's own. */
  webAclArn?: string;
}

export class ReportApiStack extends Stack {
  public constructor(scope: Construct, id: string, props: ReportApiStackProps = {}) {
    super(scope, id, props);

    const collection = prepareCollection(props.reportsRoot);

    // ---- Table: the key design comes from the runtime's own keys module.
    const table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      // Data outlives the stack: `cdk destroy` leaves the table (docs/deploy.md, "Cleanup").
      removalPolicy: RemovalPolicy.RETAIN,
    });
    table.addGlobalSecondaryIndex({
      indexName: GSI1.indexName,
      partitionKey: { name: GSI1.partitionKey, type: AttributeType.STRING },
      sortKey: { name: GSI1.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });

    // ---- API function: reads only.
    const apiFunction = new ReportFunction(this, 'ApiFunction', {
      entry: path.join(ROOT, 'lambda', 'handler.ts'),
      description: 'GraphQL API over Chinese local government work reports, from Huozhou 2024 (read-only)',
      serviceName: API_SERVICE,
      metricsNamespace: DEFAULT_METRICS_NAMESPACE,
      memorySize: API_MEMORY_MB,
      nodeFlags: API_NODE_FLAGS,
      timeout: Duration.seconds(10),
      environment: {
        NODE_ENV: 'production',
        DEFAULT_REPORT_ID: DEFAULT_REPORT_ID,
        CACHE_MAX_AGE_SECONDS: '300',
      },
      // GraphiQL ships inside the function and is served by it: the page and the
      // API share one origin (no CORS, no second bucket or distribution), nothing
      // comes from a third-party CDN, and the assets are pre-compressed (.br/.gz)
      // at build time so the function only picks the file matching Accept-Encoding.
      afterBundling: (inputDir, outputDir) => [
        `cd "${inputDir}" && npm run --silent build:graphiql`,
        `cp -R "${inputDir}/dist/graphiql" "${outputDir}/graphiql"`,
      ],
    });
    apiFunction.bindTable(table, { kind: 'read', indexNames: [GSI1.indexName] });

    // ---- Seeding on deploy: the only writer.
    const seedFunction = new ReportFunction(this, 'SeedFunction', {
      entry: path.join(ROOT, 'seed', 'deploy', 'handler.ts'),
      description: 'CloudFormation custom resource: publishes the bundled collection into the table',
      serviceName: 'report-seed',
      memorySize: 512,
      timeout: Duration.minutes(5),
      afterBundling: (_inputDir, outputDir) => [`cp "${collection.file}" "${outputDir}/collection.json.gz"`],
    });
    seedFunction.bindTable(table, { kind: 'seed', leadingKeys: seederLeadingKeys() });

    // The framework function's own role, without the AWS-managed basic execution policy
    // (the Provider grants it what it needs: invoking the seeder, writing its log group).
    const frameworkRole = new Role(this, 'SeedProviderRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Custom-resource framework: invokes the seeder, writes its log group',
    });
    const seedProvider = new Provider(this, 'SeedProvider', {
      onEventHandler: seedFunction,
      frameworkOnEventRole: frameworkRole,
      logGroup: new LogGroup(this, 'SeedProviderLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    const seed = new CustomResource(this, 'ReportSeed', {
      serviceToken: seedProvider.serviceToken,
      resourceType: 'Custom::ReportSeed',
      // A changed collection changes CollectionVersion, which makes CloudFormation send Update: the seed re-runs.
      properties: {
        TableName: table.tableName,
        CollectionVersion: collection.version,
      },
    });

    // ---- HTTP API.
    const api = new HttpApi(this, 'HttpApi', {
      description: 'Government work reports (Huozhou and the 2024 collection): GraphQL API',
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', apiFunction),
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: CORS_ALLOW_HEADERS,
        exposeHeaders: CORS_EXPOSE_HEADERS,
        maxAge: CORS_MAX_AGE,
      },
      // The default stage is created below, with throttling.
      createDefaultStage: false,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: httpApiAccessLogs(this, 'HttpApiAccessLogs'),
      // A ceiling on what an abusive client can cost; cached GETs never reach it.
      throttle: {
        rateLimit: props.throttleRateLimit ?? 100,
        burstLimit: props.throttleBurstLimit ?? 200,
      },
    });

    // ---- CloudFront in front of the API: caches GET queries by their full URL.
    const edge = new Edge(this, 'Edge', { webAclArn: props.webAclArn });
    const cachePolicy = new CachePolicy(this, 'GraphqlCachePolicy', {
      comment: 'GET /graphql?query=…: key is the full URL and the normalised Accept; TTL only from the API Cache-Control',
      // min 0 and default 0: a response without Cache-Control (errors, POST, mutations) is never stored;
      // the API's `Cache-Control: public, max-age=N` decides what is and for how long.
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      // The answer's media type follows Accept: the viewer function (edge.ts) reduces it to two
      // values, and both are in the key, so one client's choice is never served to another.
      headerBehavior: CacheHeaderBehavior.allowList('accept'),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
    });
    const originRequestPolicy = new OriginRequestPolicy(this, 'ApiOriginRequestPolicy', {
      // Conditional requests (If-None-Match against the API's ETag) are answered by CloudFront
      // from its cache, which revalidates with the origin itself when an object expires.
      comment: 'What the GraphQL API reads; never Host (API Gateway routes on its own host name)',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      cookieBehavior: OriginRequestCookieBehavior.none(),
      // Accept is forwarded as part of the cache key (the cache policy), normalised.
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        // So API Gateway can answer CORS preflights (OPTIONS is passed through, never cached).
        'origin',
        'access-control-request-method',
        'access-control-request-headers',
      ),
    });
    // CORS headers added at the edge, so a response cached for one caller (curl,
    // no Origin) still carries them for a browser: Origin need not be in the cache key.
    const corsPolicy = new ResponseHeadersPolicy(this, 'CorsPolicy', {
      comment: 'CORS for the public GraphQL API',
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
        accessControlAllowHeaders: CORS_ALLOW_HEADERS,
        accessControlExposeHeaders: CORS_EXPOSE_HEADERS,
        accessControlAllowCredentials: false,
        accessControlMaxAge: CORS_MAX_AGE,
        originOverride: true,
      },
    });

    const distribution = new Distribution(this, 'Distribution', {
      comment: 'Huozhou 2024 report GraphQL API (cached GET queries)',
      defaultBehavior: {
        // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com: keep the host part.
        origin: new HttpOrigin(Fn.select(2, Fn.split('/', api.apiEndpoint)), {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        cachePolicy,
        originRequestPolicy,
        responseHeadersPolicy: corsPolicy,
        compress: true,
        functionAssociations: [{ function: edge.normaliseAccept, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      enableLogging: true,
      logBucket: edge.logBucket,
      logFilePrefix: 'cloudfront/',
      webAclId: edge.webAclArn,
      // Errors (PersistedQueryNotFound, validation errors, throttling) must reach the next
      // caller fresh: without this CloudFront keeps 4xx/5xx for 10 s by default.
      errorResponses: ERROR_CODES_NEVER_CACHED.map((httpStatus) => ({ httpStatus, ttl: Duration.seconds(0) })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America, Europe and Asia edges (the report's readers are mostly in Asia).
      priceClass: PriceClass.PRICE_CLASS_200,
    });
    // The API is only worth exposing once the data is in.
    distribution.node.addDependency(seed);

    const observability = new Observability(this, 'Observability', {
      api,
      apiFunction,
      seedFunction,
      table,
      metricsNamespace: DEFAULT_METRICS_NAMESPACE,
      serviceName: API_SERVICE,
      alarmEmail: props.alarmEmail,
    });
    acknowledgeNagFindings({ stack: this, api, distribution, seedProvider, frameworkRole, logBucket: edge.logBucket });

    const distributionOrigin = `https://${distribution.distributionDomainName}`;
    new CfnOutput(this, 'ApiUrl', {
      description: 'GraphQL endpoint on the HTTP API (uncached)',
      value: `${stage.url}graphql`,
    });
    new CfnOutput(this, 'DistributionUrl', {
      description: 'GraphQL endpoint through CloudFront (GET queries cached per Cache-Control)',
      value: `${distributionOrigin}/graphql`,
    });
    new CfnOutput(this, 'GraphiqlUrl', {
      description: 'GraphiQL, served by the API function through CloudFront',
      value: `${distributionOrigin}/`,
    });
    new CfnOutput(this, 'TableName', { description: 'DynamoDB table (retained on stack delete)', value: table.tableName });
    new CfnOutput(this, 'ApiLogGroup', { description: 'API function logs', value: apiFunction.logGroup.logGroupName });
    new CfnOutput(this, 'AlarmTopicArn', { description: 'SNS topic every alarm notifies (subscribe to it)', value: observability.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { description: 'CloudWatch dashboard', value: observability.dashboard.dashboardName });
  }
}
