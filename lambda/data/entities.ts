/**
 * dynamodb-toolbox v2 entities: one Table, one Entity per item type, each with
 * a typed item schema mirroring records.ts. Keys are computed from the record
 * with the builders in keys.ts, so callers pass records and keys, never raw PK/SK.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
// Subpath imports: the package root re-exports every action (update, scan, transactions, JSON schemer …)
// and declares no sideEffects, so importing from it bundles them all (−62 KB, docs/bench-cold-start.md).
import { Entity } from 'dynamodb-toolbox/entity';
import { Table } from 'dynamodb-toolbox/table';
import { anyOf } from 'dynamodb-toolbox/schema/anyOf';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { nul } from 'dynamodb-toolbox/schema/nul';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { binary } from 'dynamodb-toolbox/schema/binary';
import type { FormattedItem } from 'dynamodb-toolbox';
import { ENTITY_ATTRIBUTE, GSI1, TABLE_KEYS, CATALOG_PK, LEASE_SK, POINTER_SK, panelPk, reportPk, sortKey } from './keys';

export const makeTable = (documentClient: DynamoDBDocumentClient, name: string) =>
  new Table({
    documentClient,
    name,
    partitionKey: { name: TABLE_KEYS.partitionKey, type: 'string' },
    sortKey: { name: TABLE_KEYS.sortKey, type: 'string' },
    indexes: {
      [GSI1.indexName]: {
        type: 'global',
        partitionKey: { name: GSI1.partitionKey, type: 'string' },
        sortKey: { name: GSI1.sortKey, type: 'string' },
      },
    },
    entityAttributeSavedAs: ENTITY_ATTRIBUTE,
  });

export type AppTable = ReturnType<typeof makeTable>;

const localized = () => map({ zhHant: string(), zhHans: string(), en: anyOf(string(), nul()) });
const source = () => map({ start: number(), end: number(), quote: string(), text: string() });
const nullableString = () => anyOf(string(), nul());
const place = () =>
  map({
    name: localized(),
    province: anyOf(localized(), nul()),
    level: string().enum('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY'),
    code: nullableString(),
  });
const projectStatus = () =>
  string().enum('APPROVED', 'PLANNED', 'STARTED', 'UNDER_CONSTRUCTION', 'ACCELERATING', 'COMPLETED', 'IN_OPERATION', 'MENTIONED');
/** A project mention: its source plus the status stated there (ProjectMentionRecord). */
const mention = () =>
  map({ start: number(), end: number(), quote: string(), text: string(), status: projectStatus(), statusText: nullableString(), year: number() });
const keyAttrs = { PK: string().key(), SK: string().key() };
const gsiAttrs = { GSI1PK: string().optional(), GSI1SK: string().optional() };

export const makeEntities = (table: AppTable) => {
  const common = { table, timestamps: false, entityAttribute: true } as const;

  /**
   * The published pointer: which version of each report is current. Written
   * last by a seed, with one conditional write, so readers see exactly one
   * version of the collection; `retired` lists versions to delete once no
   * cache can still hold them.
   */
  const Pointer = new Entity({
    ...common,
    name: 'Pointer',
    schema: item({
      ...keyAttrs,
      collectionVersion: string(),
      publishedAt: string(),
      reports: list(
        map({
          reportId: string(),
          version: string(),
          place: anyOf(place(), nul()),
          years: list(number()),
          reviewYear: anyOf(number(), nul()),
          planYear: anyOf(number(), nul()),
        }),
      ),
      /** Partitions no longer current, with when they stopped being current: deleted once no cache can hold them. */
      retired: list(map({ partition: string(), retiredAt: number() })),
    }),
  });

  /**
   * A part of a partition's items, packed: gzipped JSON of the items as their entities validated them
   * (lambda/data/chunks.ts). A report version is a handful of these instead of hundreds of items, so it
   * is written in a few requests and read by one Query with no per-item parsing.
   */
  const Chunk = new Entity({
    ...common,
    name: 'Chunk',
    schema: item({ ...keyAttrs, part: number(), parts: number(), data: binary() }),
  });

  /** At most one seed at a time: a conditional put with an expiry, so a killed seed's lease lapses. */
  const Lease = new Entity({
    ...common,
    name: 'Lease',
    schema: item({
      ...keyAttrs,
      owner: string(),
      expiresAt: number(),
      acquiredAt: string(),
      /** Partitions this seed is writing: if it dies, the next seed retires the ones that never became current. */
      writing: list(string()),
    }),
  });

  const Report = new Entity({
    ...common,
    name: 'Report',
    schema: item({
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
    }),
  });

  const Year = new Entity({
    ...common,
    name: 'Year',
    schema: item({
      ...keyAttrs,
      reportId: string(),
      year: number(),
      role: string().enum('REVIEWED', 'PLANNED'),
      sectionId: string(),
      figureIds: list(string()),
      indicatorIds: list(string()),
      projectIds: list(string()),
    }),
  });

  const Section = new Entity({
    ...common,
    name: 'Section',
    schema: item({
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
    }),
  });

  const Glossary = new Entity({
    ...common,
    name: 'Glossary',
    schema: item({
      ...keyAttrs,
      ...gsiAttrs,
      reportId: string(),
      id: string(),
      number: number(),
      term: localized(),
      definition: localized(),
      source: source(),
      references: list(source()),
    }),
  });

  const Repair = new Entity({
    ...common,
    name: 'Repair',
    schema: item({
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
    }),
  });

  const Figure = new Entity({
    ...common,
    name: 'Figure',
    schema: item({
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
      measure: string().enum('LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX'),
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
    }),
  });

  const Indicator = new Entity({
    ...common,
    name: 'Indicator',
    schema: item({
      ...keyAttrs,
      reportId: string(),
      id: string(),
      order: number(),
      name: localized(),
      description: anyOf(localized(), nul()),
      sectorId: string(),
      unit: nullableString(),
      baseUnit: nullableString(),
      measure: string().enum('LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX'),
      figureIds: list(string()),
      levelIndicatorId: nullableString(),
      betterDirection: anyOf(string().enum('HIGHER', 'LOWER'), nul()).optional(),
    }),
  });

  const Project = new Entity({
    ...common,
    name: 'Project',
    schema: item({
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
    }),
  });

  const Sector = new Entity({
    ...common,
    name: 'Sector',
    schema: item({
      ...keyAttrs,
      reportId: string(),
      id: string(),
      order: number(),
      name: localized(),
      description: localized(),
      indicatorIds: list(string()),
      projectIds: list(string()),
      figureIds: list(string()),
    }),
  });

  /** The source text, byte-identical once the chunks are joined in order (each ≤ 350 KB, under the 400 KB item limit). */
  const ReportText = new Entity({
    ...common,
    name: 'ReportText',
    schema: item({ ...keyAttrs, reportId: string(), chunk: number(), text: string() }),
  });

  return { Pointer, Lease, Chunk, Report, ReportText, Year, Section, Glossary, Repair, Figure, Indicator, Project, Sector };
};

export type Entities = ReturnType<typeof makeEntities>;

/** Stored items as read back (records plus their keys). */
export type ReportItem = FormattedItem<Entities['Report']>;
export type YearItem = FormattedItem<Entities['Year']>;
export type SectionItem = FormattedItem<Entities['Section']>;
export type GlossaryItem = FormattedItem<Entities['Glossary']>;
export type RepairItem = FormattedItem<Entities['Repair']>;
export type FigureItem = FormattedItem<Entities['Figure']>;
export type IndicatorItem = FormattedItem<Entities['Indicator']>;
export type ProjectItem = FormattedItem<Entities['Project']>;
export type SectorItem = FormattedItem<Entities['Sector']>;
export type ReportTextItem = FormattedItem<Entities['ReportText']>;

export type PointerItem = FormattedItem<Entities['Pointer']>;
export type LeaseItem = FormattedItem<Entities['Lease']>;

/** Key of each item, built only here and in keys.ts; report items live in their version's partition. */
export const itemKeys = {
  pointer: () => ({ PK: CATALOG_PK, SK: POINTER_SK }),
  lease: () => ({ PK: CATALOG_PK, SK: LEASE_SK }),
  report: (reportId: string, v: string) => ({ PK: reportPk(reportId, v), SK: sortKey.report() }),
  year: (reportId: string, v: string, year: number) => ({ PK: reportPk(reportId, v), SK: sortKey.year(year) }),
  section: (reportId: string, v: string, order: number) => ({ PK: reportPk(reportId, v), SK: sortKey.section(order) }),
  glossary: (reportId: string, v: string, num: number) => ({ PK: reportPk(reportId, v), SK: sortKey.glossary(num) }),
  repair: (reportId: string, v: string, num: number) => ({ PK: reportPk(reportId, v), SK: sortKey.repair(num) }),
  figure: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.figure(id) }),
  indicator: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.indicator(id) }),
  project: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.project(id) }),
  sector: (reportId: string, v: string, id: string) => ({ PK: reportPk(reportId, v), SK: sortKey.sector(id) }),
  chunk: (pk: string, part: number) => ({ PK: pk, SK: sortKey.chunk(part) }),
  reportSummary: (collectionVersion: string, reportId: string) => ({ PK: panelPk(collectionVersion), SK: sortKey.reportSummary(reportId) }),
  text: (reportId: string, v: string, chunk: number) => ({ PK: reportPk(reportId, v), SK: sortKey.text(chunk) }),
  observation: (collectionVersion: string, indicatorId: string, year: number, kind: string, reportId: string, figureId: string) => ({
    PK: panelPk(collectionVersion),
    SK: sortKey.observation(indicatorId, year, kind, reportId, figureId),
  }),
} as const;
