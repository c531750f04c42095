/**
 * GraphQL over HTTP conformance: graphql-http's audit suite (the reference
 * implementation's checks of the GraphQL-over-HTTP specification) run against
 * the local server over real HTTP.
 */
import { auditServer, type AuditResult } from 'graphql-http';
import { useLocalServer } from '../helpers/local-server';

const local = useLocalServer({ tableName: 'conformance' });
let results: AuditResult[];

beforeAll(async () => {
  results = await auditServer({ url: local.graphqlUrl });
});

const describeResult = (r: AuditResult) => `${r.id} ${r.name}${r.status === 'ok' ? '' : `: ${r.reason}`}`;

describe('GraphQL over HTTP (graphql-http audits)', () => {
  it('runs the audit suite', () => {
    expect(results.length).toBeGreaterThan(40);
  });

  it('passes every MUST', () => {
    const failed = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map(describeResult);
    expect(failed).toEqual([]);
  });

  it('passes every SHOULD', () => {
    const failed = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok').map(describeResult);
    expect(failed).toEqual([]);
  });

  it('reports on every MAY (informational: listed, not required)', () => {
    const mays = results.filter((r) => r.name.startsWith('MAY'));
    expect(mays.length).toBeGreaterThan(0);
  });
});
