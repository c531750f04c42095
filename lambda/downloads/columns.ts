/**
 * The building blocks of every download table: a column (name, Table Schema
 * type, description, constraints, and how a row fills it) and a table (its
 * columns, rows per report, keys). The CSV header, each cell and the Table
 * Schema in datapackage.json all come from these definitions, so they can
 * never disagree.
 */
import type { Comparator, Dataset, FigureKind, LocalizedText, Measure, ProjectStatus } from '../data/records';

/** Table Schema field types used here (a decimal string is a `number`: its lexical form is kept exactly). */
export type FieldType = 'string' | 'integer' | 'number';
export type Cell = string | number | null | undefined;

export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  /** Allowed values (Table Schema `constraints.enum`). */
  values?: readonly string[];
  get: (row: R) => Cell;
}

/**
 * A link from a column to the key of another table of the same report. In the
 * collection files it becomes a composite key with `report_id`; Frictionless
 * readers accept a composite foreign key only when all or none of its cells are
 * empty, so a link that may be empty (`nullable`) is declared in the one-report
 * packages only (where it is a single column) and documented for the collection.
 */
export interface Link {
  fields: string;
  resource: string;
  reference: string;
  nullable?: boolean;
}

export interface Table<R> {
  /** Resource name and file name: `figures` → figures.csv. */
  name: string;
  title: string;
  description: string;
  columns: readonly Column<R>[];
  /** The rows one report contributes, in report order. */
  rows: (d: Dataset) => R[];
  /** Key within one report; the collection files prefix `report_id` (except for the reports table itself). */
  key: readonly string[];
  /** Links to other tables of the same report. */
  links: readonly Link[];
}

/** A column without its accessor: what the Table Schema says about it. */
export type Field = Omit<Column<never>, 'get'>;

/** A table with its row type erased: metadata, and the cells of one report's rows. */
export interface TableDef {
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  key: readonly string[];
  links: readonly Link[];
  cells: (d: Dataset) => Cell[][];
}

export const defineTable = <R>(t: Table<R>): TableDef => ({
  name: t.name,
  title: t.title,
  description: t.description,
  fields: t.columns.map(({ get: _get, ...field }) => field),
  key: t.key,
  links: t.links,
  cells: (d) => t.rows(d).map((row) => t.columns.map((c) => c.get(row))),
});

/** Every row of every table carries its report (the records do). */
export const REPORT_ID = 'report_id';

// Records over the union types: adding a member without describing it fails to compile. Members that the
// extraction rules add (issue 9: CONTEXT figures, MORE_THAN, RANGE, QUALITATIVE) are described ahead of them,
// so their merge compiles.
export const KINDS: Record<FigureKind | 'CONTEXT', string> = {
  ACTUAL: 'a result of the reviewed year',
  TARGET: 'a target or plan for the planned year',
  CONTEXT: 'background the report gives (an earlier year, a longer period), neither result nor target',
};
export const COMPARATORS: Record<Comparator | 'MORE_THAN' | 'RANGE' | 'QUALITATIVE', string> = {
  EXACT: 'as stated',
  AT_LEAST: 'at least (以上, 不低于 …)',
  MORE_THAN: 'more than (余, 多)',
  AT_MOST: 'at most (以内, 以下 …)',
  ABOUT: 'about (左右, 约 …)',
  RANGE: 'between value_low and value_high (4.5%—5%)',
  QUALITATIVE: 'a target stated in words, without a number (value empty, wording in value_text)',
};
export const CURATION = { CURATED: 'checked by a person', EXTRACTED: 'by rules only' } as const;
export const MEASURES: Record<Measure, string> = {
  LEVEL: 'a level or amount',
  CHANGE: 'a change, usually year on year, in per cent',
  SHARE: 'a share of a whole',
  COUNT: 'a count of things',
  RATIO: 'a ratio of two quantities',
  RANK: 'a rank',
  INDEX: 'an index value',
};
export const STATUSES: Record<ProjectStatus, string> = {
  APPROVED: 'approved',
  PLANNED: 'planned',
  STARTED: 'started',
  UNDER_CONSTRUCTION: 'under construction',
  ACCELERATING: 'being accelerated',
  COMPLETED: 'completed',
  IN_OPERATION: 'in operation',
  MENTIONED: 'mentioned without a status',
};
export const LEVELS = { NATIONAL: 'the country (national report of the State Council)', PROVINCIAL: 'province-level (municipalities such as 上海 included)', PREFECTURE: 'prefecture-level city or prefecture', COUNTY: 'county-level' } as const;

export const enumNote = (values: Record<string, string>): string =>
  Object.entries(values)
    .map(([k, v]) => `${k} = ${v}`)
    .join('; ');

/** The scripts of a LocalizedText, each with the suffix of its column name. */
const SCRIPT_SUFFIXES = { zhHans: 'zh_hans', zhHant: 'zh_hant', en: 'en' } as const;
export type Script = keyof typeof SCRIPT_SUFFIXES;

/**
 * A localized text as string columns `<prefix>_zh_hans`, `<prefix>_zh_hant`, `<prefix>_en`: one per script
 * `descriptions` describes, in the order it lists them (a script it leaves out gets no column). The scripts
 * in `required` are never empty.
 */
export const scriptColumns = <R>(
  prefix: string,
  get: (row: R) => LocalizedText | null | undefined,
  descriptions: Partial<Record<Script, string>>,
  required: readonly Script[] = [],
): Column<R>[] =>
  (Object.entries(descriptions) as [Script, string][]).map(([script, description]) => ({
    name: `${prefix}_${SCRIPT_SUFFIXES[script]}`,
    type: 'string',
    ...(required.includes(script) ? { required: true } : {}),
    description,
    get: (r) => get(r)?.[script],
  }));

/** All three scripts of a text, described alike: `name_zh_hans`, `name_zh_hant`, `name_en` (English is never required). */
export const localizedColumns = <R>(
  prefix: string,
  what: string,
  get: (row: R) => LocalizedText | null | undefined,
  required = true,
): Column<R>[] =>
  scriptColumns(
    prefix,
    get,
    {
      zhHans: `${what} in Simplified Chinese (as written, or converted with OpenCC from a Traditional source).`,
      zhHant: `${what} in Traditional Chinese (as written, or converted with OpenCC from a Simplified source).`,
      en: `${what} in English (curated; empty where not translated: never machine-invented).`,
    },
    required ? ['zhHans', 'zhHant'] : [],
  );

export const by =
  <T>(key: (t: T) => number) =>
  (a: T, b: T): number =>
    key(a) - key(b);
