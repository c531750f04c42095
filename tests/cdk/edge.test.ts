/**
 * The CloudFront viewer function that normalises Accept, run as CloudFront
 * runs it (a script defining `handler(event)`), against the origin's own rule
 * (lambda/http/negotiate.ts): for every header both pick the same
 * representation, so the edge's cache key (two values) names exactly what
 * the origin answers. And the function is the one the stack deploys.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ReportApiStack } from '../../cdk/report-api-stack';
import { negotiateGraphqlMediaType } from '../../lambda/http/negotiate';

const SOURCE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'cdk', 'edge-functions', 'normalise-accept.js'), 'utf8');

type Headers = Record<string, { value: string }>;
const context = vm.createContext({});
vm.runInContext(SOURCE, context);
const edge = (accept: string | undefined): string => {
  const headers: Headers = accept === undefined ? {} : { accept: { value: accept } };
  const request = (context.handler as (e: unknown) => { headers: Headers })({ request: { method: 'GET', uri: '/graphql', headers } });
  return request.headers.accept!.value;
};

const HEADERS: (string | undefined)[] = [
  undefined,
  '',
  '*/*',
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  'application/json, application/graphql-response+json',
  // urql's default: equal q, the client's order decides.
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed',
  'application/json, application/graphql-response+json;q=1',
  'application/*, application/graphql-response+json;q=0.5',
  'application/json;q=0.5, application/graphql-response+json',
  'application/*',
  'application/*;q=0.2, application/graphql-response+json;q=0.1',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'text/html',
  'application/graphql-response+json;q=0',
  'APPLICATION/GRAPHQL-RESPONSE+JSON',
  'application/graphql-response+json; charset=utf-8',
  '*/*;q=0.1, application/graphql-response+json;q=0.05',
  'garbage',
  ';;;,,,/',
  'application/json;q=abc, application/graphql-response+json',
  `${'x/y, '.repeat(2000)}application/graphql-response+json`,
];

it.each(HEADERS.map((h) => [h === undefined ? '(absent)' : JSON.stringify(h).slice(0, 60), h]))('Accept %s: the edge and the origin choose the same', (_label, accept) => {
  const chosen = edge(accept);
  expect(['application/json', 'application/graphql-response+json']).toContain(chosen);
  expect(chosen).toBe(negotiateGraphqlMediaType(accept));
});

it('is the code of the viewer-request function on the distribution (cloudfront-js-2.0)', () => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const json = Template.fromStack(new ReportApiStack(app, 'EdgeReportApi')).toJSON() as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  const entries = Object.entries(json.Resources);
  const [fnId, fn] = entries.find(([, r]) => r.Type === 'AWS::CloudFront::Function')!;
  expect(fn.Properties.FunctionCode).toBe(SOURCE);
  expect((fn.Properties.FunctionConfig as { Runtime: string }).Runtime).toBe('cloudfront-js-2.0');
  const dist = entries.find(([, r]) => r.Type === 'AWS::CloudFront::Distribution')![1];
  const behavior = (dist.Properties.DistributionConfig as { DefaultCacheBehavior: { FunctionAssociations: { EventType: string; FunctionARN: unknown }[] } }).DefaultCacheBehavior;
  expect(behavior.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } }]);
});
