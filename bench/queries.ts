/**
 * What the throughput bench sends. Repeated: one indicator card, always the
 * same bytes. Distinct: an indicator card with a figure text filter, a
 * glossary note, a search box in one report, a search across every report and
 * one indicator's observations across every report, in rotation; every request carries a unique
 * alias (so no response cache can answer it, and every server parses and
 * validates it), and its arguments cycle over the reports' real ids, notes
 * and names (so the work differs request by request).
 */
import type { Dataset } from '../lambda/data/records';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const CARD_FIELDS = `id name { zhHant zhHans en } unit measure sector { name { en } }
    actual { value unit year comparator source { quote start end } }
    target { value unit year comparator source { quote start end } }`;

/** The repeated query (the answer the bare node:http server returns byte for byte). */
export const REPEATED: GraphQLRequest = {
  operationName: 'Card',
  query: `query Card($id: String!) { indicator(id: $id) { ${CARD_FIELDS} } }`,
  variables: { id: 'gdp-growth' },
};

const card = (i: number, id: string, text: string, reportId: string): GraphQLRequest => ({
  operationName: 'Card',
  query: `query Card($id: String!, $text: String, $reportId: String) {
  c${i}: indicator(id: $id, reportId: $reportId) { ${CARD_FIELDS} }
  f${i}: figures(filter: { text: $text }, first: 10, reportId: $reportId) { totalCount nodes { id value unit year kind source { quote } } }
}`,
  variables: { id, text, reportId },
});

const note = (i: number, number: number, reportId: string): GraphQLRequest => ({
  operationName: 'Note',
  query: `query Note($n: Int!, $reportId: String) {
  g${i}: glossaryTerm(number: $n, reportId: $reportId) { number term { zhHant zhHans en } definition { zhHant en } references { start end quote } }
}`,
  variables: { n: number, reportId },
});

const search = (i: number, text: string, reportId: string | null): GraphQLRequest => ({
  operationName: 'Search',
  query: `query Search($text: String!, $reportId: String) {
  s${i}: search(text: $text, first: 10, reportId: $reportId) {
    field score snippet
    node { __typename ... on Indicator { id name { zhHant en } } ... on Figure { id value unit } ... on GlossaryTerm { number term { zhHant } } ... on Project { id name { zhHant } } }
  }
}`,
  variables: { text, reportId },
});

const observations = (i: number, indicatorId: string, year: number, kind: string): GraphQLRequest => ({
  operationName: 'Observations',
  query: `query Observations($id: String!, $year: Int, $kind: FigureKind) {
  o${i}: observations(indicatorId: $id, year: $year, kind: $kind, first: 20) {
    totalCount
    edges { node { value unit comparator year kind source { quote start end } report { reportId place { name { zhHans en } province { zhHans } } } } }
  }
}`,
  variables: { id: indicatorId, year, kind },
});

/** The kinds of distinct requests, in rotation order: request i is of kind i % 5. */
export const DISTINCT_KINDS = ['indicator card + figure filter', 'glossary note', 'search, one report', 'search across every report', 'observations across every report'] as const;

/** Distinct request number i (0, 1, 2 … never repeats within a run). */
export const distinctRequests = (datasets: Dataset[]): ((i: number) => GraphQLRequest) => {
  const cards = datasets.flatMap((d) =>
    d.indicators.map((ind) => ({ id: ind.id, text: [...ind.name.zhHant].slice(0, 2).join(''), reportId: d.report.reportId })),
  );
  const notes = datasets.flatMap((d) => d.glossary.map((g) => ({ number: g.number, reportId: d.report.reportId })));
  // Search boxes: names as typed in Simplified, glossary terms, English words.
  const searches = datasets.flatMap((d) => [
    ...d.indicators.map((ind) => ({ text: ind.name.zhHans, reportId: d.report.reportId })),
    ...d.glossary.map((g) => ({ text: g.term.zhHans, reportId: d.report.reportId })),
    ...d.indicators.flatMap((ind) => (ind.name.en ? [{ text: ind.name.en.split(' ')[0]!, reportId: d.report.reportId }] : [])),
  ]);
  // Across reports: every catalogue indicator any report links, by year and kind.
  const linked = [...new Set(datasets.flatMap((d) => d.figures.flatMap((f) => (f.indicatorId && f.year !== null ? [`${f.indicatorId}|${f.year}|${f.kind}`] : []))))].sort();
  return (i) => {
    const n = Math.floor(i / 5);
    switch (i % 5) {
      case 3: {
        const s = searches[(n * 7) % searches.length]!;
        return search(i, s.text, null);
      }
      case 4: {
        const [id, year, kind] = linked[n % linked.length]!.split('|') as [string, string, string];
        return observations(i, id, Number(year), kind);
      }
      case 0: {
        const c = cards[n % cards.length]!;
        return card(i, c.id, c.text, c.reportId);
      }
      case 1: {
        const g = notes[n % notes.length]!;
        return note(i, g.number, g.reportId);
      }
      default: {
        const s = searches[n % searches.length]!;
        return search(i, s.text, s.reportId);
      }
    }
  };
};
