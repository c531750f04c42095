/**
 * The records the seed writes and the runtime reads, without their keys.
 * They are derived from the dynamodb-toolbox entities (entities.ts, item
 * schemas in schemas/), so the shape of a stored item is written once: a
 * field added to a schema is a field of its record, and no check has to prove
 * that two hand-written copies agree. The seed builds these records, the
 * resolvers map GraphQL types onto them (codegen mappers); the names stay the
 * ones callers import.
 */
import type { FormattedItem, FormattedValue } from 'dynamodb-toolbox';
import type { Entities } from './entities';
import type { publishedReportSchema } from './schemas/control';
import type { KeyAttribute } from './keys';
import type { localized, measure, place, projectStatus, source } from './schemas/fragments';

/** A stored item without its key attributes: keys are built from the record by keys.ts, never carried in it. */
type RecordOf<E extends Entities[keyof Entities]> = WithoutKeys<FormattedItem<E>>;
type WithoutKeys<T> = { [K in keyof T as K extends KeyAttribute ? never : K]: T[K] };

// The shared parts, derived from the schema fragments that define and document them (schemas/fragments.ts).
export type LocalizedText = FormattedValue<ReturnType<typeof localized>>;
export type SourceRef = FormattedValue<ReturnType<typeof source>>;
export type PlaceRecord = FormattedValue<ReturnType<typeof place>>;
export type Measure = FormattedValue<ReturnType<typeof measure>>;
export type ProjectStatus = FormattedValue<ReturnType<typeof projectStatus>>;

export type ReportRecord = RecordOf<Entities['Report']>;
export type YearRecord = RecordOf<Entities['Year']>;
export type SectionRecord = RecordOf<Entities['Section']>;
export type GlossaryRecord = RecordOf<Entities['Glossary']>;
export type RepairRecord = RecordOf<Entities['Repair']>;
export type FigureRecord = RecordOf<Entities['Figure']>;
export type IndicatorRecord = RecordOf<Entities['Indicator']>;
export type ProjectRecord = RecordOf<Entities['Project']>;
export type SectorRecord = RecordOf<Entities['Sector']>;
/** One chunk of a report's source text (chunks joined in order are report.txt byte for byte). */
export type ReportTextRecord = RecordOf<Entities['ReportText']>;
export type ProjectMentionRecord = ProjectRecord['mentions'][number];

export type PlaceLevel = PlaceRecord['level'];
export type YearRole = YearRecord['role'];
export type FigureKind = FigureRecord['kind'];
export type FigureScope = FigureRecord['scope'];
export type Comparator = FigureRecord['comparator'];
/** Who stands behind a datum: checked by a person, or rules only. */
export type Curation = FigureRecord['curation'];

/** Everything one report contributes to the table. */
export interface Dataset {
  report: ReportRecord;
  years: YearRecord[];
  sections: SectionRecord[];
  glossary: GlossaryRecord[];
  repairs: RepairRecord[];
  figures: FigureRecord[];
  indicators: IndicatorRecord[];
  projects: ProjectRecord[];
  sectors: SectorRecord[];
}

/** A report as the published pointer names it: enough to list and filter reports without reading them. */
export type PublishedReport = FormattedValue<typeof publishedReportSchema>;
