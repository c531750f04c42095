/**
 * Search through the per-version index (lambda/queries/search-index.ts,
 * search-scan.ts) against the rule written out plainly: every searchable text
 * of every item folded and searched one by one. Over two real reports
 * (Huozhou, Traditional; the national report, Simplified) the index must give
 * the same hits, scores and order, and its edge cases must hold.
 */
import path from 'node:path';
import type { Dataset } from '../../lambda/data/records';
import { RequestData } from '../../lambda/data/request-data';
import type { PublishedCollection, Snapshots } from '../../lambda/data/snapshots';
import { candidatesOf, searchIndexOf, type SearchDoc } from '../../lambda/queries/search-index';
import { queryScript, search, searchReports, searchTerms } from '../../lambda/queries/search';
import { matchWords } from '../../lambda/graphql/text-match';
import { listFigures } from '../../lambda/queries';
import { buildDataset } from '../../seed/extract';
import { snapshotOf } from '../../bench/memory-data';
import type { ReportSnapshot } from '../../lambda/data/snapshot';

const REPORTS = path.resolve(__dirname, '..', '..', 'seed', 'reports');
const datasets: Dataset[] = ['huozhou-2024', 'china-2024'].map((id) => buildDataset(path.join(REPORTS, id)));

const snapshots = new Map(datasets.map((d) => [d.report.reportId, snapshotOf(d)]));
const ids = [...snapshots.keys()];

/** The read layer over the two snapshots (the part of Snapshots that RequestData calls). */
const data = (): RequestData => {
  const reports = datasets.map((d) => ({ reportId: d.report.reportId, version: d.report.datasetVersion, place: null, years: [], reviewYear: null, planYear: null }));
  const collection: PublishedCollection = { collectionVersion: 'test', publishedAt: '', reports, byId: new Map(reports.map((r) => [r.reportId, r])) };
  const fake = { current: async () => collection, fresh: () => collection, report: async (id: string) => snapshots.get(id)! };
  return new RequestData(fake as unknown as Snapshots, 'huozhou-2024', collection);
};

const FIELD = { NAME: 4, SUBJECT: 3, DEFINITION: 2, SOURCE: 1 } as const;
const TYPE = { Indicator: 0.4, GlossaryTerm: 0.3, Project: 0.2, Figure: 0 } as const;

/** The rule, plainly: each item's best text for the first term that finds it, then score and listing order. */
const plainSearch = (snapshot: ReportSnapshot, text: string, first: number): { id: string; score: number }[] => {
  const index = searchIndexOf(snapshot);
  const terms = searchTerms(index.fold, text);
  const reader = queryScript(index.fold, text);
  const hits: { id: string; score: number; order: number }[] = [];
  index.docs.forEach((doc: SearchDoc, order) => {
    const texts = candidatesOf(doc);
    if (doc.type === 'Indicator' && terms.some((t) => t.folded === index.fold((doc.item as { id: string }).id))) {
      const { name } = doc.item as { name: { en: string | null; zhHant: string } };
      texts.push({ field: 'NAME', script: 'en', text: name.en ?? name.zhHant });
    }
    let best: { score: number; script: string; weight: number } | null = null;
    for (const term of terms) {
      if (best && term.weight < best.weight) break;
      for (const c of texts) {
        let at: number;
        let length: number;
        if (term.stems) {
          const m = matchWords(c.text, term.stems);
          if (!m) continue;
          [at, length] = [m[0], m[1] - m[0]];
        } else {
          at = index.fold(c.text).indexOf(term.folded);
          if (at < 0) continue;
          length = term.folded.length;
        }
        const score = Math.round((FIELD[c.field] + length / Math.max(c.text.length, 1) + (at === 0 ? 0.25 : 0) + TYPE[doc.type]) * term.weight * 1000) / 1000;
        if (!best || score > best.score || (score === best.score && c.script === reader && best.script !== reader)) best = { score, script: c.script, weight: term.weight };
      }
    }
    if (best) hits.push({ id: `${doc.type}:${(doc.item as { id?: string; number?: number }).id ?? (doc.item as { number: number }).number}`, score: best.score, order });
  });
  return hits.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, first).map(({ id, score }) => ({ id, score }));
};

const idOf = (node: { __typename: string; id?: string; number?: number }): string => `${node.__typename}:${node.id ?? node.number}`;

describe('search through the index', () => {
  const queries = ['人工智能', '增长', '增長', '规模', '規模', '三無三可', 'GDP', 'gdp-growth', 'AI', 'parks', 'industries', 'growth rate', '5G', '碳', '乡村振兴', 'storage', '储能'];

  it.each(queries)('"%s" gives the hits, scores and order of the plain rule in every report', async (text) => {
    for (const id of ids) {
      const expected = plainSearch(snapshots.get(id)!, text, 100);
      const got = (await search(data(), id, text, 100)).map((h) => ({ id: idOf(h.node), score: h.score }));
      expect(got).toEqual(expected);
    }
  });

  it('finds something for the common queries (the comparison above is not empty)', async () => {
    for (const text of ['增长', 'GDP', '三無三可']) expect((await search(data(), 'huozhou-2024', text, 10)).length).toBeGreaterThan(0);
    expect((await search(data(), 'china-2024', '增长', 10)).length).toBe(10);
  });

  it('answers in the script typed: a Simplified query gets Simplified snippets where the texts are equal', async () => {
    const hans = await search(data(), 'huozhou-2024', '规模', 5);
    const hant = await search(data(), 'huozhou-2024', '規模', 5);
    expect(hans.map((h) => idOf(h.node))).toEqual(hant.map((h) => idOf(h.node)));
    expect(hans[0]!.script).toBe('zhHans');
    expect(hant[0]!.script).toBe('zhHant');
  });

  it('an exact slug finds its indicator, with the name as snippet', async () => {
    const [hit] = await search(data(), 'huozhou-2024', 'gdp-growth', 1);
    expect(hit!.node).toMatchObject({ __typename: 'Indicator', id: 'gdp-growth' });
    expect(hit!.snippet).not.toContain('gdp-growth');
  });

  it('English stems: "industries" finds what "industry" finds', async () => {
    const a = (await search(data(), 'huozhou-2024', 'industries', 100)).map((h) => idOf(h.node));
    const b = (await search(data(), 'huozhou-2024', 'industry', 100)).map((h) => idOf(h.node));
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('text that no item holds, or that would span two texts, finds nothing and never throws', async () => {
    expect(await search(data(), 'huozhou-2024', '\u0000', 10)).toEqual([]);
    expect(await search(data(), 'huozhou-2024', '霍州\u0000市', 10)).toEqual([]);
    expect(await search(data(), 'huozhou-2024', 'qqqxqqq', 10)).toEqual([]);
  });

  it.each(['GDP', '增长', '人工智能'])('across reports, "%s": each report ranked alone, merged by score, ties in report order, at most "first"', async (text) => {
    const expected = ids
      .flatMap((id) => plainSearch(snapshots.get(id)!, text, 15))
      .sort((a, b) => b.score - a.score)
      .slice(0, 15);
    const hits = await searchReports(data(), ids, text, 15);
    expect(hits.map((h) => ({ id: idOf(h.node), score: h.score }))).toEqual(expected);
    expect(hits.length).toBeGreaterThan(0);
  });

  it.each(['增长', '增長', 'gdp', '亿元', '光伏', '霍州\u0000市'])('a figure text filter "%s" keeps exactly the figures the plain rule keeps', async (text) => {
    for (const id of ids) {
      const snapshot = snapshots.get(id)!;
      const fold = searchIndexOf(snapshot).fold;
      const q = fold(text.trim());
      const expected = snapshot
        .list('Figure')
        .filter((f) => [f.subject.zhHant, f.subject.en ?? '', f.source.text].some((t) => fold(t).includes(q)))
        .map((f) => f.id)
        .sort();
      const got = (await listFigures(data(), id, { text })).map((f) => f.id).sort();
      expect(got).toEqual(expected);
    }
  });
});
