#!/usr/bin/env node
/**
 * The CDK app: one stack. Environment-agnostic: no account or region is fixed
 * here. cdk-nag's AwsSolutions pack checks every synth: a finding that is
 * neither fixed nor acknowledged (cdk/nag.ts) fails `cdk synth` and deploy.
 */
import { App } from 'aws-cdk-lib';
import { addNagChecks } from './nag';
import { ReportApiStack } from './report-api-stack';

const app = new App();
new ReportApiStack(app, 'HuozhouReportApi', {
  description: 'Chinese local government work reports (Huozhou and the 2024 collection) as a GraphQL API (table, seeded on deploy; Lambda; HTTP API; CloudFront)',
  alarmEmail: app.node.tryGetContext('alarmEmail') as string | undefined,
});
addNagChecks(app);
