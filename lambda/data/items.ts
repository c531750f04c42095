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
}
export type EntityName = keyof ItemByType;
