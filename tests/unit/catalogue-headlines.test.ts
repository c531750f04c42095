/**
 * Evaluation of the catalogue rules against hand-checked headline facts of
 * sixteen shared 2024 reports (eight with review results too) (fixtures/catalogue-headlines.json): every item
 * of the headline targets paragraph that names a catalogue statistic, and the
 * catalogue statistics of one headline paragraph of the review. A reading is
 * right when slug, kind, year, value, unit, comparator, the qualitative
 * wording and the quote all agree. Precision counts every reading the rules
 * make in those two places; recall every hand-checked fact.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../../seed/catalogue/catalogue';
import { readHeadlines, type Observation } from '../../seed/extract/indicators/headline';
import { sharedCollectionDir, sharedReportText } from '../helpers/shared-report';

interface Expected {
  slug: string;
  kind: 'ACTUAL' | 'TARGET';
  year: number;
  value: string | null;
  unit: string | null;
  comparator: string;
  quote: string;
  valueText?: string;
}
interface FixtureReport {
  id: string;
  place: string;
  sha256: string;
  /** The review paragraph whose catalogue statistics are listed in `results`; null: targets only. */
  resultsParagraph: string | null;
  targets: Expected[];
  results: Expected[];
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'catalogue-headlines.json'), 'utf8')) as { reports: FixtureReport[] };
const reportText = (r: FixtureReport): string => sharedReportText(r);

const catalogue = loadCatalogue();

const asFact = (text: string, o: Observation): Expected => {
  const written = text.slice(o.valueStart, o.valueEnd);
  return {
    slug: o.slug,
    kind: o.kind,
    year: o.year,
    value: o.value,
    unit: o.unit ? written.slice(written.length - o.unit.unit.length) : null,
    comparator: o.comparator,
    quote: text.slice(o.sourceStart, o.sourceEnd),
    ...(o.value === null ? { valueText: written } : {}),
  };
};

const evaluate = (r: FixtureReport) => {
  const text = reportText(r);
  const { observations } = readHeadlines(catalogue, { text, script: 'zh-Hans', reviewYear: 2023, planYear: 2024 });
  const paraStart = r.resultsParagraph === null ? -1 : text.indexOf(r.resultsParagraph);
  const paraEnd = paraStart < 0 ? -1 : text.indexOf('\n', paraStart);
  const inScope = observations.filter((o) => o.kind === 'TARGET' || (o.sourceStart >= paraStart && o.sourceEnd <= paraEnd));
  const made = inScope.map((o) => asFact(text, o));
  const expected = [...r.targets, ...r.results];
  const key = (e: Expected): string => JSON.stringify([e.slug, e.kind, e.year, e.value, e.unit, e.comparator, e.quote, e.valueText ?? null]);
  const expectedKeys = new Set(expected.map(key));
  const madeKeys = new Set(made.map(key));
  return {
    text,
    observations,
    right: made.filter((m) => expectedKeys.has(key(m))).length,
    made: made.length,
    found: expected.filter((e) => madeKeys.has(key(e))).length,
    expected: expected.length,
    wrong: made.filter((m) => !expectedKeys.has(key(m))),
    missed: expected.filter((e) => !madeKeys.has(key(e))),
  };
};

describe('catalogue headline rules on sixteen hand-checked reports', () => {
  const results = fixture.reports.map((r) => ({ r, ...evaluate(r) }));

  it('quotes every fact exactly from the text', () => {
    for (const { r, text, observations } of results) {
      for (const e of [...r.targets, ...r.results]) expect(text.includes(e.quote)).toBe(true);
      for (const o of observations) expect(text.slice(o.sourceStart, o.sourceEnd)).toContain(text.slice(o.valueStart, o.valueEnd));
    }
  });

  it('never states two values for one slug, year and kind', () => {
    for (const { observations } of results) {
      const keys = observations.map((o) => `${o.slug}|${o.year}|${o.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('finds every report’s GDP growth target', () => {
    for (const { r, observations } of results)
      expect({ id: r.id, gdp: observations.some((o) => o.slug === 'gdp-growth' && o.kind === 'TARGET' && o.year === 2024) }).toEqual({ id: r.id, gdp: true });
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.95 over the hand-checked facts', () => {
    const sum = (f: (x: (typeof results)[number]) => number): number => results.reduce((n, x) => n + f(x), 0);
    const precision = sum((x) => x.right) / sum((x) => x.made);
    const recall = sum((x) => x.found) / sum((x) => x.expected);
    const misses = results.flatMap((x) => [...x.wrong.map((w) => ({ id: x.r.id, wrong: w })), ...x.missed.map((m) => ({ id: x.r.id, missed: m }))]);
    // The measured figures, for the record (docs/taxonomy.md quotes them).
    console.info(`catalogue headlines: precision ${sum((x) => x.right)}/${sum((x) => x.made)} = ${precision.toFixed(3)}, recall ${sum((x) => x.found)}/${sum((x) => x.expected)} = ${recall.toFixed(3)}\n${JSON.stringify(misses, null, 1)}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('catalogue headline rules over the whole shared collection', () => {
  it('find a GDP growth target of the plan year in at least 120 of the 140 reports, each stating one value per slug', () => {
    const dir = sharedCollectionDir();
    const manifest = (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { reports: { file: string; reviewYear: number | null }[] }).reports;
    let withTarget = 0;
    for (const entry of manifest) {
      const reviewYear = entry.reviewYear ?? 2023;
      const text = readFileSync(path.join(dir, entry.file), 'utf8');
      const { observations } = readHeadlines(catalogue, { text, script: 'zh-Hans', reviewYear, planYear: reviewYear + 1 });
      if (observations.some((o) => o.slug === 'gdp-growth' && o.kind === 'TARGET' && o.year === reviewYear + 1)) withTarget += 1;
      const keys = observations.map((o) => `${o.slug}|${o.year}|${o.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(manifest).toHaveLength(140);
    expect(withTarget).toBeGreaterThanOrEqual(120);
    console.info(`gdp-growth TARGET of the plan year: ${withTarget} of ${manifest.length} shared reports`);
  });
});
