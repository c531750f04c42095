/**
 * extensions.cost on every GraphQL answer (lambda/graphql/cost.ts): graphql-armor's
 * cost of the operation that ran, against the limit, with the formula of
 * docs/bench.md ("Cost") worked by hand here.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { ApolloServer } from '@apollo/server';
import { RequestData } from '../../lambda/data/request-data';
import { Snapshots } from '../../lambda/data/snapshots';
import { Store } from '../../lambda/data/store';
import type { Context } from '../../lambda/graphql/context';
import { createApolloServer, LIMITS } from '../../lambda/graphql/server';
import { startTestStore, type TestStore } from '../helpers/local-store';

let store: TestStore;
let server: ApolloServer<Context>;
let snapshots: Snapshots;
beforeAll(async () => {
  store = await startTestStore({ tableName: 'cost-test' });
  snapshots = new Snapshots(new Store(store.client, store.tableName));
  server = createApolloServer({ logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }), isDevelopment: false, cacheMaxAgeSeconds: 300 });
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await store.close();
});

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requested: number | null; limit: number } };
}

const run = async (query: string, operationName?: string): Promise<Answer> => {
  const response = await server.executeOperation(
    { query, operationName },
    { contextValue: { data: new RequestData(snapshots, 'huozhou-2024'), datasetVersion: 'test' } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Answer;
};

describe('extensions.cost', () => {
  it('charges an object 2 plus 1.5 × its children, a scalar 1', async () => {
    const answer = await run('{ glossaryTerm(number: 6) { term { zhHant } } }');
    expect(answer.data).toEqual({ glossaryTerm: { term: { zhHant: '三無三可' } } });
    // term = 2 + 1.5 × 1 = 3.5; glossaryTerm = 2 + 1.5 × 3.5 = 7.25
    expect(answer.extensions?.cost).toEqual({ requested: 7.25, limit: LIMITS.maxCost });
  });

  it('multiplies a list field by its page size (first)', async () => {
    const answer = await run('{ glossaryTerms(first: 10) { nodes { number } } }');
    // nodes = 2 + 1.5 × 1 = 3.5; glossaryTerms = (2 + 1.5 × 3.5) × 10 = 72.5
    expect(answer.extensions?.cost).toEqual({ requested: 72.5, limit: LIMITS.maxCost });
  });

  it('counts a fragment spread as 1 + 1.5 × the fragment', async () => {
    const answer = await run('{ glossaryTerm(number: 6) { ...T } } fragment T on GlossaryTerm { term { zhHant } }');
    expect(answer.data).toEqual({ glossaryTerm: { term: { zhHant: '三無三可' } } });
    // T = 2 + 1.5 × (2 + 1.5 × 1) = 7.25; spread = 1 + 1.5 × 7.25 = 11.875; glossaryTerm = 2 + 1.5 × 11.875
    expect(answer.extensions?.cost?.requested).toBe(19.8125);
  });

  it('is the cost of the operation that ran when the document has several', async () => {
    const doc = 'query A { years { year } } query B { glossaryTerm(number: 6) { term { zhHant } } }';
    expect((await run(doc, 'A')).extensions?.cost?.requested).toBe(3.5);
    expect((await run(doc, 'B')).extensions?.cost?.requested).toBe(7.25);
  });

  it('reports the refused cost of a query over the limit, the number in the error', async () => {
    const page = 'glossaryTerms(first: 100) { nodes { references { start end quote text } term { zhHant zhHans en } definition { zhHant zhHans en } } }';
    // per alias: nodes = 2 + 1.5 × (8 + 6.5 + 6.5) = 33.5; (2 + 1.5 × 33.5) × 100 = 5225; four aliases = 20900
    const answer = await run(`{ a: ${page} b: ${page} c: ${page} d: ${page} }`);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toContain('would cost 20900');
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.extensions?.cost).toEqual({ requested: 20900, limit: LIMITS.maxCost });
  });

  it('is null where there is no document to cost (a syntax error)', async () => {
    const answer = await run('{ years { year ');
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.extensions?.cost).toEqual({ requested: null, limit: LIMITS.maxCost });
  });
});
