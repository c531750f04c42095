/** Item schemas of a report as a document: the report itself, its text, years, sections, glossary and repairs. */
import { anyOf } from 'dynamodb-toolbox/schema/anyOf';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { nul } from 'dynamodb-toolbox/schema/nul';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { gsiAttrs, keyAttrs, localized, nullableString, place, source } from './fragments';

export const reportSchema = item({
  ...keyAttrs,
  reportId: string(),
  title: localized(),
  /** Delivery date, speaker, office and session: null where the text does not state them. */
  date: nullableString(),
  speaker: anyOf(localized(), nul()),
  speakerRole: anyOf(localized(), nul()),
  occasion: anyOf(localized(), nul()),
  /** What the extraction rules could not read in this report (no plan heading found …). */
  extractionNotes: list(string()),
  sourceSha256: string(),
  sourceLength: number(),
  datasetVersion: string(),
  years: list(number()),
  /**
   * Traditional→Simplified pairs for every character of this dataset that
   * differs ("規规發发…"): search folds text and queries with it, so a query in
   * either script matches, without shipping a converter in the function.
   */
  searchFold: string(),
  /** From report.json; optional until every builder supplies them. */
  place: anyOf(place(), nul()).optional(),
  script: string().enum('zh-Hans', 'zh-Hant').optional(),
  reviewYear: anyOf(number(), nul()).optional(),
  planYear: anyOf(number(), nul()).optional(),
  /** The source's own terms and attribution, kept beside it. */
  attribution: nullableString().optional(),
  officialUrl: nullableString().optional(),
  counts: map({
    figures: number(),
    indicators: number(),
    projects: number(),
    glossaryTerms: number(),
    sectors: number(),
    repairs: number(),
  }),
});

/** The source text, byte-identical once the chunks are joined in order (each ≤ 350 KB, under the 400 KB item limit). */
export const reportTextSchema = item({ ...keyAttrs, reportId: string(), chunk: number(), text: string() });

export const yearSchema = item({
  ...keyAttrs,
  reportId: string(),
  year: number(),
  role: string().enum('REVIEWED', 'PLANNED'),
  /** The section of the report that speaks of this year. */
  sectionId: string(),
  figureIds: list(string()),
  indicatorIds: list(string()),
  projectIds: list(string()),
});

export const sectionSchema = item({
  ...keyAttrs,
  reportId: string(),
  id: string(),
  order: number(),
  level: number(),
  /** Numbering as written: 一, (一), 附件 … */
  label: string(),
  title: localized(),
  parentId: nullableString(),
  /** The heading itself. */
  heading: source(),
  /** Where the section's text starts and ends (end exclusive). */
  start: number(),
  end: number(),
});

export const glossarySchema = item({
  ...keyAttrs,
  ...gsiAttrs,
  reportId: string(),
  id: string(),
  number: number(),
  term: localized(),
  definition: localized(),
  /** The whole note in the appendix. */
  source: source(),
  /** Each `[n]` marker in the body, quoting the text it annotates up to and including the marker. */
  references: list(source()),
});

export const repairSchema = item({
  ...keyAttrs,
  reportId: string(),
  id: string(),
  number: number(),
  start: number(),
  end: number(),
  damaged: string(),
  repaired: string(),
  method: string(),
  evidence: list(string()),
  confidence: number(),
});
