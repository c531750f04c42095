/** Item schemas of what a report states: figures, the indicators and projects they belong to, and sectors. */
import { anyOf } from 'dynamodb-toolbox/schema/anyOf';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { nul } from 'dynamodb-toolbox/schema/nul';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { gsiAttrs, keyAttrs, localized, measure, mention, nullableString, projectStatus, source } from './fragments';

export const figureSchema = item({
  ...keyAttrs,
  ...gsiAttrs,
  reportId: string(),
  id: string(),
  /** The number as written (decimal string, Arabic digits; Chinese numerals converted); a RANGE's lower end; null for a QUALITATIVE target. */
  value: nullableString(),
  /** A RANGE's ends (4.5%—5% → 4.5, 5); null otherwise. */
  valueLow: nullableString(),
  valueHigh: nullableString(),
  /** The number exactly as it stands in the (repaired) text: `114.7`, `兩`. */
  valueText: string(),
  unit: nullableString(),
  /** `value × unit scale`, computed on the decimal string. */
  normalizedValue: nullableString(),
  baseUnit: nullableString(),
  year: number(),
  kind: string().enum('ACTUAL', 'TARGET', 'CONTEXT'),
  comparator: string().enum('EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'MORE_THAN', 'RANGE', 'QUALITATIVE'),
  /** The comparator word as written (以上, 左右 …). */
  comparatorText: nullableString(),
  measure: measure(),
  changePercent: nullableString(),
  /** Id of the figure that states `changePercent` (it is a figure itself). */
  changeFigureId: nullableString(),
  /** Id of the figure this one is the change of (for CHANGE figures). */
  changeOfFigureId: nullableString(),
  subject: localized(),
  sectorId: string(),
  indicatorId: nullableString(),
  /** The first of `projectIds` (kept for readers of one project per figure). */
  projectId: nullableString(),
  /** Every project the figure covers; several only when `scope` is SHARED or TOTAL. */
  projectIds: list(string()),
  /** One project's figure, one figure stated jointly for several named projects, or a total over a counted group. */
  scope: string().enum('SINGLE', 'SHARED', 'TOTAL'),
  /** The clause that states it. */
  source: source(),
  /** The number and its unit. */
  valueSource: source(),
  /** CURATED when a person checked it (a curated link or override), else EXTRACTED. */
  curation: string().enum('CURATED', 'EXTRACTED'),
});

export const indicatorSchema = item({
  ...keyAttrs,
  reportId: string(),
  id: string(),
  order: number(),
  name: localized(),
  description: anyOf(localized(), nul()),
  sectorId: string(),
  unit: nullableString(),
  baseUnit: nullableString(),
  measure: measure(),
  figureIds: list(string()),
  /** Related indicator (e.g. a growth rate's level indicator). */
  levelIndicatorId: nullableString(),
  /** Which direction of change is better (from the catalogue); null where it is not a matter of better. */
  betterDirection: anyOf(string().enum('HIGHER', 'LOWER'), nul()).optional(),
});

export const projectSchema = item({
  ...keyAttrs,
  reportId: string(),
  id: string(),
  order: number(),
  name: localized(),
  sectorId: string(),
  /** The latest status (that of the latest mention stating one): a summary of `mentions`. */
  statusText: nullableString(),
  status: projectStatus(),
  year: number(),
  figureIds: list(string()),
  mentions: list(mention()),
});

export const sectorSchema = item({
  ...keyAttrs,
  reportId: string(),
  id: string(),
  order: number(),
  name: localized(),
  description: localized(),
  indicatorIds: list(string()),
  projectIds: list(string()),
  figureIds: list(string()),
});
