/** Compile-time proof that stored items carry exactly the record shapes. */
import type { FigureItem, GlossaryItem, IndicatorItem, ProjectItem, ReportItem, SectorItem, YearItem, SectionItem, RepairItem } from './entities';
import type { FigureRecord, GlossaryRecord, IndicatorRecord, ProjectRecord, ReportRecord, SectorRecord, YearRecord, SectionRecord, RepairRecord } from './records';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Strip<T> = Omit<T, 'PK' | 'SK' | 'GSI1PK' | 'GSI1SK'>;
type Assert<T extends true> = T;

export type RecordsMatchItems = [
  Assert<Same<Strip<ReportItem>, ReportRecord>>,
  Assert<Same<Strip<YearItem>, YearRecord>>,
  Assert<Same<Strip<SectionItem>, SectionRecord>>,
  Assert<Same<Strip<GlossaryItem>, GlossaryRecord>>,
  Assert<Same<Strip<RepairItem>, RepairRecord>>,
  Assert<Same<Strip<FigureItem>, FigureRecord>>,
  Assert<Same<Strip<IndicatorItem>, IndicatorRecord>>,
  Assert<Same<Strip<ProjectItem>, ProjectRecord>>,
  Assert<Same<Strip<SectorItem>, SectorRecord>>,
];
