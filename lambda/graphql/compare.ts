import type { FigureItem, IndicatorItem } from '../data/entities';

/** One indicator's target against its result. */
export interface YearComparisonParent {
  indicator: IndicatorItem;
  actual: FigureItem | null;
  target: FigureItem | null;
}
