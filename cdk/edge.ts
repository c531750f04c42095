/**
 * What sits at the CloudFront edge besides the cache: the Accept-normalising
 * viewer function (one representation per cache key), the access-log bucket,
 * and the AWS WAF web ACL with per-client rate limits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Aws, CfnCondition, Duration, Fn, RemovalPolicy, Stack, type CfnResource } from 'aws-cdk-lib';
import { Function as CloudFrontFunction, FunctionCode, FunctionRuntime } from 'aws-cdk-lib/aws-cloudfront';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Per-client (source IP) limits, counted by WAF over a 5-minute window. A
 * GraphQL POST is never cached, so every one is work for the function and the
 * table: 300 per 5 min (1/s sustained) is far above any person or app and
 * stops one address from using the whole stage throttle (100 req/s). The
 * general limit also covers GETs that miss the cache (each new query string
 * does): 3,000 per 5 min (10/s). Cached answers are cheap, but a client past
 * that rate is a scraper that should use /downloads. docs/deploy.md repeats
 * these numbers.
 */
export const RATE_LIMITS = {
  windowSeconds: 300,
  uncachedPostsPerClient: 300,
  requestsPerClient: 3_000,
} as const;

/** What a blocked client receives: a GraphQL-shaped error with a code, like every other refusal. */
const RATE_LIMITED_BODY = JSON.stringify({
  errors: [{ message: 'Too many requests from this address; retry in a few minutes, or use /downloads for bulk data.', extensions: { code: 'RATE_LIMITED', retryable: true } }],
});

export interface EdgeProps {
  /** An existing CLOUDFRONT-scope web ACL (in us-east-1) to use instead of the stack's own. */
  webAclArn?: string;
}

export class Edge extends Construct {
  /** Viewer-request function: Accept becomes `application/json` or `application/graphql-response+json`. */
  public readonly normaliseAccept: CloudFrontFunction;
  /** Bucket for CloudFront's standard access logs. */
  public readonly logBucket: Bucket;
  /** The web ACL's ARN for the distribution (a token; empty outside us-east-1 when the stack makes its own). */
  public readonly webAclArn: string;
  /** The stack's own web ACL, when it made one. */
  public readonly webAcl?: CfnWebACL;

  public constructor(scope: Construct, id: string, props: EdgeProps = {}) {
    super(scope, id);

    this.normaliseAccept = new CloudFrontFunction(this, 'NormaliseAccept', {
      comment: 'Accept -> one of the two GraphQL representations (cache key has two values)',
      code: FunctionCode.fromInline(fs.readFileSync(path.join(__dirname, 'edge-functions', 'normalise-accept.js'), 'utf8')),
      runtime: FunctionRuntime.JS_2_0,
    });

    // CloudFront's standard logs need ACLs on the bucket (OBJECT_WRITER): that is how the log delivery writes.
    this.logBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      // Kept after `cdk destroy` like the table (a non-empty bucket cannot be deleted); the lifecycle rule empties it.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    if (props.webAclArn) {
      this.webAclArn = props.webAclArn;
      return;
    }
    // A CLOUDFRONT-scope web ACL can only be created in us-east-1. The stack is
    // region-agnostic, so the ACL exists where it can, and elsewhere the
    // distribution goes without (docs/deploy.md: deploy in us-east-1, or pass webAclArn).
    const inUsEast1 = new CfnCondition(this, 'InUsEast1', { expression: Fn.conditionEquals(Aws.REGION, 'us-east-1') });
    const stackName = Stack.of(this).stackName;
    const rateRule = (name: string, priority: number, limit: number, postOnly: boolean): CfnWebACL.RuleProperty => ({
      name,
      priority,
      action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'rateLimited', responseHeaders: [{ name: 'retry-after', value: String(RATE_LIMITS.windowSeconds) }] } } },
      statement: {
        rateBasedStatement: {
          aggregateKeyType: 'IP',
          evaluationWindowSec: RATE_LIMITS.windowSeconds,
          limit,
          ...(postOnly
            ? { scopeDownStatement: { byteMatchStatement: { fieldToMatch: { method: {} }, positionalConstraint: 'EXACTLY', searchString: 'POST', textTransformations: [{ priority: 0, type: 'NONE' }] } } }
            : {}),
        },
      },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: `${name}`, sampledRequestsEnabled: true },
    });
    const webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Per-client rate limits on the report API, see docs/deploy.md',
      defaultAction: { allow: {} },
      customResponseBodies: { rateLimited: { contentType: 'APPLICATION_JSON', content: RATE_LIMITED_BODY } },
      rules: [
        rateRule('UncachedPostsPerClient', 0, RATE_LIMITS.uncachedPostsPerClient, true),
        rateRule('RequestsPerClient', 1, RATE_LIMITS.requestsPerClient, false),
      ],
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: `${stackName}-web-acl`, sampledRequestsEnabled: true },
    });
    (webAcl as CfnResource).cfnOptions.condition = inUsEast1;
    this.webAcl = webAcl;
    this.webAclArn = Fn.conditionIf(inUsEast1.logicalId, webAcl.attrArn, Aws.NO_VALUE).toString();
  }
}
