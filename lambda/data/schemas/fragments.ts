/**
 * Schema parts that several item schemas share (text in three forms, a source
 * span, a place, the enums), written once so every entity stores them alike.
 * Key attributes take their names from keys.ts: no schema spells a key.
 */
import { anyOf } from 'dynamodb-toolbox/schema/anyOf';
import { map } from 'dynamodb-toolbox/schema/map';
import { nul } from 'dynamodb-toolbox/schema/nul';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { GSI1, TABLE_KEYS } from '../keys';

export const nullableString = () => anyOf(string(), nul());
export const localized = () => map({ zhHant: string(), zhHans: string(), en: anyOf(string(), nul()) });
export const source = () => map({ start: number(), end: number(), quote: string(), text: string() });
export const place = () =>
  map({
    name: localized(),
    province: anyOf(localized(), nul()),
    level: string().enum('PROVINCIAL', 'PREFECTURE', 'COUNTY'),
    code: nullableString(),
  });
export const measure = () => string().enum('LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX');
export const projectStatus = () =>
  string().enum('APPROVED', 'PLANNED', 'STARTED', 'UNDER_CONSTRUCTION', 'ACCELERATING', 'COMPLETED', 'IN_OPERATION', 'MENTIONED');
/** A project mention: its source plus the status stated there (ProjectMentionRecord). */
export const mention = () =>
  map({ start: number(), end: number(), quote: string(), text: string(), status: projectStatus(), statusText: nullableString(), year: number() });

export const keyAttrs = { [TABLE_KEYS.partitionKey]: string().key(), [TABLE_KEYS.sortKey]: string().key() };
export const gsiAttrs = { [GSI1.partitionKey]: string().optional(), [GSI1.sortKey]: string().optional() };
