#!/usr/bin/env node
/** The CDK app: one stack. Environment-agnostic: no account or region is fixed here. */
import { App } from 'aws-cdk-lib';
import { ReportApiStack } from './report-api-stack';

const app = new App();
new ReportApiStack(app, 'HuozhouReportApi', {
  description: 'Huozhou 2024 government work report as a GraphQL API (table, seeded on deploy; Lambda; HTTP API; CloudFront)',
});
