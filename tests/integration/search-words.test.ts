/**
 * Search that respects words, against the seeded store: English whole words
 * and stems, the synonym table, names (never slugs) in snippets, the named
 * thing first, and a `first` error that does not mention paging.
 */
import { useSeededHarness } from '../helpers/apollo';

const api = useSeededHarness();

interface Hit {
  field: string;
  script: string;
  snippet: string;
  score: number;
  node: { __typename: string; slug?: string; name?: { en: string | null; zhHant: string } };
}

const QUERY = `query S($text: String!, $first: Int) { search(text: $text, first: $first) {
  field script snippet score node { __typename ... on Project { slug name { en zhHant } } ... on Indicator { slug name { en zhHant } } } } }`;

const searchFor = async (text: string, first = 20): Promise<Hit[]> => {
  const { data, errors } = await api.run(QUERY, { text, first });
  expect(errors).toBeUndefined();
  return (data!.search as Hit[]);
};

describe('search respects words', () => {
  it('"AI" finds the AI computing park first and nothing about air, grain or retail', async () => {
    const hits = await searchFor('AI', 100);
    expect(hits[0]?.node.slug).toBe('huozhou-ai-computing-park');
    for (const hit of hits) {
      const snippet = hit.snippet.toLowerCase();
      expect(snippet).not.toMatch(/\bair\b|grain|retail/);
      // Each hit is about AI in some script: the word itself or a synonym.
      expect(hit.snippet).toMatch(/\bAI\b|artificial intelligence|人工智能|人工智慧/i);
    }
  });

  it('the synonym works both ways: 人工智能 finds the same park first', async () => {
    const hits = await searchFor('人工智能');
    expect(hits[0]?.node.slug).toBe('huozhou-ai-computing-park');
  });

  it('GDP and 地区生产总值 find the GDP indicator first', async () => {
    for (const text of ['GDP', '地区生产总值', 'gross domestic product']) {
      const hits = await searchFor(text);
      expect({ text, first: hits[0]?.node.slug }).toEqual({ text, first: 'gdp' });
    }
  });

  it('English stems: "parks" finds what "park" finds; a word inside another word does not match', async () => {
    const park = (await searchFor('park', 100)).map((h) => h.snippet);
    const parks = (await searchFor('parks', 100)).map((h) => h.snippet);
    expect(parks).toEqual(park);
    expect(park.length).toBeGreaterThan(0);
    expect(park.some((s) => /parking/i.test(s))).toBe(false);
    const ai = await searchFor('ai', 100);
    expect(ai.some((h) => /\bair\b|\bmain/i.test(h.snippet))).toBe(false);
  });

  it('snippets show names, never slugs', async () => {
    const hits = await searchFor('gdp-growth');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.snippet).not.toMatch(/[a-z]+-[a-z]+/);
  });

  it('a "first" out of range names the argument and the fix, without paging advice', async () => {
    const { errors } = await api.run('{ search(text: "GDP", first: 500) { score } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(errors?.[0]?.message).toContain('"first"');
    expect(errors?.[0]?.message).toContain('no "after"');
    expect(errors?.[0]?.message).not.toMatch(/page with/i);
  });
});
