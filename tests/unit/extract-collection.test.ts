/**
 * Every shared report (140 Simplified texts) builds with the general rules
 * alone: no crash, a review found in each, targets wherever a plan is found,
 * and an extraction note wherever a part had to be guessed or is missing.
 */
import { buildEvery, findShared } from '../../scripts/extract-all';

const rows = buildEvery(findShared());

describe('the shared collection', () => {
  it('builds every report', () => {
    expect(rows.length).toBe(140);
    expect(rows.filter((r) => !r.ok).map((r) => `${r.place}: ${r.error}`)).toEqual([]);
  });

  it('finds results in every report, and targets in every report whose plan was found', () => {
    for (const r of rows) expect({ place: r.place, actuals: r.actuals > 0 }).toEqual({ place: r.place, actuals: true });
    const withoutTargets = rows.filter((r) => r.targets === 0);
    // A report without targets says why.
    for (const r of withoutTargets) expect(r.notes.some((n) => n.startsWith('plan section not found'))).toBe(true);
    expect(withoutTargets.length).toBeLessThanOrEqual(1);
  });

  it('records a note wherever a part was not found under a heading', () => {
    const noted = rows.filter((r) => r.notes.length > 0);
    for (const r of noted) expect(r.notes.every((n) => /not found|outside the review|appendix found/.test(n))).toBe(true);
    // Most reports have both headings.
    expect(noted.length).toBeLessThan(rows.length / 10);
  });
});
