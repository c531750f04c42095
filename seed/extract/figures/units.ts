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

const MEASURE_WORDS = ['個', '家', '戶', '座', '件', '場', '條', '處', '張', '所', '支', '項', '部', '縣', '省'];

/** Power, energy and voltage: every spelling scaled to kW, kWh or kV (1 MW = 10^3 kW, 1 GW = 10^6 kW). */
const POWER: UnitInfo[] = [
  level('萬千瓦時', 4, 'kWh'),
  level('億千瓦時', 8, 'kWh'),
  level('千瓦時', 0, 'kWh'),
  level('萬千瓦', 4, 'kW'),
  level('千瓦', 0, 'kW'),
  level('兆瓦時', 3, 'kWh'),
  level('兆瓦', 3, 'kW'),
  level('GWh', 6, 'kWh'),
  level('MWh', 3, 'kWh'),
  level('kWh', 0, 'kWh'),
  level('GW', 6, 'kW'),
  level('MW', 3, 'kW'),
  level('kW', 0, 'kW'),
  level('萬伏', 1, 'kV'),
  level('千伏', 0, 'kV'),
  level('KV', 0, 'kV'),
  level('kV', 0, 'kV'),
];

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
  // One base unit per dimension (docs/figures.md): power in kW, energy in kWh,
  // voltage in kV, whether the report writes Chinese or Latin letters.
  ...POWER,
  level('小時', 0, 'hour'),
  level('%', 0, 'percent'),
  // Quantities of things with a multiplier: still counts.
  count('萬人次', 'person-time', 4),
  count('人次', 'person-time'),
  count('萬頭', 'head', 4),
  count('億顆', 'piece', 8),
  count('人', 'person'),
  ...MEASURE_WORDS.map((u) => count(u)),
  // 4萬個村莊: a count written with a multiplier (the tokeniser leaves 萬 to the unit).
  ...MEASURE_WORDS.map((u) => count(`萬${u}`, 'count', 4)),
].sort((a, b) => b.unit.length - a.unit.length);

/** The unit written at `text[at]`, if any. */
export const unitAt = (text: string, at: number): UnitInfo | null => {
  for (const info of UNITS) if (text.startsWith(info.unit, at)) return info;
  return null;
};
