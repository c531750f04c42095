import type { GraphQLResolveInfo } from 'graphql';
import type { ReportItem, YearItem, SectionItem, GlossaryItem, RepairItem, FigureItem, IndicatorItem, ProjectItem, SectorItem } from '../../data/entities';
import type { ProjectMentionRecord } from '../../data/records';
import type { ConnectionParent } from '../connections';
import type { SearchHitParent } from '../search';
import type { SourceParent } from '../../pages/source-fields';
import type { YearComparisonParent } from '../compare';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Which direction of change is better for an indicator. */
export type BetterDirection =
  /** A higher value is better (GDP, income). */
  | 'HIGHER'
  /** A lower value is better (unemployment rate, energy intensity, composite air-quality index). */
  | 'LOWER';

/** How the stated value bounds the quantity. */
export type Comparator =
  /** About the value (左右, 約). */
  | 'ABOUT'
  /** At least the value (以上, 突破, 超過, 超, 不低于; a red line 守住…紅線 is a floor). */
  | 'AT_LEAST'
  /** At most the value (以內, 以下, 不超過, 控制在…以內). */
  | 'AT_MOST'
  /** Exactly the value. */
  | 'EXACT'
  /** More than the value, a strict lower bound (余, 多: 4100余個); the word is in `comparatorText`. */
  | 'MORE_THAN'
  /** A target stated in words, without a number (與經濟增長基本同步): `value` is null, the wording is in `valueText`. */
  | 'QUALITATIVE'
  /** Between `valueLow` and `valueHigh` (4.5%—5%, 4.5%至5%); `value` is the lower end. */
  | 'RANGE';

/** Whether a target is above, below or equal to the result. */
export type ComparisonDirection =
  /** The target is below the result. */
  | 'LOWERED'
  /** The target is above the result. */
  | 'RAISED'
  /** The target equals the result. */
  | 'SAME';

/** Who stands behind a datum. */
export type Curation =
  /** Checked by a person (a curated link or correction). */
  | 'CURATED'
  /** Read by the extraction rules only. */
  | 'EXTRACTED';

/** A quantity the report states. */
export type Figure = Node & {
  __typename?: 'Figure';
  /** The base unit of `normalizedValue`: CNY, percent, mu, t, kg, m2, m3, km … */
  baseUnit: Maybe<Scalars['String']['output']>;
  /** The figure stating `changePercent`. */
  changeFigure: Maybe<Figure>;
  /** For a change figure: the figure it is the change of. */
  changeOf: Maybe<Figure>;
  /** The change rate the text gives for this figure (e.g. 同比增長3.8% → `3.8`). */
  changePercent: Maybe<Scalars['String']['output']>;
  /** A ready-to-paste citation: place, report, date, quote, permalink and dataset version. */
  citation: Scalars['String']['output'];
  /** How the value bounds the quantity. */
  comparator: Comparator;
  /** The comparator word as written (以上, 左右 …). */
  comparatorText: Maybe<Scalars['String']['output']>;
  /** Whether a person checked this figure (CURATED) or the rules alone read it (EXTRACTED). */
  curation: Curation;
  /** The value for reading: `114.7亿元 (11.47 billion yuan)` (Chinese with the English reading), `11.47 billion yuan` in English. */
  display: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The indicator it is an observation of. */
  indicator: Maybe<Indicator>;
  /** Result (ACTUAL) or target (TARGET). */
  kind: FigureKind;
  /** What kind of measure this is. */
  measure: Measure;
  /** `value` scaled to `baseUnit`, exact decimal string: 114.7億元 → 11470000000. */
  normalizedValue: Maybe<Scalars['String']['output']>;
  /** The project it belongs to (investment, capacity …); for a SHARED or TOTAL figure the first of `projects`. */
  project: Maybe<Project>;
  /** Every project it covers, in report order of their mentions. */
  projects: Array<Project>;
  /** The report that states it. */
  report: Report;
  /** Whether it is about one thing, shared by several projects, or a total. */
  scope: FigureScope;
  /** The sector it belongs to. */
  sector: Sector;
  /** The clause that states it. */
  source: Source;
  /** What the figure measures. */
  subject: LocalizedText;
  /** The unit as written (億元, %, 萬畝 …), or null. */
  unit: Maybe<Scalars['String']['output']>;
  /** The unit's label in a language: 億元, 亿元, 100 million yuan; null when the figure has no unit. */
  unitLabel: Maybe<Scalars['String']['output']>;
  /** The number as a decimal string (Chinese numerals converted): `114.7`; a RANGE's lower end; null for a QUALITATIVE target. */
  value: Maybe<Scalars['String']['output']>;
  /** A RANGE's upper end (4.5%—5% → `5`); null otherwise. */
  valueHigh: Maybe<Scalars['String']['output']>;
  /** A RANGE's lower end (4.5%—5% → `4.5`); null otherwise. */
  valueLow: Maybe<Scalars['String']['output']>;
  /** The number as a float, for convenience; use `value` for exactness. */
  valueNumber: Maybe<Scalars['Float']['output']>;
  /** The number and its unit in the source. */
  valueSource: Source;
  /** The number exactly as written in the (repaired) text: `114.7`, `兩`. */
  valueText: Scalars['String']['output'];
  /** The year the figure is about. */
  year: Scalars['Int']['output'];
};


/** A quantity the report states. */
export type FigureCitationArgs = {
  lang?: InputMaybe<Lang>;
};


/** A quantity the report states. */
export type FigureDisplayArgs = {
  lang?: InputMaybe<Lang>;
};


/** A quantity the report states. */
export type FigureUnitLabelArgs = {
  lang?: InputMaybe<Lang>;
};

export type FigureConnection = {
  __typename?: 'FigureConnection';
  /** Edges of this page. */
  edges: Array<FigureEdge>;
  /** Nodes of this page. */
  nodes: Array<Figure>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FigureEdge = {
  __typename?: 'FigureEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The figure. */
  node: Figure;
};

/** Filters on figures; all given fields must match. */
export type FigureFilter = {
  /** Indicator slug. */
  indicatorId?: InputMaybe<Scalars['String']['input']>;
  /** Result or target. */
  kind?: InputMaybe<FigureKind>;
  /** Measure kind. */
  measure?: InputMaybe<Measure>;
  /** Project slug. */
  projectId?: InputMaybe<Scalars['String']['input']>;
  /** Sector slug. */
  sectorId?: InputMaybe<Scalars['String']['input']>;
  /** Text in the subject or source, in Traditional or Simplified Chinese or English. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Unit exactly as written (億元, %, 萬畝 …). */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Year the figure is about. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a figure is a result or a target. */
export type FigureKind =
  /** A result stated in the review of the year (實績). */
  | 'ACTUAL'
  /** Neither result nor target: a number the appendix's notes state as background (385家餐廳). */
  | 'CONTEXT'
  /** What the plan sets out for the year (目標). */
  | 'TARGET';

/** How many projects a figure covers. */
export type FigureScope =
  /** One figure the report states jointly for several named projects (總投資25億元的A、B等簽約項目); `projects` lists every one. */
  | 'SHARED'
  /** One thing: one project, or no project at all (GDP). */
  | 'SINGLE'
  /** A total over a group the report counts but does not name one by one (總投資143.9億元的64個項目). */
  | 'TOTAL';

/** Filters on glossary terms. */
export type GlossaryFilter = {
  /** Text in the term or definition, in Traditional or Simplified Chinese or English. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A glossary note from the report's appendix (報告中有關名詞注釋). */
export type GlossaryTerm = Node & {
  __typename?: 'GlossaryTerm';
  /** The explanation (注釋). */
  definition: LocalizedText;
  id: Scalars['ID']['output'];
  /** The note's number, 1–42, as in the `[n]` markers. */
  number: Scalars['Int']['output'];
  /** Each `[n]` marker in the body, quoting the annotated text and the marker. */
  references: Array<Source>;
  /** The whole note in the appendix. */
  source: Source;
  /** The term (名詞). */
  term: LocalizedText;
};

export type GlossaryTermConnection = {
  __typename?: 'GlossaryTermConnection';
  /** Edges of this page. */
  edges: Array<GlossaryTermEdge>;
  /** Nodes of this page. */
  nodes: Array<GlossaryTerm>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GlossaryTermEdge = {
  __typename?: 'GlossaryTermEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The glossary term. */
  node: GlossaryTerm;
};

/** A recurring statistic of the report (GDP, retail sales …). */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** Its 2023 result, if the report states one. */
  actual: Maybe<Figure>;
  /** Base unit of the normalised values. */
  baseUnit: Maybe<Scalars['String']['output']>;
  /** Which direction of change is better (LOWER for unemployment, energy intensity, an air-quality index); null where neither is. */
  betterDirection: Maybe<BetterDirection>;
  /** What it measures. */
  description: Maybe<LocalizedText>;
  id: Scalars['ID']['output'];
  /** The level indicator a growth indicator refers to. */
  levelIndicator: Maybe<Indicator>;
  /** What kind of measure it is. */
  measure: Measure;
  /** Name. */
  name: LocalizedText;
  /** Its observations (figures), in report order. */
  observations: Array<Figure>;
  /** Its sector. */
  sector: Sector;
  /** Stable slug, e.g. `gdp-growth`. */
  slug: Scalars['String']['output'];
  /** Its 2024 target, if the report states one. */
  target: Maybe<Figure>;
  /** Unit as written in the report. */
  unit: Maybe<Scalars['String']['output']>;
};


/** A recurring statistic of the report (GDP, retail sales …). */
export type IndicatorObservationsArgs = {
  kind?: InputMaybe<FigureKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** Edges of this page. */
  edges: Array<IndicatorEdge>;
  /** Nodes of this page. */
  nodes: Array<Indicator>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The indicator. */
  node: Indicator;
};

/** Filters on indicators. */
export type IndicatorFilter = {
  /** Only indicators with a 2023 result (true) or without (false). */
  hasActual?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only indicators with a 2024 target (true) or without (false). */
  hasTarget?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sector slug. */
  sectorId?: InputMaybe<Scalars['String']['input']>;
  /** Text in the name, in Traditional or Simplified Chinese or English. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The language and script of text meant to be read or pasted. */
export type Lang =
  /** English. */
  | 'EN'
  /** Simplified Chinese. */
  | 'ZH_HANS'
  /** Traditional Chinese. */
  | 'ZH_HANT';

/** Text in three scripts. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English, curated by the maintainers; null where not yet curated. */
  en: Maybe<Scalars['String']['output']>;
  /** Simplified Chinese, derived from `zhHant` with OpenCC. */
  zhHans: Scalars['String']['output'];
  /** Traditional Chinese, as written in the report (repaired where the source is damaged). */
  zhHant: Scalars['String']['output'];
};

/** What kind of measure a figure is, so a level and its growth rate are never confused. */
export type Measure =
  /** A change, usually year on year (增長, 增幅): e.g. 3.8%. */
  | 'CHANGE'
  /** A count of things (個, 家, 座, 人 …). */
  | 'COUNT'
  /** A composite index (空氣質量綜合指數). */
  | 'INDEX'
  /** A level or amount (總量): e.g. GDP 114.7億元. */
  | 'LEVEL'
  /** A rank (排名第2). */
  | 'RANK'
  /** A ratio of two quantities (存貸比). */
  | 'RATIO'
  /** A share of a whole (占比, 比例). */
  | 'SHARE';

/** An object with a global id, resolvable with `node(id:)`. */
export type Node = {
  /** Global, opaque and stable id. */
  id: Scalars['ID']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede `startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A place of the administrative divisions (names and codes from the division data). */
export type Place = {
  __typename?: 'Place';
  /** Six-digit division code (GB/T 2260), e.g. `140500`; null for the country, which the division data gives no code. */
  code: Maybe<Scalars['String']['output']>;
  /** Administrative level. */
  level: PlaceLevel;
  /** Its name. */
  name: LocalizedText;
  /** The province it belongs to (itself for a province-level unit; null for the country). */
  province: Maybe<LocalizedText>;
};

/** Administrative level of a place (GB/T 2260). */
export type PlaceLevel =
  /** A county-level city or county (霍州市). */
  | 'COUNTY'
  /** The country: the State Council's national report (中華人民共和國); no province and no GB/T 2260 code. */
  | 'NATIONAL'
  /** A prefecture-level city, autonomous prefecture or league (晉城市). */
  | 'PREFECTURE'
  /** A province-level unit, including the municipalities (上海市). */
  | 'PROVINCIAL';

/** A named project, facility, programme or plant. */
export type Project = Node & {
  __typename?: 'Project';
  /** Figures about it (investment, capacity …), SHARED and TOTAL figures included. */
  figures: Array<Figure>;
  id: Scalars['ID']['output'];
  /** Every mention in the report, in report order, each with the status it states: the project's timeline. */
  mentions: Array<ProjectMention>;
  /** Name. */
  name: LocalizedText;
  /** Its sector. */
  sector: Sector;
  /** Stable slug. */
  slug: Scalars['String']['output'];
  /** Its latest status, normalised (see `mentions` for the timeline). */
  status: ProjectStatus;
  /** Its latest status as the report words it (獲批, 建成投產, 加快推進 …): that of the latest mention with a status. */
  statusText: Maybe<Scalars['String']['output']>;
  /** The year of its latest status. */
  year: Scalars['Int']['output'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** Edges of this page. */
  edges: Array<ProjectEdge>;
  /** Nodes of this page. */
  nodes: Array<Project>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** Filters on projects. */
export type ProjectFilter = {
  /** Sector slug. */
  sectorId?: InputMaybe<Scalars['String']['input']>;
  /** A status the project has at some mention (with `year`: at a mention of that year). */
  status?: InputMaybe<ProjectStatus>;
  /** Text in the name, in Traditional or Simplified Chinese or English. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** A year some mention is about (with `status`: a mention of that status). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One mention of a project and the status the report gives it there (docs/figures.md, project timelines). */
export type ProjectMention = {
  __typename?: 'ProjectMention';
  /**
   * Same as `source.end`.
   * @deprecated Use `source { end }`.
   */
  end: Scalars['Int']['output'];
  /**
   * Same as `source.quote`.
   * @deprecated Use `source { quote }`.
   */
  quote: Scalars['String']['output'];
  /** The project's name as written at this mention. */
  source: Source;
  /**
   * Same as `source.start` (mentions were Sources before issue 9).
   * @deprecated Use `source { start }`.
   */
  start: Scalars['Int']['output'];
  /** The status stated at this mention, normalised; MENTIONED where none is stated. */
  status: ProjectStatus;
  /** The status as worded at this mention (成功獲批, 加快推進); null where none is stated. */
  statusText: Maybe<Scalars['String']['output']>;
  /**
   * Same as `source.text`.
   * @deprecated Use `source { text }`.
   */
  text: Scalars['String']['output'];
  /** The year this mention is about: the reviewed year in the review, the planned year in the plan. */
  year: Scalars['Int']['output'];
};

/** A project's status as the report words it, normalised. */
export type ProjectStatus =
  /** To be accelerated (加快推進, 加快建設). */
  | 'ACCELERATING'
  /** Approved (獲批). */
  | 'APPROVED'
  /** Completed or put into production (建成, 完成, 建成投產). */
  | 'COMPLETED'
  /** In operation (投入運營, 投入使用). */
  | 'IN_OPERATION'
  /** Mentioned without a status. */
  | 'MENTIONED'
  /** Planned or to be prepared (謀劃, 推進前期). */
  | 'PLANNED'
  /** Started (啟動, 開工). */
  | 'STARTED'
  /** Under construction, progressing (穩步推進, 在建). */
  | 'UNDER_CONSTRUCTION';

export type Query = {
  __typename?: 'Query';
  /** For journalists: each indicator's target in `targetYear` against its result in `actualYear`. */
  compareYears: Array<YearComparison>;
  /** A figure by its short id (e.g. `f00412`); null if unknown. */
  figure: Maybe<Figure>;
  /** Figures in report order. */
  figures: FigureConnection;
  /** A glossary term by number or by its zh-Hant/zh-Hans term; null if unknown. */
  glossaryTerm: Maybe<GlossaryTerm>;
  /** Glossary terms in note order. */
  glossaryTerms: GlossaryTermConnection;
  /** An indicator by slug; null if unknown. */
  indicator: Maybe<Indicator>;
  /** Indicators in report order (first observation). */
  indicators: IndicatorConnection;
  /** Any object by its global id; null if unknown. */
  node: Maybe<Node>;
  /** Several objects by global id, in the given order; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /**
   * Observations of one indicator across every report of the collection (the panel economists load):
   * by year and kind, in (year, kind, report) order. One page is one store query at most.
   */
  observations: FigureConnection;
  /** A project by slug; null if unknown. */
  project: Maybe<Project>;
  /** Projects in report order (first mention). */
  projects: ProjectConnection;
  /** A report by its short id (default `huozhou-2024`); null if unknown. */
  report: Maybe<Report>;
  /** The reports of the collection, by id; filter by province, level or year. */
  reports: ReportConnection;
  /** Ranked search over indicators, projects, glossary terms and figures, in any script: across every report, or one with `reportId`. */
  search: Array<SearchHit>;
  /** A sector by slug; null if unknown. */
  sector: Maybe<Sector>;
  /** Sectors in taxonomy order. */
  sectors: Array<Sector>;
  /** One year; null if the report does not cover it. */
  year: Maybe<Year>;
  /** The years of a report. */
  years: Array<Year>;
};


export type QueryCompareYearsArgs = {
  actualYear?: Scalars['Int']['input'];
  onlyComparable?: InputMaybe<Scalars['Boolean']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
  targetYear?: Scalars['Int']['input'];
};


export type QueryFigureArgs = {
  id: Scalars['String']['input'];
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGlossaryTermArgs = {
  number?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGlossaryTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GlossaryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIndicatorArgs = {
  id: Scalars['String']['input'];
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryObservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['String']['input'];
  kind?: InputMaybe<FigureKind>;
  reportFilter?: InputMaybe<ReportFilter>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['String']['input'];
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReportArgs = {
  id?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySectorArgs = {
  id: Scalars['String']['input'];
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySectorsArgs = {
  reportId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryYearArgs = {
  reportId?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryYearsArgs = {
  reportId?: InputMaybe<Scalars['String']['input']>;
};

/** A repair of the source's encoding damage, recorded as data (report.txt is never edited). */
export type Repair = Node & {
  __typename?: 'Repair';
  /** Confidence between 0 and 1. */
  confidence: Scalars['Float']['output'];
  /** The damaged text, exactly as in the source. */
  damaged: Scalars['String']['output'];
  /** End of the damaged span (exclusive). */
  end: Scalars['Int']['output'];
  /** The evidence for it. */
  evidence: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How the repair was found. */
  method: Scalars['String']['output'];
  /** Order of the repair in the report. */
  number: Scalars['Int']['output'];
  /** The repaired reading. */
  repaired: Scalars['String']['output'];
  /** The damaged span. */
  start: Scalars['Int']['output'];
};

/** A published report. */
export type Report = Node & {
  __typename?: 'Report';
  /** The source's own terms and attribution, kept beside it. */
  attribution: Maybe<Scalars['String']['output']>;
  /** Content hash of the dataset built from this report; changes when the data changes. */
  datasetVersion: Scalars['String']['output'];
  /** Date of delivery, ISO 8601 (2024-04-11); null where the text does not state it. */
  date: Maybe<Scalars['String']['output']>;
  /** What the extraction rules could not read in this report (e.g. no plan heading found); empty when all was found. */
  extractionNotes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The session at which it was delivered; null where the text does not say. */
  occasion: Maybe<LocalizedText>;
  /** The official publication's web address, where known (report.json `source.officialUrl`); null otherwise. */
  officialUrl: Maybe<Scalars['String']['output']>;
  /** The report page: the full text with every figure highlighted and linked to its data. */
  pageUrl: Scalars['String']['output'];
  /** The place whose government delivered it. */
  place: Maybe<Place>;
  /** The year the report plans (its targets), e.g. 2024. */
  planYear: Maybe<Scalars['Int']['output']>;
  /** Repairs of the source's encoding damage, in report order. */
  repairs: Array<Repair>;
  /** Short id, e.g. `huozhou-2024`. */
  reportId: Scalars['String']['output'];
  /** The year the report reviews (its results), e.g. 2023. */
  reviewYear: Maybe<Scalars['Int']['output']>;
  /** The script the source is written in: `zh-Hans` or `zh-Hant`. */
  script: Maybe<Scalars['String']['output']>;
  /** Sections and sub-areas in report order. */
  sections: Array<Section>;
  /** Length of the source text in code points. */
  sourceLength: Scalars['Int']['output'];
  /** SHA-256 of the source text, hex. */
  sourceSha256: Scalars['String']['output'];
  /** Who delivered it (張可新); null where the text does not say. */
  speaker: Maybe<LocalizedText>;
  /** The speaker's office (霍州市人民政府市長); null where the text does not say. */
  speakerRole: Maybe<LocalizedText>;
  /** The source text, byte-identical (`report.txt`, text/plain; charset=utf-8). */
  textUrl: Scalars['String']['output'];
  /** Title (政府工作報告). */
  title: LocalizedText;
  /** The years the report covers. */
  years: Array<Year>;
};

export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** Edges of this page. */
  edges: Array<ReportEdge>;
  /** Nodes of this page. */
  nodes: Array<Report>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Number of reports matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: Report;
};

/** Filters on reports; all given fields must match. */
export type ReportFilter = {
  /** Administrative level. */
  level?: InputMaybe<PlaceLevel>;
  /** Province name in any script or English (山西, 山西省, Shanxi). */
  province?: InputMaybe<Scalars['String']['input']>;
  /** A year the report covers (reviewed or planned). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A Chinese script, for text quoted from the report. */
export type Script =
  /** Simplified Chinese (derived). */
  | 'ZH_HANS'
  /** Traditional Chinese, as written. */
  | 'ZH_HANT';

/** Which field of a search hit matched. */
export type SearchField =
  /** A definition or description. */
  | 'DEFINITION'
  /** A name or term. */
  | 'NAME'
  /** The quoted source text. */
  | 'SOURCE'
  /** A figure's subject. */
  | 'SUBJECT';

/** A search hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Which field matched. */
  field: SearchField;
  /** The matching object. */
  node: SearchResult;
  /** Relevance, higher first. */
  score: Scalars['Float']['output'];
  /** Which script matched: zhHant, zhHans or en. */
  script: Scalars['String']['output'];
  /** The matching text around the match. */
  snippet: Scalars['String']['output'];
};

/** What search can find. */
export type SearchResult = Figure | GlossaryTerm | Indicator | Project;

/** A section or numbered sub-area of the report. */
export type Section = Node & {
  __typename?: 'Section';
  /** Offset where it ends (exclusive). */
  end: Scalars['Int']['output'];
  /** The heading in the source. */
  heading: Source;
  id: Scalars['ID']['output'];
  /** Numbering as written: 一, (一), 附件. */
  label: Scalars['String']['output'];
  /** 1 for the top-level parts, 2 for the numbered sub-areas. */
  level: Scalars['Int']['output'];
  /** The enclosing section. */
  parent: Maybe<Section>;
  /** Offset where the section starts. */
  start: Scalars['Int']['output'];
  /** Heading text. */
  title: LocalizedText;
};

/** A sector of the documented taxonomy (docs/taxonomy.md). */
export type Sector = Node & {
  __typename?: 'Sector';
  /** What it covers. */
  description: LocalizedText;
  /** Its figures, in report order. */
  figures: FigureConnection;
  id: Scalars['ID']['output'];
  /** Its indicators, in report order. */
  indicators: IndicatorConnection;
  /** Name. */
  name: LocalizedText;
  /** Its projects, in report order. */
  projects: ProjectConnection;
  /** Stable slug, e.g. `agriculture`. */
  slug: Scalars['String']['output'];
};


/** A sector of the documented taxonomy (docs/taxonomy.md). */
export type SectorFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sector of the documented taxonomy (docs/taxonomy.md). */
export type SectorIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sector of the documented taxonomy (docs/taxonomy.md). */
export type SectorProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where the report says something: code-point offsets into `report.txt` (end exclusive). */
export type Source = {
  __typename?: 'Source';
  /** The sentence around the quote (repaired reading), in the given script (default: as written, zh-Hant). */
  context: Scalars['String']['output'];
  /** Offset after the last code point. */
  end: Scalars['Int']['output'];
  /** Exactly the source text between `start` and `end`, damage included. */
  quote: Scalars['String']['output'];
  /** The innermost section the span lies in; null for the title block before the first section. */
  section: Maybe<Section>;
  /** Offset of the first code point. */
  start: Scalars['Int']['output'];
  /** The repaired reading of `quote` (equal to it where the source is intact). */
  text: Scalars['String']['output'];
  /** Permalink: the report page (`/reports/<id>#s<start>-<end>`) opened scrolled to this span, highlighted. */
  url: Scalars['String']['output'];
};


/** Where the report says something: code-point offsets into `report.txt` (end exclusive). */
export type SourceContextArgs = {
  script?: InputMaybe<Script>;
};

/** A year the report speaks of. */
export type Year = Node & {
  __typename?: 'Year';
  /** Figures of this year, in report order. */
  figures: FigureConnection;
  id: Scalars['ID']['output'];
  /** Indicators with an observation in this year, in report order. */
  indicators: IndicatorConnection;
  /** Projects with a mention about this year, in report order. */
  projects: ProjectConnection;
  /** Reviewed (2023) or planned (2024). */
  role: YearRole;
  /** The section of the report about this year. */
  section: Maybe<Section>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};


/** A year the report speaks of. */
export type YearFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A year the report speaks of. */
export type YearIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A year the report speaks of. */
export type YearProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Target against result for one indicator. */
export type YearComparison = {
  __typename?: 'YearComparison';
  /** Its result in the earlier year. */
  actual: Maybe<Figure>;
  /** Whether the two figures measure the same thing, so their difference means something; false with `reason` when not. */
  comparable: Scalars['Boolean']['output'];
  /** target − actual, exact decimal string, in `differenceUnit`; null unless both exist and are comparable. */
  difference: Maybe<Scalars['String']['output']>;
  /** The unit of `difference`: the unit both are written in, or their base unit when written differently. */
  differenceUnit: Maybe<Scalars['String']['output']>;
  /** RAISED, LOWERED or SAME; null with `difference`. */
  direction: Maybe<ComparisonDirection>;
  /** The indicator. */
  indicator: Indicator;
  /** Why the pair is not comparable (different measure, unit or action); null when comparable. */
  reason: Maybe<Scalars['String']['output']>;
  /** Its target in the later year. */
  target: Maybe<Figure>;
};

/** Whether a year is reviewed (results) or planned (targets) in the report. */
export type YearRole =
  /** Planned: the report sets targets (工作安排). */
  | 'PLANNED'
  /** Reviewed: the report states results (工作回顧). */
  | 'REVIEWED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SearchResult:
    | ( FigureItem )
    | ( GlossaryItem )
    | ( IndicatorItem )
    | ( ProjectItem )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( FigureItem )
    | ( GlossaryItem )
    | ( IndicatorItem )
    | ( ProjectItem )
    | ( RepairItem )
    | ( ReportItem )
    | ( SectionItem )
    | ( SectorItem )
    | ( YearItem )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BetterDirection: BetterDirection;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparator: Comparator;
  ComparisonDirection: ComparisonDirection;
  Curation: Curation;
  Figure: ResolverTypeWrapper<FigureItem>;
  FigureConnection: ResolverTypeWrapper<ConnectionParent<FigureItem>>;
  FigureEdge: ResolverTypeWrapper<Omit<FigureEdge, 'node'> & { node: ResolversTypes['Figure'] }>;
  FigureFilter: FigureFilter;
  FigureKind: FigureKind;
  FigureScope: FigureScope;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GlossaryFilter: GlossaryFilter;
  GlossaryTerm: ResolverTypeWrapper<GlossaryItem>;
  GlossaryTermConnection: ResolverTypeWrapper<ConnectionParent<GlossaryItem>>;
  GlossaryTermEdge: ResolverTypeWrapper<Omit<GlossaryTermEdge, 'node'> & { node: ResolversTypes['GlossaryTerm'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorItem>;
  IndicatorConnection: ResolverTypeWrapper<ConnectionParent<IndicatorItem>>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFilter: IndicatorFilter;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lang: Lang;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Measure: Measure;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Place: ResolverTypeWrapper<Place>;
  PlaceLevel: PlaceLevel;
  Project: ResolverTypeWrapper<ProjectItem>;
  ProjectConnection: ResolverTypeWrapper<ConnectionParent<ProjectItem>>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  ProjectMention: ResolverTypeWrapper<ProjectMentionRecord>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Repair: ResolverTypeWrapper<RepairItem>;
  Report: ResolverTypeWrapper<ReportItem>;
  ReportConnection: ResolverTypeWrapper<ConnectionParent<ReportItem>>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportFilter: ReportFilter;
  Script: Script;
  SearchField: SearchField;
  SearchHit: ResolverTypeWrapper<SearchHitParent>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Section: ResolverTypeWrapper<SectionItem>;
  Sector: ResolverTypeWrapper<SectorItem>;
  Source: ResolverTypeWrapper<SourceParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Year: ResolverTypeWrapper<YearItem>;
  YearComparison: ResolverTypeWrapper<YearComparisonParent>;
  YearRole: YearRole;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Figure: FigureItem;
  FigureConnection: ConnectionParent<FigureItem>;
  FigureEdge: Omit<FigureEdge, 'node'> & { node: ResolversParentTypes['Figure'] };
  FigureFilter: FigureFilter;
  Float: Scalars['Float']['output'];
  GlossaryFilter: GlossaryFilter;
  GlossaryTerm: GlossaryItem;
  GlossaryTermConnection: ConnectionParent<GlossaryItem>;
  GlossaryTermEdge: Omit<GlossaryTermEdge, 'node'> & { node: ResolversParentTypes['GlossaryTerm'] };
  ID: Scalars['ID']['output'];
  Indicator: IndicatorItem;
  IndicatorConnection: ConnectionParent<IndicatorItem>;
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFilter: IndicatorFilter;
  Int: Scalars['Int']['output'];
  LocalizedText: LocalizedText;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Place: Place;
  Project: ProjectItem;
  ProjectConnection: ConnectionParent<ProjectItem>;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  ProjectMention: ProjectMentionRecord;
  Query: Record<PropertyKey, never>;
  Repair: RepairItem;
  Report: ReportItem;
  ReportConnection: ConnectionParent<ReportItem>;
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportFilter: ReportFilter;
  SearchHit: SearchHitParent;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Section: SectionItem;
  Sector: SectorItem;
  Source: SourceParent;
  String: Scalars['String']['output'];
  Year: YearItem;
  YearComparison: YearComparisonParent;
}>;

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  baseUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changeFigure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  changeOf?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  changePercent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<FigureCitationArgs, 'lang'>>;
  comparator?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  comparatorText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curation?: Resolver<ResolversTypes['Curation'], ParentType, ContextType>;
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<FigureDisplayArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FigureKind'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  normalizedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['FigureScope'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<FigureUnitLabelArgs, 'lang'>>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueHigh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueLow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueNumber?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FigureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureConnection'] = ResolversParentTypes['FigureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FigureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FigureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureEdge'] = ResolversParentTypes['FigureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type GlossaryTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTerm'] = ResolversParentTypes['GlossaryTerm']> = ResolversObject<{
  definition?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GlossaryTermConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermConnection'] = ResolversParentTypes['GlossaryTermConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GlossaryTermEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GlossaryTerm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GlossaryTermEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermEdge'] = ResolversParentTypes['GlossaryTermEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GlossaryTerm'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  baseUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  betterDirection?: Resolver<Maybe<ResolversTypes['BetterDirection']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levelIndicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, Partial<IndicatorObservationsArgs>>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zhHans?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zhHant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Figure' | 'GlossaryTerm' | 'Indicator' | 'Project' | 'Repair' | 'Report' | 'Section' | 'Sector' | 'Year', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PlaceLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ProjectMention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  statusText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectMention'] = ResolversParentTypes['ProjectMention']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  statusText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compareYears?: Resolver<Array<ResolversTypes['YearComparison']>, ParentType, ContextType, RequireFields<QueryCompareYearsArgs, 'actualYear' | 'onlyComparable' | 'targetYear'>>;
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<QueryFigureArgs, 'id'>>;
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, Partial<QueryFiguresArgs>>;
  glossaryTerm?: Resolver<Maybe<ResolversTypes['GlossaryTerm']>, ParentType, ContextType, Partial<QueryGlossaryTermArgs>>;
  glossaryTerms?: Resolver<ResolversTypes['GlossaryTermConnection'], ParentType, ContextType, Partial<QueryGlossaryTermsArgs>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  observations?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, RequireFields<QueryObservationsArgs, 'indicatorId'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, Partial<QueryReportArgs>>;
  reports?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, Partial<QueryReportsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType, RequireFields<QuerySectorArgs, 'id'>>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType, Partial<QuerySectorsArgs>>;
  year?: Resolver<Maybe<ResolversTypes['Year']>, ParentType, ContextType, RequireFields<QueryYearArgs, 'year'>>;
  years?: Resolver<Array<ResolversTypes['Year']>, ParentType, ContextType, Partial<QueryYearsArgs>>;
}>;

export type RepairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Repair'] = ResolversParentTypes['Repair']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repaired?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = ResolversObject<{
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datasetVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extractionNotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occasion?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  officialUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  planYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  repairs?: Resolver<Array<ResolversTypes['Repair']>, ParentType, ContextType>;
  reportId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  script?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  sourceLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  speakerRole?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  textUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Year']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  field?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  script?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Figure' | 'GlossaryTerm' | 'Indicator' | 'Project', ParentType, ContextType>;
}>;

export type SectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sector'] = ResolversParentTypes['Sector']> = ResolversObject<{
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, Partial<SectorFiguresArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<SectorIndicatorsArgs>>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<SectorProjectsArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  context?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SourceContextArgs, 'script'>>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type YearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Year'] = ResolversParentTypes['Year']> = ResolversObject<{
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, Partial<YearFiguresArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<YearIndicatorsArgs>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<YearProjectsArgs>>;
  role?: Resolver<ResolversTypes['YearRole'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YearComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearComparison'] = ResolversParentTypes['YearComparison']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  comparable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  differenceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['ComparisonDirection']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Figure?: FigureResolvers<ContextType>;
  FigureConnection?: FigureConnectionResolvers<ContextType>;
  FigureEdge?: FigureEdgeResolvers<ContextType>;
  GlossaryTerm?: GlossaryTermResolvers<ContextType>;
  GlossaryTermConnection?: GlossaryTermConnectionResolvers<ContextType>;
  GlossaryTermEdge?: GlossaryTermEdgeResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectMention?: ProjectMentionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Repair?: RepairResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  Sector?: SectorResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Year?: YearResolvers<ContextType>;
  YearComparison?: YearComparisonResolvers<ContextType>;
}>;

