/**
 * cdk-nag's AwsSolutions pack over the stack, as `cdk synth` runs it
 * (cdk/app.ts adds it): no unacknowledged error or warning, every
 * acknowledgement in cdk/nag.ts is used (none is stale), each names its
 * reason, and docs/deploy.md lists them. Bundling is skipped (assets become
 * placeholders), as in stack.test.ts; the checks read only the template.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { ReportApiStack } from '../../cdk/report-api-stack';
import { addNagChecks, NAG_ACKNOWLEDGEMENTS } from '../../cdk/nag';

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
  acknowledgedId?: string;
  reason?: string;
}
interface Report {
  pluginReports: { pluginName: string; conclusion: string; violations: Violation[]; suppressedViolations?: Violation[] }[];
}

let outdir: string;
let report: Report;

beforeAll(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-nag-'));
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  new ReportApiStack(app, 'NagReportApi');
  addNagChecks(app);
  // Throws on any unacknowledged finding; the message lists them.
  app.synth();
  report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as Report;
});
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

const awsSolutions = () => report.pluginReports.find((p) => p.pluginName === 'AwsSolutions')!;

it('the AwsSolutions pack ran and found nothing unacknowledged (errors and warnings)', () => {
  const pack = awsSolutions();
  expect(pack).toBeDefined();
  expect(pack.violations.map((v) => `${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`)).toEqual([]);
  expect(pack.conclusion).toBe('success');
});

it('every acknowledgement is used by a real finding and carries its reason', () => {
  const suppressed = awsSolutions().suppressedViolations ?? [];
  const used = new Set(suppressed.map((v) => v.acknowledgedId));
  for (const entry of Object.values(NAG_ACKNOWLEDGEMENTS)) {
    expect(used).toContain(entry.id);
    expect(entry.reason.length).toBeGreaterThan(40);
  }
  // And nothing is acknowledged stack-wide: each finding is on the construct the entry names.
  for (const v of suppressed) expect(v.violatingConstructs.every((c) => c.constructPath.split('/').length > 2)).toBe(true);
});

it('the findings that were fixed stay fixed (not acknowledged)', () => {
  const suppressed = (awsSolutions().suppressedViolations ?? []).map((v) => v.ruleName);
  for (const rule of ['AwsSolutions-IAM4', 'AwsSolutions-L1', 'AwsSolutions-APIG1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR3']) {
    expect(suppressed.filter((r) => r.startsWith(rule))).toEqual([]);
  }
  expect(suppressed.filter((r) => r.startsWith('AwsSolutions-IAM5') && r.includes('/index/*'))).toEqual([]);
});

it('docs/deploy.md lists every acknowledgement with its rule id', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'deploy.md'), 'utf8');
  for (const entry of Object.values(NAG_ACKNOWLEDGEMENTS)) expect(doc).toContain(entry.id.replace('AwsSolutions::', ''));
});
