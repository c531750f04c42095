/** The stored item types by entity name: what a snapshot holds and resolvers receive (codegen mappers). */
import type {
  FigureItem,
  GlossaryItem,
  IndicatorItem,
  ProjectItem,
  RepairItem,
  ReportItem,
  SectionItem,
  SectorItem,
  ReportTextItem,
  YearItem,
} from './entities';

export interface ItemByType {
  Report: ReportItem;
  Year: YearItem;
  Section: SectionItem;
  Glossary: GlossaryItem;
  Repair: RepairItem;
  Figure: FigureItem;
  Indicator: IndicatorItem;
  Project: ProjectItem;
  Sector: SectorItem;
  /** Chunks of the source text, keyed by chunk number. */
  ReportText: ReportTextItem;
}
export type EntityName = keyof ItemByType;
