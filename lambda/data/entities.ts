/**
 * dynamodb-toolbox v2 entities: one Table, one Entity per item type. The item
 * schemas live in schemas/ (control items, the report as a document, the facts
 * it states); keys are computed with the builders in keys.ts, so callers pass
 * records and keys, never raw PK/SK.
 */
import { Entity } from 'dynamodb-toolbox/entity';
import type { FormattedItem } from 'dynamodb-toolbox';
import type { AppTable } from './table';
import { chunkSchema, leaseSchema, pointerSchema } from './schemas/control';
import { glossarySchema, repairSchema, reportSchema, reportTextSchema, sectionSchema, yearSchema } from './schemas/report';
import { figureSchema, indicatorSchema, projectSchema, sectorSchema } from './schemas/facts';

// Stable import paths for callers: the table and the key builders are defined beside the entities.
export { makeTable, type AppTable } from './table';
export { itemKeys } from './keys';

const options = (table: AppTable) => ({ table, timestamps: false, entityAttribute: true }) as const;

/**
 * The entities the function reads through: the pointer and packed parts (and
 * the seed's lease). Every Entity checks its whole schema when constructed;
 * the record entities below are only the seed's (the function unpacks their
 * items from parts), so a cold start does not check their schemas (~5 ms).
 */
export const makeControlEntities = (table: AppTable) => {
  const common = options(table);
  return {
    Pointer: new Entity({ ...common, name: 'Pointer', schema: pointerSchema }),
    Lease: new Entity({ ...common, name: 'Lease', schema: leaseSchema }),
    Chunk: new Entity({ ...common, name: 'Chunk', schema: chunkSchema }),
  };
};

export const makeEntities = (table: AppTable) => {
  const common = options(table);
  return {
    ...makeControlEntities(table),
    Report: new Entity({ ...common, name: 'Report', schema: reportSchema }),
    ReportText: new Entity({ ...common, name: 'ReportText', schema: reportTextSchema }),
    Year: new Entity({ ...common, name: 'Year', schema: yearSchema }),
    Section: new Entity({ ...common, name: 'Section', schema: sectionSchema }),
    Glossary: new Entity({ ...common, name: 'Glossary', schema: glossarySchema }),
    Repair: new Entity({ ...common, name: 'Repair', schema: repairSchema }),
    Figure: new Entity({ ...common, name: 'Figure', schema: figureSchema }),
    Indicator: new Entity({ ...common, name: 'Indicator', schema: indicatorSchema }),
    Project: new Entity({ ...common, name: 'Project', schema: projectSchema }),
    Sector: new Entity({ ...common, name: 'Sector', schema: sectorSchema }),
  };
};

export type Entities = ReturnType<typeof makeEntities>;
export type ControlEntities = ReturnType<typeof makeControlEntities>;

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
