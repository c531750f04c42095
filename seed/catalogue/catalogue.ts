/**
 * The one indicator catalogue shared by every report (seed/catalogue/indicators.json).
 *
 * The catalogue is data: slugs, names in three languages, definitions, units,
 * measures and the wording that names each statistic in either script. This
 * module only reads and checks it; the rules that link a report's figures to
 * it live in seed/extract/indicators/. A broken entry stops the build with every
 * problem listed, so a typo in a pattern never silently stops a link.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Measure } from '../../lambda/data/records';

export type BetterDirection = 'HIGHER' | 'LOWER';

export interface CatalogueText {
  zhHans: string;
  zhHant: string;
  en: string;
}

/** Regular-expression sources that name the statistic, written in each script. */
export interface CataloguePatterns {
  zhHans: string[];
  zhHant: string[];
}

export interface CatalogueIndicator {
  slug: string;
  name: CatalogueText;
  definition: CatalogueText;
  /** The unit the statistic is usually stated in (as written in zh-Hans). */
  unit: string | null;
  baseUnit: string | null;
  measure: Measure;
  betterDirection: BetterDirection | null;
  /** For a rate of change: the slug of the level it is the change of. */
  levelIndicator: string | null;
  /** Sector of the collection's taxonomy (docs/taxonomy.md). */
  sectorId: string;
  /** Every unit (zh-Hans) a stated value of this indicator may carry; anything else is not an observation of it. */
  units: string[];
  patterns: CataloguePatterns;
}

/** One phrase that names two indicators at once (城乡居民人均可支配收入 … 分别 …): values pair up in order. */
export interface CataloguePair {
  patterns: CataloguePatterns;
  indicators: string[];
}

export interface CatalogueFile {
  version: number;
  indicators: CatalogueIndicator[];
  pairs: CataloguePair[];
}

export interface Catalogue extends CatalogueFile {
  bySlug: ReadonlyMap<string, CatalogueIndicator>;
  /** slug of a level → slug of its rate of change. */
  growthOf: ReadonlyMap<string, string>;
}

/** The slugs the collection promises (issue 8, item 4), spelled exactly so. */
export const REQUIRED_SLUGS = [
  'gdp',
  'gdp-growth',
  'gdp-primary-growth',
  'gdp-secondary-growth',
  'gdp-tertiary-growth',
  'industrial-value-added-growth',
  'fixed-asset-investment',
  'fixed-asset-investment-growth',
  'retail-sales',
  'retail-sales-growth',
  'foreign-trade',
  'foreign-trade-growth',
  'general-public-budget-revenue',
  'general-public-budget-revenue-growth',
  'urban-disposable-income-per-capita',
  'urban-disposable-income-per-capita-growth',
  'rural-disposable-income-per-capita',
  'rural-disposable-income-per-capita-growth',
  'urban-new-jobs',
  'urban-surveyed-unemployment-rate',
  'cpi',
  'urbanization-rate',
  'energy-intensity-reduction',
  'grain-output',
] as const;

export const CATALOGUE_FILE = path.join(__dirname, 'indicators.json');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MEASURES: ReadonlySet<string> = new Set<Measure>(['LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX']);
const DIRECTIONS: ReadonlySet<unknown> = new Set<unknown>(['HIGHER', 'LOWER', null]);

export class CatalogueInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`indicator catalogue is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogueInvalidError';
  }
}

const isText = (t: unknown): t is CatalogueText => {
  const o = t as Partial<CatalogueText> | null;
  return typeof o === 'object' && o !== null && [o.zhHans, o.zhHant, o.en].every((s) => typeof s === 'string' && s.trim() !== '');
};

const checkPatterns = (where: string, p: CataloguePatterns | undefined, problems: string[]): void => {
  if (!p || !Array.isArray(p.zhHans) || !Array.isArray(p.zhHant) || p.zhHans.length === 0) {
    problems.push(`${where}: patterns need a non-empty zhHans and a zhHant list`);
    return;
  }
  if (p.zhHans.length !== p.zhHant.length) problems.push(`${where}: zhHans and zhHant list ${p.zhHans.length} and ${p.zhHant.length} patterns`);
  for (const source of [...p.zhHans, ...p.zhHant]) {
    try {
      // An empty match would link every position of a report.
      if (new RegExp(source, 'u').test('')) problems.push(`${where}: pattern /${source}/ matches the empty string`);
    } catch (err) {
      problems.push(`${where}: pattern /${source}/ does not compile (${(err as Error).message})`);
    }
  }
};

/** Every problem of a parsed catalogue file; empty when it is valid. */
export const catalogueProblems = (file: CatalogueFile): string[] => {
  const problems: string[] = [];
  if (!Array.isArray(file.indicators)) return ['indicators is not a list'];
  const slugs = new Map<string, CatalogueIndicator>();
  for (const ind of file.indicators) {
    const where = `indicator "${String(ind.slug)}"`;
    if (typeof ind.slug !== 'string' || !SLUG.test(ind.slug)) problems.push(`${where}: slug is not a lowercase slug`);
    if (slugs.has(ind.slug)) problems.push(`${where}: slug used twice`);
    slugs.set(ind.slug, ind);
    if (!isText(ind.name)) problems.push(`${where}: name needs zhHans, zhHant and en`);
    if (!isText(ind.definition)) problems.push(`${where}: definition needs zhHans, zhHant and en`);
    if (!MEASURES.has(ind.measure)) problems.push(`${where}: unknown measure "${ind.measure}"`);
    if (!DIRECTIONS.has(ind.betterDirection)) problems.push(`${where}: betterDirection must be HIGHER, LOWER or null`);
    if (typeof ind.sectorId !== 'string' || !SLUG.test(ind.sectorId)) problems.push(`${where}: sectorId is not a slug`);
    if (!Array.isArray(ind.units) || (ind.unit !== null && !ind.units.includes(ind.unit)))
      problems.push(`${where}: units must list the indicator's own unit`);
    if ((ind.unit === null) !== (ind.baseUnit === null)) problems.push(`${where}: unit and baseUnit are both set or both null`);
    checkPatterns(where, ind.patterns, problems);
  }
  for (const ind of file.indicators) {
    if (ind.levelIndicator === null) continue;
    const level = slugs.get(ind.levelIndicator);
    if (!level) problems.push(`indicator "${ind.slug}": level indicator "${ind.levelIndicator}" is not in the catalogue`);
    else if (level.measure !== 'LEVEL' || ind.measure !== 'CHANGE')
      problems.push(`indicator "${ind.slug}": a levelIndicator link runs from a CHANGE to a LEVEL indicator`);
  }
  for (const slug of REQUIRED_SLUGS) if (!slugs.has(slug)) problems.push(`required slug "${slug}" is missing`);
  (file.pairs ?? []).forEach((pair, i) => {
    checkPatterns(`pair ${i}`, pair.patterns, problems);
    for (const slug of pair.indicators) if (!slugs.has(slug)) problems.push(`pair ${i}: unknown indicator "${slug}"`);
    if (pair.indicators.length < 2) problems.push(`pair ${i}: names fewer than two indicators`);
  });
  return problems;
};

export const validateCatalogue = (file: CatalogueFile): Catalogue => {
  const problems = catalogueProblems(file);
  if (problems.length > 0) throw new CatalogueInvalidError(problems);
  const growthOf = new Map<string, string>();
  for (const ind of file.indicators) if (ind.levelIndicator) growthOf.set(ind.levelIndicator, ind.slug);
  return { ...file, pairs: file.pairs ?? [], bySlug: new Map(file.indicators.map((i) => [i.slug, i])), growthOf };
};

let cached: Catalogue | null = null;

/** The catalogue of this checkout (read once per process), or the one at `file`. */
export const loadCatalogue = (file: string = CATALOGUE_FILE): Catalogue => {
  if (file === CATALOGUE_FILE && cached) return cached;
  const catalogue = validateCatalogue(JSON.parse(readFileSync(file, 'utf8')) as CatalogueFile);
  if (file === CATALOGUE_FILE) cached = catalogue;
  return catalogue;
};
