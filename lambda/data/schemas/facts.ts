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
  value: nullableString(),
  valueLow: nullableString(),
  valueHigh: nullableString(),
  valueText: string(),
  unit: nullableString(),
  normalizedValue: nullableString(),
  baseUnit: nullableString(),
  year: number(),
  kind: string().enum('ACTUAL', 'TARGET', 'CONTEXT'),
  comparator: string().enum('EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'MORE_THAN', 'RANGE', 'QUALITATIVE'),
  comparatorText: nullableString(),
  measure: measure(),
  changePercent: nullableString(),
  changeFigureId: nullableString(),
  changeOfFigureId: nullableString(),
  subject: localized(),
  sectorId: string(),
  indicatorId: nullableString(),
  projectId: nullableString(),
  projectIds: list(string()),
  scope: string().enum('SINGLE', 'SHARED', 'TOTAL'),
  source: source(),
  valueSource: source(),
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
  levelIndicatorId: nullableString(),
  betterDirection: anyOf(string().enum('HIGHER', 'LOWER'), nul()).optional(),
});

export const projectSchema = item({
  ...keyAttrs,
  reportId: string(),
  id: string(),
  order: number(),
  name: localized(),
  sectorId: string(),
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
