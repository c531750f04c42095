/**
 * Argument checks that run before a resolver, so no input can reach the store
 * in a shape it would reject: DynamoDB answers a key over 1,024/2,048 bytes
 * with a ValidationException, which must never look like an outage. Rules go
 * by argument name, so every field taking an `id`, `reportId`, `term`, `after`
 * … is covered, including fields added later; server.ts calls `validateArgs`
 * for every field resolver that receives arguments. A failed check is
 * BAD_USER_INPUT naming the argument, its limit and the fix.
 */
import type { GraphQLError } from 'graphql';
import { badUserInput } from './errors';

/** Local ids (slugs, `s1.2`, `f00123`) and global ids (base64url): letters, digits, `.`, `_`, `-`. */
export const MAX_ID_LENGTH = 200;
/** Report ids: `<place-pinyin>-<year>`. */
export const MAX_REPORT_ID_LENGTH = 64;
/** Glossary terms are a few characters; 100 leaves room for any real term. */
export const MAX_TERM_LENGTH = 100;
/** Search and filter text. */
export const MAX_TEXT_LENGTH = 200;
/** Cursors are base64url of a position key (connections.ts). */
export const MAX_CURSOR_LENGTH = 300;
/** Units as written (億元, %, 萬畝 …). */
export const MAX_UNIT_LENGTH = 32;
/** `nodes(ids:)`. */
export const MAX_IDS = 100;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const REPORT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CURSOR = /^[A-Za-z0-9_-]+$/;

type Check = (value: string, argument: string) => GraphQLError | null;

const quoted = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Length in code points, as a person counts characters. */
const lengthOf = (value: string): number => {
  let n = 0;
  for (const _ of value) n++;
  return n;
};

const shaped =
  (max: number, pattern: RegExp, what: string, fix: string): Check =>
  (value, argument) => {
    if (value.length > max) {
      return badUserInput(`"${argument}" is ${value.length} characters; ${what} are at most ${max}. ${fix}`, { argument, maxLength: max });
    }
    if (!pattern.test(value)) return badUserInput(`"${argument}" ${quoted(value)} is not a valid ${what.replace(/s$/, '')}. ${fix}`, { argument });
    return null;
  };

const bounded =
  (max: number, what: string): Check =>
  (value, argument) =>
    lengthOf(value) > max
      ? badUserInput(`"${argument}" is ${lengthOf(value)} characters; ${what} is at most ${max}. Shorten it.`, { argument, maxLength: max })
      : null;

const idCheck = shaped(MAX_ID_LENGTH, ID, 'ids', 'Pass an id returned by this API (letters, digits, ".", "_" and "-").');
const reportIdCheck = shaped(MAX_REPORT_ID_LENGTH, REPORT_ID, 'report ids', 'Report ids look like "huozhou-2024"; `reports` lists them.');
const cursorCheck = shaped(MAX_CURSOR_LENGTH, CURSOR, 'cursors', 'Pass a cursor returned by this API (pageInfo.endCursor).');

/** Checks by argument name (top level, and inside input objects such as filters). */
const RULES: Record<string, Check> = {
  id: idCheck,
  sectorId: idCheck,
  reportId: reportIdCheck,
  after: cursorCheck,
  before: cursorCheck,
  term: bounded(MAX_TERM_LENGTH, 'a glossary term'),
  text: bounded(MAX_TEXT_LENGTH, 'search text'),
  unit: bounded(MAX_UNIT_LENGTH, 'a unit'),
};

/** `report(id:)` takes a report id, not an item id. */
const FIELD_RULES: Record<string, Record<string, Check>> = {
  'Query.report': { id: reportIdCheck },
};

const checkValue = (rules: Record<string, Check>, argument: string, value: unknown, path: string): void => {
  if (typeof value === 'string') {
    const rule = rules[argument] ?? RULES[argument];
    const err = rule?.(value, path);
    if (err) throw err;
  } else if (Array.isArray(value)) {
    if (argument === 'ids' && value.length > MAX_IDS) {
      throw badUserInput(`"${path}" takes at most ${MAX_IDS} ids (got ${value.length}); ask in several requests.`, { argument: path, max: MAX_IDS });
    }
    const element = argument === 'ids' ? 'id' : argument;
    value.forEach((v, i) => checkValue(rules, element, v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) checkValue(rules, k, v, `${path}.${k}`);
  }
};

/**
 * Throws BAD_USER_INPUT when an argument of `Type.field` has the wrong length
 * or shape. Values are the coerced arguments graphql-js hands the resolver.
 */
export const validateArgs = (typeName: string, fieldName: string, args: Record<string, unknown>): void => {
  const rules = FIELD_RULES[`${typeName}.${fieldName}`] ?? {};
  for (const [name, value] of Object.entries(args)) checkValue(rules, name, value, name);
};
