/**
 * What the product owner checks in the synthesised template: runtime,
 * architecture, IAM actions, table settings, the seeding resource, the HTTP
 * API and the CloudFront cache behaviour.
 *
 * These tests synthesise with bundling skipped (the CDK's own
 * `aws:cdk:bundling-stacks` context set to no stack, which is what
 * `cdk synth --exclusively` uses): the assets become placeholders, so no esbuild
 * run and no GraphiQL build happen here. That the bundles are real, complete and
 * answer queries is proven by tests/integration/bundle.test.ts and by
 * tests/cdk/synth.test.ts (a real `cdk synth`).
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { GSI1, TABLE_KEYS } from '../../lambda/data/keys';
import { buildCollection } from '../../seed/collection';
import { collectionVersionOf, publishedReportOf } from '../../seed/publish';
import { API_MEMORY_MB, ReportApiStack } from '../../cdk/report-api-stack';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Statement = { Action: string | string[]; Effect: string; Resource: unknown };

let template: Template;
let resources: Record<string, Resource>;

const WRITE_ACTION = /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems|PartiQLInsert|PartiQLUpdate|PartiQLDelete|\*)$/;

const byType = (type: string): [string, Resource][] => Object.entries(resources).filter(([, r]) => r.Type === type);

const functionByDescription = (pattern: RegExp): [string, Resource] => {
  const found = byType('AWS::Lambda::Function').filter(([, r]) => pattern.test(String(r.Properties.Description ?? '')));
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Logical id of the role a function runs as. */
const roleOf = (fn: Resource): string => {
  const role = fn.Properties.Role as { 'Fn::GetAtt': [string, string] };
  return role['Fn::GetAtt'][0];
};

/** Every DynamoDB action any policy attached to the role grants. */
const dynamoActionsOf = (roleId: string): string[] =>
  byType('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    .filter((a) => a.startsWith('dynamodb:'))
    .sort();

beforeAll(() => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new ReportApiStack(app, 'TestReportApi');
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Record<string, Resource>;
});

describe('the API function', () => {
  it('runs on the latest Node.js runtime (24) on arm64 (Graviton), ESM handler, memory as chosen', () => {
    const [, fn] = functionByDescription(/GraphQL API/);
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: API_MEMORY_MB,
    });
  });

  it('carries the runtime configuration and the Powertools environment', () => {
    const [, fn] = functionByDescription(/GraphQL API/);
    const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      DEFAULT_REPORT_ID: 'huozhou-2024',
      POWERTOOLS_SERVICE_NAME: 'report-api',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      POWERTOOLS_LOGGER_SAMPLE_RATE: '0',
      // The heap cap the benches run the bundle with (cdk/node-options.ts); no --enable-source-maps (it says why).
      NODE_OPTIONS: '--max-old-space-size=192',
    });
    // The table name is the table's, not a string someone typed.
    const [tableId] = byType('AWS::DynamoDB::Table')[0]!;
    expect(env.TABLE_NAME).toEqual({ Ref: tableId });
  });

  it('logs to its own log group with a retention period', () => {
    for (const pattern of [/GraphQL API/, /custom resource/]) {
      const [, fn] = functionByDescription(pattern);
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroupId]?.Type).toBe('AWS::Logs::LogGroup');
      expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(30);
    }
  });

  it('may only GetItem, BatchGetItem and Query its table and indexes: no write, no Scan', () => {
    const [, fn] = functionByDescription(/GraphQL API/);
    const actions = dynamoActionsOf(roleOf(fn));
    expect(actions).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']);
    expect(actions.filter((a) => WRITE_ACTION.test(a))).toEqual([]);

    const [tableId] = byType('AWS::DynamoDB::Table')[0]!;
    const policy = byType('AWS::IAM::Policy').find(([, p]) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleOf(fn)),
    )!;
    const statement = (policy[1].Properties.PolicyDocument as { Statement: Statement[] }).Statement.find((s) =>
      ([] as string[]).concat(s.Action).includes('dynamodb:Query'),
    )!;
    // Scoped to this table and its one index (GSI1 queries) by name: no "*", no `index/*`.
    expect(statement.Resource).toEqual([
      { 'Fn::GetAtt': [tableId, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, `/index/${GSI1.indexName}`]] },
    ]);
  });
});

describe('the table', () => {
  it('is on-demand, point-in-time recoverable, deletion-protected and retained', () => {
    const tables = byType('AWS::DynamoDB::Table');
    expect(tables).toHaveLength(1);
    const [, table] = tables[0]!;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
    // Env-agnostic: CloudFormation names the table, so two stacks never collide.
    expect(table.Properties.TableName).toBeUndefined();
  });

  it('has the key design of lambda/data/keys.ts, GSI1 included', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
        { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
        { AttributeName: GSI1.partitionKey, AttributeType: 'S' },
        { AttributeName: GSI1.sortKey, AttributeType: 'S' },
      ]),
      GlobalSecondaryIndexes: [
        {
          IndexName: GSI1.indexName,
          KeySchema: [
            { AttributeName: GSI1.partitionKey, KeyType: 'HASH' },
            { AttributeName: GSI1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });
});

describe('seeding on deploy', () => {
  it('a Custom::ReportSeed resource carries the hash of the collection built from the reports', () => {
    const { datasets } = buildCollection();
    const expected = collectionVersionOf(datasets.map(publishedReportOf));
    const seeds = byType('Custom::ReportSeed');
    expect(seeds).toHaveLength(1);
    const [, seed] = seeds[0]!;
    const [tableId] = byType('AWS::DynamoDB::Table')[0]!;
    expect(seed.Properties).toMatchObject({ TableName: { Ref: tableId }, CollectionVersion: expected });
    expect(expected).toMatch(/^[0-9a-f]{16}$/);
  });

  it('goes through a Provider whose onEvent handler is the seeder function', () => {
    const [seederId] = functionByDescription(/custom resource/);
    const [, seed] = byType('Custom::ReportSeed')[0]!;
    const serviceTokenFn = (seed.Properties.ServiceToken as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const framework = resources[serviceTokenFn]!;
    expect(framework.Type).toBe('AWS::Lambda::Function');
    const frameworkEnv = (framework.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(frameworkEnv.USER_ON_EVENT_FUNCTION_ARN).toEqual({ 'Fn::GetAtt': [seederId, 'Arn'] });
  });

  it('the seeder runs on Node.js 24 arm64 and is the only function that may write to the table', () => {
    const [seederId, seeder] = functionByDescription(/custom resource/);
    expect(seeder.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Handler: 'index.handler' });
    expect(dynamoActionsOf(roleOf(seeder))).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:Query']);

    const writers = byType('AWS::Lambda::Function')
      .filter(([, fn]) => dynamoActionsOf(roleOf(fn)).some((a) => WRITE_ACTION.test(a)))
      .map(([id]) => id);
    expect(writers).toEqual([seederId]);
  });
});

describe('the HTTP API', () => {
  it('proxies every route to the API function with payload format 2.0', () => {
    const [fnId] = functionByDescription(/GraphQL API/);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [fnId, 'Arn'] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
  });

  it('answers browsers from any origin (CORS) for GET, POST and preflights', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['*'],
        AllowMethods: Match.arrayWith(['GET', 'POST', 'OPTIONS']),
        AllowHeaders: Match.arrayWith(['content-type', 'apollo-require-preflight']),
        MaxAge: 86400,
      },
    });
  });

  it('throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
  });
});

describe('CloudFront in front of the API', () => {
  it('caches by the full URL and the normalised Accept, only for as long as the API Cache-Control says', () => {
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: {
        MinTTL: 0,
        DefaultTTL: 0,
        MaxTTL: 86400,
        ParametersInCacheKeyAndForwardedToOrigin: {
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          // Two values at most: the viewer function (tests/cdk/edge.test.ts) normalises Accept.
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['accept'] },
          CookiesConfig: { CookieBehavior: 'none' },
          EnableAcceptEncodingBrotli: true,
          EnableAcceptEncodingGzip: true,
        },
      },
    });
  });

  it('forwards query strings and the GraphQL headers to the API, never Host', () => {
    const policies = byType('AWS::CloudFront::OriginRequestPolicy');
    expect(policies).toHaveLength(1);
    const config = policies[0]![1].Properties.OriginRequestPolicyConfig as {
      QueryStringsConfig: { QueryStringBehavior: string };
      HeadersConfig: { HeaderBehavior: string; Headers: string[] };
    };
    expect(config.QueryStringsConfig.QueryStringBehavior).toBe('all');
    expect(config.HeadersConfig.HeaderBehavior).toBe('whitelist');
    expect(config.HeadersConfig.Headers).toEqual(expect.arrayContaining(['content-type', 'origin']));
    // Accept reaches the origin through the cache key (normalised), never raw.
    expect(config.HeadersConfig.Headers).not.toContain('accept');
    expect(config.HeadersConfig.Headers.map((h) => h.toLowerCase())).not.toContain('host');
  });

  it('caches GET and HEAD only, passes POST through, never caches error responses', () => {
    const distributions = byType('AWS::CloudFront::Distribution');
    expect(distributions).toHaveLength(1);
    const config = distributions[0]![1].Properties.DistributionConfig as {
      DefaultCacheBehavior: Record<string, unknown>;
      CustomErrorResponses: { ErrorCode: number; ErrorCachingMinTTL: number }[];
      Origins: { DomainName: unknown; CustomOriginConfig: { OriginProtocolPolicy: string } }[];
    };
    const [cachePolicyId] = byType('AWS::CloudFront::CachePolicy')[0]!;
    const [originRequestPolicyId] = byType('AWS::CloudFront::OriginRequestPolicy')[0]!;
    expect(config.DefaultCacheBehavior).toMatchObject({
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'POST']),
      CachedMethods: ['GET', 'HEAD'],
      CachePolicyId: { Ref: cachePolicyId },
      OriginRequestPolicyId: { Ref: originRequestPolicyId },
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: true,
    });
    const codes = config.CustomErrorResponses.map((e) => e.ErrorCode);
    expect(codes).toEqual(expect.arrayContaining([400, 403, 404, 500, 502, 503, 504]));
    expect(config.CustomErrorResponses.every((e) => e.ErrorCachingMinTTL === 0)).toBe(true);

    // The origin is the HTTP API's own host name, over HTTPS.
    const [apiId] = byType('AWS::ApiGatewayV2::Api')[0]!;
    expect(JSON.stringify(config.Origins[0]!.DomainName)).toContain(apiId);
    expect(config.Origins[0]!.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });

  it('adds CORS headers at the edge so a cached response serves any origin', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        CorsConfig: {
          AccessControlAllowOrigins: { Items: ['*'] },
          AccessControlAllowCredentials: false,
          OriginOverride: true,
        },
      },
    });
  });
});

describe('outputs', () => {
  it('give the API URL, the cached URL and the GraphiQL URL', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['ApiUrl', 'DistributionUrl', 'GraphiqlUrl']));
    expect(JSON.stringify(outputs.ApiUrl!.Value)).toContain('graphql');
    const [distributionId] = byType('AWS::CloudFront::Distribution')[0]!;
    expect(outputs.DistributionUrl!.Value).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/graphql']],
    });
    expect(outputs.GraphiqlUrl!.Value).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/']],
    });
  });
});
