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
  date: nullableString(),
  speaker: anyOf(localized(), nul()),
  speakerRole: anyOf(localized(), nul()),
  occasion: anyOf(localized(), nul()),
  extractionNotes: list(string()),
  sourceSha256: string(),
  sourceLength: number(),
  datasetVersion: string(),
  years: list(number()),
  searchFold: string(),
  place: anyOf(place(), nul()).optional(),
  script: string().enum('zh-Hans', 'zh-Hant').optional(),
  reviewYear: anyOf(number(), nul()).optional(),
  planYear: anyOf(number(), nul()).optional(),
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
  label: string(),
  title: localized(),
  parentId: nullableString(),
  heading: source(),
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
  source: source(),
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
