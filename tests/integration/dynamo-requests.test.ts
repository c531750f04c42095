/**
 * DynamoDB requests per GraphQL query, counted by the SDK middleware: bounded
 * per level of the query (batched, never one per item) and never a Scan.
 */
import { useSeededHarness } from '../helpers/apollo';

const api = useSeededHarness();

const cases: { name: string; query: string; max: number }[] = [
  { name: 'one glossary term', query: '{ glossaryTerm(number: 6) { term { zhHant } } }', max: 1 },
  { name: 'a page of figures with their sector, indicator and project (3 levels)', query: '{ figures(first: 100) { nodes { value sector { slug } indicator { slug sector { slug } } project { slug } } } }', max: 1 + 1 + 1 },
  { name: 'all indicators with all their observations', query: '{ indicators(first: 100) { nodes { slug observations { value year kind } actual { value } target { value } } } }', max: 1 + 2 },
  { name: 'indicators with a target (needs every observation)', query: '{ indicators(filter: { hasTarget: true }, first: 100) { totalCount nodes { slug target { value } } } }', max: 1 + 2 },
  { name: 'sectors with indicators, projects and their figures', query: '{ sectors { slug indicators(first: 100) { nodes { slug observations { value } } } projects(first: 100) { nodes { slug figures { value } } } } }', max: 1 + 1 + 2 },
  { name: 'glossary term by its Simplified term (GSI, alias item)', query: '{ glossaryTerm(term: "专精特新") { number term { zhHant } } }', max: 1 },
  { name: 'glossary term by its Traditional term (GSI)', query: '{ glossaryTerm(term: "專精特新") { number } }', max: 1 },
  { name: 'figures of one year and kind (GSI)', query: '{ figures(filter: { year: 2024, kind: TARGET }, first: 100) { totalCount nodes { value } } }', max: 1 },
  { name: 'search across all types (one Query of the partition)', query: '{ search(text: "儲能", first: 20) { score node { __typename } } }', max: 1 },
  { name: 'year comparison (one Query of the partition)', query: '{ compareYears { indicator { slug sector { slug } } actual { value } target { value } } }', max: 1 },
  { name: 'node lookups by global id', query: '{ report { id years { id figures(first: 5) { nodes { id } } } } }', max: 1 + 1 + 2 },
];

describe('DynamoDB requests per query', () => {
  it.each(cases)('$name: at most $max requests, no Scan', async ({ query, max }) => {
    const { errors, metrics } = await api.run(query);
    expect(errors).toBeUndefined();
    expect(metrics.commands).not.toContain('ScanCommand');
    expect(metrics.dynamoRequests).toBeGreaterThan(0);
    expect(metrics.dynamoRequests).toBeLessThanOrEqual(max);
  });

  it('global ids round-trip through node and nodes with one batched read', async () => {
    const first = await api.run('{ figures(first: 30) { nodes { id value } } indicators(first: 5) { nodes { id slug } } }');
    const figures = (first.data!.figures as { nodes: { id: string; value: string }[] }).nodes;
    const indicators = (first.data!.indicators as { nodes: { id: string; slug: string }[] }).nodes;
    const ids = [...figures.map((f) => f.id), ...indicators.map((i) => i.id)];
    const { data, errors, metrics } = await api.run(
      'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Figure { value } ... on Indicator { slug } } }',
      { ids },
    );
    expect(errors).toBeUndefined();
    const nodes = data!.nodes as { id: string; value?: string; slug?: string }[];
    expect(nodes.map((n) => n.id)).toEqual(ids);
    expect(nodes.slice(0, 30).map((n) => n.value)).toEqual(figures.map((f) => f.value));
    expect(metrics.dynamoRequests).toBe(1);
  });
});
