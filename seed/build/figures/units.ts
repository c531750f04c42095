/**
 * Units as the report writes them after a number. `power` is the power of ten
 * the written unit carries (億元 = 10^8 元), `baseUnit` what normalizedValue
 * is expressed in. Measure words (個, 家, 戶 …) are classifiers, not units of
 * measurement: their figures are COUNTs with baseUnit `count` (people: `person`).
 */
import type { Measure } from '../../../lambda/data/records';

export interface UnitInfo {
  unit: string;
  power: number;
  baseUnit: string;
  /** The measure a figure in this unit has unless its wording says otherwise. */
  measure: Measure;
}

const level = (unit: string, power: number, baseUnit: string): UnitInfo => ({ unit, power, baseUnit, measure: 'LEVEL' });
const count = (unit: string, baseUnit = 'count', power = 0): UnitInfo => ({ unit, power, baseUnit, measure: 'COUNT' });

/** Longest first, so 萬億元 wins over 億元 and MWh over MW. */
export const UNITS: UnitInfo[] = [
  level('萬億元', 12, 'CNY'),
  level('億元', 8, 'CNY'),
  level('萬元', 4, 'CNY'),
  level('元', 0, 'CNY'),
  level('萬畝', 4, 'mu'),
  level('畝', 0, 'mu'),
  level('萬噸', 4, 't'),
  level('噸', 0, 't'),
  level('萬公斤', 4, 'kg'),
  level('公斤', 0, 'kg'),
  level('萬平方米', 4, 'm2'),
  level('平方米', 0, 'm2'),
  level('萬立方米', 4, 'm3'),
  level('立方米', 0, 'm3'),
  level('公里', 0, 'km'),
  level('萬千瓦', 4, 'kW'),
  // Power units in Latin letters are kept as written, not converted to kW (docs/figures.md).
  level('MWh', 0, 'MWh'),
  level('MW', 0, 'MW'),
  level('KV', 0, 'KV'),
  level('小時', 0, 'hour'),
  level('%', 0, 'percent'),
  // Quantities of things with a multiplier: still counts.
  count('萬人次', 'person-time', 4),
  count('人次', 'person-time'),
  count('萬頭', 'head', 4),
  count('億顆', 'piece', 8),
  count('人', 'person'),
  ...['個', '家', '戶', '座', '件', '場', '條', '處', '張', '所', '支', '項', '部', '縣', '省'].map((u) => count(u)),
].sort((a, b) => b.unit.length - a.unit.length);

/** The unit written at `text[at]`, if any. */
export const unitAt = (text: string, at: number): UnitInfo | null => {
  for (const info of UNITS) if (text.startsWith(info.unit, at)) return info;
  return null;
};
