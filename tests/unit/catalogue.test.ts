/**
 * The shared indicator catalogue (seed/catalogue/indicators.json) validates,
 * carries every slug the collection promises, and its validator catches the
 * mistakes a hand edit makes.
 */
import { readFileSync } from 'node:fs';
import {
  CATALOGUE_FILE,
  catalogueProblems,
  loadCatalogue,
  REQUIRED_SLUGS,
  validateCatalogue,
  type CatalogueFile,
} from '../../seed/catalogue/catalogue';
import { toSimplified } from '../../seed/extract/localize';

const raw = (): CatalogueFile => JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CatalogueFile;

describe('indicator catalogue', () => {
  const catalogue = loadCatalogue();

  it('validates and has every required slug, spelled exactly', () => {
    expect(catalogueProblems(raw())).toEqual([]);
    for (const slug of REQUIRED_SLUGS) expect(catalogue.bySlug.has(slug)).toBe(true);
  });

  it('names every indicator in zh-Hans, zh-Hant and English, the zh-Hant being the zh-Hans in the other script', () => {
    for (const ind of catalogue.indicators) {
      expect(toSimplified(ind.name.zhHant)).toBe(ind.name.zhHans);
      expect(toSimplified(ind.definition.zhHant)).toBe(ind.definition.zhHans);
      ind.patterns.zhHant.forEach((p, i) => expect(toSimplified(p)).toBe(ind.patterns.zhHans[i]));
    }
  });

  it('links growth rates to their levels', () => {
    expect(catalogue.bySlug.get('gdp-growth')?.levelIndicator).toBe('gdp');
    expect(catalogue.growthOf.get('urban-disposable-income-per-capita')).toBe('urban-disposable-income-per-capita-growth');
    expect(catalogue.bySlug.get('urban-surveyed-unemployment-rate')?.betterDirection).toBe('LOWER');
  });

  it('each pattern names its statistic in both scripts', () => {
    const matches = (slug: string, script: 'zhHans' | 'zhHant', text: string): boolean =>
      catalogue.bySlug.get(slug)!.patterns[script].some((p) => new RegExp(p, 'u').test(text));
    expect(matches('gdp-growth', 'zhHans', '地区生产总值增长5%左右')).toBe(true);
    expect(matches('gdp-growth', 'zhHant', '全市地區生產總值增長7%以上')).toBe(true);
    expect(matches('energy-intensity-reduction', 'zhHans', '单位GDP能耗下降')).toBe(true);
    expect(matches('retail-sales', 'zhHant', '社會消費品零售總額完成41.51億元')).toBe(true);
    expect(matches('gdp', 'zhHans', '粮食产量')).toBe(false);
  });

  it('reports every problem of a broken file at once', () => {
    const broken = raw();
    const gdp = broken.indicators.find((i) => i.slug === 'gdp')!;
    gdp.patterns.zhHans.push('(unclosed');
    const growth = broken.indicators.find((i) => i.slug === 'gdp-growth')!;
    growth.levelIndicator = 'no-such-level';
    broken.indicators = broken.indicators.filter((i) => i.slug !== 'cpi');
    broken.indicators.push({ ...gdp, slug: 'Bad Slug' });
    const problems = catalogueProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('does not compile'),
        expect.stringContaining('"no-such-level" is not in the catalogue'),
        'required slug "cpi" is missing',
        expect.stringContaining('"Bad Slug": slug is not a lowercase slug'),
      ]),
    );
    expect(() => validateCatalogue(broken)).toThrow(/indicator catalogue is invalid/);
  });
});
