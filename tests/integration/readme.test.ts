/** The README's GraphQL examples run and answer what the README says they answer. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useSeededHarness } from '../helpers/apollo';

const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

const api = useSeededHarness();

describe('README examples', () => {
  it('has five GraphQL examples, each answering without errors', async () => {
    expect(examples).toHaveLength(5);
    for (const query of examples) {
      const { errors } = await api.run(query);
      expect(errors).toBeUndefined();
    }
  });

  it('GlossaryNote shows 三無三可', async () => {
    const { data } = await api.run(examples[0]!);
    expect(data).toMatchObject({ glossaryTerm: { term: { zhHant: '三無三可', zhHans: '三无三可' } } });
  });

  it('GdpGrowth shows the 2023 result 3.8% and the 2024 target of at least 7%', async () => {
    const { data } = await api.run(examples[1]!);
    expect(data).toMatchObject({
      indicator: {
        actual: { value: '3.8', unit: '%', year: 2023, kind: 'ACTUAL', comparator: 'EXACT' },
        target: { value: '7', unit: '%', year: 2024, kind: 'TARGET', comparator: 'AT_LEAST' },
      },
    });
  });

  it('SearchSimplified finds the GDP indicator from Simplified input', async () => {
    const { data } = await api.run(examples[2]!);
    const hits = data!.search as { node: { __typename: string; name?: { zhHant: string } } }[];
    expect(hits[0]!.node).toMatchObject({ __typename: 'Indicator', name: { zhHant: expect.stringContaining('地區生產總值') } });
  });

  it('GdpWithSource shows the readable value, a citation with its permalink, and the sentence in Simplified', async () => {
    const { data } = await api.run(examples[3]!);
    const actual = (data!.indicator as { actual: { display: string; citation: string; source: { quote: string; context: string; url: string } } }).actual;
    expect(actual.display).toBe('114.7亿元 (11.47 billion yuan)');
    expect(actual.citation).toContain(actual.source.url);
    expect(actual.source.url).toMatch(/^\/reports\/huozhou-2024#s\d+-\d+$/);
    expect(actual.source.context).toContain('114.7亿元');
  });

  it('GdpGrowthTargets lists the panel across reports: Huozhou’s target of at least 7%, with its place', async () => {
    const { data } = await api.run(examples[4]!);
    const nodes = (data!.observations as { nodes: { value: string; comparator: string; report: { reportId: string; place: { code: string } } }[] }).nodes;
    expect(nodes.find((n) => n.report.reportId === 'huozhou-2024')).toMatchObject({ value: '7', comparator: 'AT_LEAST', report: { place: { code: '141082' } } });
  });
});
