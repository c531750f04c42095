/**
 * Named operations through Apollo's executeOperation against a real store
 * (dynalite over HTTP, seeded by the production loader).
 */
import { useSeededHarness } from '../helpers/apollo';

const api = useSeededHarness();

describe('walking skeleton: report, years, glossary', () => {
  it('GlossaryTermSix: a journalist looks up note [6] and sees 三無三可, its definition and where the body cites it', async () => {
    const { data, errors } = await api.run(`query GlossaryTermSix {
      glossaryTerm(number: 6) { id number term { zhHant zhHans en } definition { zhHant zhHans en } references { start end quote text } }
    }`);
    expect(errors).toBeUndefined();
    const term = data!.glossaryTerm as {
      number: number;
      term: { zhHant: string; zhHans: string; en: string | null };
      definition: { zhHant: string; zhHans: string };
      references: { start: number; end: number; quote: string; text: string }[];
    };
    expect(term.number).toBe(6);
    expect(term.term).toMatchObject({ zhHant: '三無三可', zhHans: '三无三可' });
    expect(term.definition.zhHant).toContain('無差別、無障礙、無后顧之憂');
    expect(term.definition.zhHans).toContain('无差别、无障碍');
    expect(term.references).toHaveLength(1);
    expect(term.references[0]!.quote).toBe('“三無三可”[6]');
  });

  it('Report: the report with its metadata, two years and sections', async () => {
    const { data, errors } = await api.run(`query Report {
      report(id: "huozhou-2024") { reportId title { zhHant } date speaker { zhHant } sourceSha256 datasetVersion
        years { year role } sections { label level title { zhHant } heading { quote } } }
      reports { totalCount nodes { reportId } }
    }`);
    expect(errors).toBeUndefined();
    const report = data!.report as Record<string, unknown> & { years: unknown[]; sections: { label: string; level: number }[] };
    expect(report).toMatchObject({
      reportId: 'huozhou-2024',
      title: { zhHant: '2024年霍州市政府工作報告' },
      date: '2024-04-11',
      speaker: { zhHant: '張可新' },
      sourceSha256: 'a34b4c704f6e3efb4117872fabd630697293fbd4530d108099dbc91fcd69f103',
    });
    expect(report.years).toEqual([
      { year: 2023, role: 'REVIEWED' },
      { year: 2024, role: 'PLANNED' },
    ]);
    expect(report.sections.filter((s) => s.level === 1).map((s) => s.label)).toEqual(['一', '二', '三', '附件']);
    expect(report.sections.filter((s) => s.level === 2)).toHaveLength(15);
    expect(data!.reports).toEqual({ totalCount: 1, nodes: [{ reportId: 'huozhou-2024' }] });
  });

  it('Years: year(year:) answers 2023 and 2024, and null for a year the report does not cover', async () => {
    const { data, errors } = await api.run(`query Years { years { year role } y2023: year(year: 2023) { role } y1999: year(year: 1999) { role } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ years: [{ year: 2023, role: 'REVIEWED' }, { year: 2024, role: 'PLANNED' }], y2023: { role: 'REVIEWED' }, y1999: null });
  });

  it('GlossaryPages: paging with first/after walks all 42 notes in order, once each', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors } = await api.run(
        `query GlossaryPage($after: String) { glossaryTerms(first: 10, after: $after) {
          totalCount edges { cursor node { number } } nodes { number } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      const conn = data!.glossaryTerms as {
        totalCount: number;
        edges: { cursor: string; node: { number: number } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
      expect(conn.totalCount).toBe(42);
      expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...conn.edges.map((e) => e.node.number));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  it('glossaryTerm(term:) finds a note by its term in Traditional or Simplified; unknown terms and numbers are null', async () => {
    const { data, errors } = await api.run(`query ByTerm {
      t: glossaryTerm(term: "三無三可") { number } s: glossaryTerm(term: "专精特新") { number }
      none: glossaryTerm(term: "不存在") { number } n99: glossaryTerm(number: 99) { number }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ t: { number: 6 }, s: { number: 8 }, none: null, n99: null });
  });

  it('every reference quotes the source exactly where it points', async () => {
    const { data } = await api.run(`{ glossaryTerms(first: 100) { nodes { number references { start end quote } source { start end quote } } } }`);
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const source = readFileSync(path.resolve(__dirname, '../../seed/reports/huozhou-2024/report.txt'), 'utf8');
    const nodes = (data!.glossaryTerms as { nodes: { number: number; references: { start: number; end: number; quote: string }[]; source: { start: number; end: number; quote: string } }[] }).nodes;
    expect(nodes).toHaveLength(42);
    for (const node of nodes) {
      expect(source.slice(node.source.start, node.source.end)).toBe(node.source.quote);
      for (const ref of node.references) {
        expect(source.slice(ref.start, ref.end)).toBe(ref.quote);
        expect(ref.quote.endsWith(`[${node.number}]`)).toBe(true);
      }
    }
    // Every note but none is cited in the body at least once.
    expect(nodes.filter((n) => n.references.length === 0).map((n) => n.number)).toEqual([]);
  });
});

describe('bad input gets a clear error', () => {
  it('first over 100 is BAD_USER_INPUT, not a silent cap', async () => {
    const { data, errors } = await api.run(`{ glossaryTerms(first: 101) { totalCount } }`);
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/between 0 and 100/);
  });

  it('a malformed cursor is BAD_USER_INPUT', async () => {
    const { errors } = await api.run(`{ glossaryTerms(after: "not a cursor!") { totalCount } }`);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('a query nested deeper than the limit is refused before execution', async () => {
    const deep = `{ figures { nodes { sector { figures { nodes { sector { figures { nodes { sector { figures { nodes { sector { figures { nodes { id } } } } } } } } } } } } } } }`;
    const { errors, metrics } = await api.run(deep);
    expect(errors![0]!.message).toMatch(/depth/i);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(metrics.dynamoRequests).toBe(0);
  });
});

describe('search', () => {
  type Hit = { field: string; script: string; snippet: string; score: number; node: { __typename: string; slug?: string; number?: number } };
  const search = async (text: string) => {
    const { data, errors } = await api.run(
      `query Search($text: String!) { search(text: $text, first: 10) { field script snippet score node { __typename ... on Indicator { slug } ... on GlossaryTerm { number } ... on Project { slug } } } }`,
      { text },
    );
    expect(errors).toBeUndefined();
    return data!.search as Hit[];
  };

  it('a Simplified query finds the Traditional text and answers in Simplified', async () => {
    const hits = await search('地区生产总值');
    expect(hits[0]!.node).toMatchObject({ __typename: 'Indicator' });
    expect(hits[0]!.script).toBe('zhHans');
    expect(hits[0]!.snippet).toContain('地区生产总值');
  });

  it('a Traditional query answers in Traditional; the same text in either script gives the same hits', async () => {
    const hant = await search('地區生產總值');
    const hans = await search('地区生产总值');
    expect(hant[0]!.script).toBe('zhHant');
    expect(hant.map((h) => h.node)).toEqual(hans.map((h) => h.node));
  });

  it('text only the repaired reading has (規模化發展) is found from Simplified input', async () => {
    const hits = await search('规模化发展');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('规模化发展') || h.snippet.includes('規模化發展'))).toBe(true);
  });

  it('English finds the curated names, ranked by relevance, with whole-word snippets', async () => {
    const hits = await search('retail sales');
    expect(hits[0]!.node.__typename).toBe('Indicator');
    expect(hits[0]!.script).toBe('en');
    for (const h of hits.filter((x) => x.script === 'en')) expect(h.snippet).toMatch(/^(…)?(\S+ )*\S*retail sales\S*( \S+)*(…)?$/i);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('an empty query finds nothing rather than everything', async () => {
    expect(await search('   ')).toEqual([]);
  });
});
