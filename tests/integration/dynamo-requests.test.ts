/**
 * DynamoDB requests per GraphQL query, counted by the SDK middleware. A cold
 * function reads the published pointer (one GetItem) and each report it
 * touches once (one Query of that version's partition), whatever the shape
 * of the query; a warm one answers from its in-memory snapshots with no
 * request at all. Never a Scan.
 */
import { useSeededHarness } from '../helpers/apollo';

const api = useSeededHarness();

const cases: { name: string; query: string }[] = [
  { name: 'one glossary term', query: '{ glossaryTerm(number: 6) { term { zhHant } } }' },
  { name: 'a page of figures with their sector, indicator and project (3 levels)', query: '{ figures(first: 100) { nodes { value sector { slug } indicator { slug sector { slug } } project { slug } } } }' },
  { name: 'all indicators with all their observations', query: '{ indicators(first: 100) { nodes { slug observations { value year kind } actual { value } target { value } } } }' },
  { name: 'sectors with indicators, projects and their figures', query: '{ sectors { slug indicators(first: 100) { nodes { slug observations { value } } } projects(first: 100) { nodes { slug figures { value } } } } }' },
  { name: 'glossary term by its Simplified term', query: '{ glossaryTerm(term: "专精特新") { number term { zhHant } } }' },
  { name: 'glossary term by its Traditional term', query: '{ glossaryTerm(term: "專精特新") { number } }' },
  { name: 'figures of one year and kind', query: '{ figures(filter: { year: 2024, kind: TARGET }, first: 100) { totalCount nodes { value } } }' },
  { name: 'search in one report', query: '{ search(text: "儲能", first: 20, reportId: "huozhou-2024") { score node { __typename } } }' },
  { name: 'year comparison', query: '{ compareYears { indicator { slug sector { slug } } actual { value } target { value } } }' },
  { name: 'node lookups by global id', query: '{ report { id years { id figures(first: 5) { nodes { id } } } } }' },
];

describe('DynamoDB requests per query', () => {
  it.each(cases)('$name: cold = pointer + one Query; warm = none', async ({ query }) => {
    const cold = await api.run(query, undefined, { cold: true });
    expect(cold.errors).toBeUndefined();
    expect(cold.metrics.commands).toEqual(['GetItemCommand', 'QueryCommand']);
    await api.run(query); // warms the shared snapshots
    const warm = await api.run(query);
    expect(warm.errors).toBeUndefined();
    expect(warm.data).toEqual(cold.data);
    expect(warm.metrics.dynamoRequests).toBe(0);
  });

  it('observations across reports read the panel: pointer + one Query cold, none warm', async () => {
    const q = '{ observations(indicatorId: "gdp-growth") { totalCount nodes { value year kind report { reportId } } } }';
    const cold = await api.run(q, undefined, { cold: true });
    expect(cold.errors).toBeUndefined();
    expect((cold.data!.observations as { totalCount: number }).totalCount).toBeGreaterThan(0);
    // The panel rows, then the report each row names (one partition: one report here).
    expect(cold.metrics.commands).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
    await api.run(q);
    expect((await api.run(q)).metrics.dynamoRequests).toBe(0);
  });

  it('global ids round-trip through node and nodes', async () => {
    const first = await api.run('{ figures(first: 30) { nodes { id value } } indicators(first: 5) { nodes { id slug } } }');
    const figures = (first.data!.figures as { nodes: { id: string; value: string }[] }).nodes;
    const indicators = (first.data!.indicators as { nodes: { id: string; slug: string }[] }).nodes;
    const ids = [...figures.map((f) => f.id), ...indicators.map((i) => i.id)];
    const { data, errors, metrics } = await api.run(
      'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Figure { value } ... on Indicator { slug } } }',
      { ids },
      { cold: true },
    );
    expect(errors).toBeUndefined();
    const nodes = data!.nodes as { id: string; value?: string; slug?: string }[];
    expect(nodes.map((n) => n.id)).toEqual(ids);
    expect(nodes.slice(0, 30).map((n) => n.value)).toEqual(figures.map((f) => f.value));
    expect(metrics.commands).toEqual(['GetItemCommand', 'QueryCommand']);
  });
});
