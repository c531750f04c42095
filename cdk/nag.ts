/**
 * cdk-nag's AwsSolutions pack (an independent check of AWS practice) runs on
 * every synth of the app (cdk/app.ts) and in tests/cdk/nag.test.ts. Every
 * finding is fixed in the stack, or acknowledged here on the one construct it
 * concerns, with its reason; docs/deploy.md ("cdk-nag acknowledgements")
 * lists the same entries, and the test checks that it does.
 */
import { Validations, type Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { IApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Provider } from 'aws-cdk-lib/custom-resources';
import { AwsSolutionsChecks } from 'cdk-nag';

/** The acknowledged findings: rule id (as cdk-nag names it), what it is on, and why. */
export const NAG_ACKNOWLEDGEMENTS = {
  apiAuthorizer: {
    id: 'AwsSolutions::AwsSolutions-APIG4',
    on: 'HTTP API default route',
    reason: 'A public, read-only API over published government data: there is no caller to authorise. Abuse is bounded by the stage throttle and the WAF rate rules instead.',
  },
  tlsFloor: {
    id: 'AwsSolutions::AwsSolutions-CFR4',
    on: 'CloudFront distribution',
    reason: 'The default *.cloudfront.net certificate sets the TLS floor (CloudFront allows TLSv1 with it); a custom domain with its own certificate and minimumProtocolVersion TLSv1.2_2021 removes this (docs/deploy.md, "Custom domain").',
  },
  geoRestriction: {
    id: 'AwsSolutions::AwsSolutions-CFR1',
    on: 'CloudFront distribution',
    reason: 'Open data for readers everywhere: no country is to be excluded.',
  },
  frameworkInvoke: {
    id: 'AwsSolutions::AwsSolutions-IAM5[Resource::<SeedFunctionD53A21F3.Arn>:*]',
    on: 'custom-resource framework role policy',
    reason: 'Written by aws-cdk-lib\'s Provider: the framework may invoke the seeder function by any version-qualified ARN (`<arn>:*`), and that one function only.',
  },
  logBucketAccessLogs: {
    id: 'AwsSolutions::AwsSolutions-S1',
    on: 'CloudFront access-log bucket',
    reason: 'This bucket holds access logs; logging its own access would log the log deliveries themselves (recursion) and it is never read by the public.',
  },
} as const;

export interface NagTargets {
  stack: Stack;
  api: IApi;
  distribution: Distribution;
  seedProvider: Provider;
  frameworkRole: IRole;
  logBucket: IBucket;
}

const ack = (construct: IConstruct, entry: { id: string; reason: string }): void => Validations.of(construct).acknowledge({ id: entry.id, reason: entry.reason });

/** Acknowledges each finding on the construct it concerns (not stack-wide, so a new finding elsewhere still fails). */
export const acknowledgeNagFindings = (t: NagTargets): void => {
  const a = NAG_ACKNOWLEDGEMENTS;
  ack(t.api.node.findChild('DefaultRoute'), a.apiAuthorizer);
  ack(t.distribution, a.tlsFloor);
  ack(t.distribution, a.geoRestriction);
  ack(t.frameworkRole, a.frameworkInvoke);
  ack(t.logBucket, a.logBucketAccessLogs);
};

/** Adds the AwsSolutions pack to an app: synth fails on any finding not fixed or acknowledged. */
export const addNagChecks = (app: IConstruct): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
};
