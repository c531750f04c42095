/**
 * Units in either script: the unit table (units.ts, written in Traditional)
 * and the general additions below are matched on the folded text (fold.ts),
 * so 亿元 and 億元, ％ and % are the same unit. A multiplier before a unit of
 * the tables (万人, 亿人次, 万辆) composes with it. The unit is reported as
 * written, except the full-width percent sign, reported as `%` (one spelling
 * per unit across reports).
 */
import type { Measure } from '../../../lambda/data/records';
import { fold } from '../fold';
import { UNITS, type UnitInfo } from './units';

const info = (unit: string, power: number, baseUnit: string, measure: Measure): UnitInfo => ({ unit, power, baseUnit, measure });
const level = (unit: string, power: number, baseUnit: string): UnitInfo => info(unit, power, baseUnit, 'LEVEL');
const count = (unit: string, baseUnit = 'count'): UnitInfo => info(unit, 0, baseUnit, 'COUNT');

/** Units the Huozhou table does not need but other reports write (Simplified). */
export const GENERAL_UNITS: UnitInfo[] = [
  // A change in percentage points (下降0.5个百分点), not a share.
  info('个百分点', 0, 'percentage-point', 'CHANGE'),
  level('公顷', 0, 'ha'),
  level('平方公里', 0, 'km2'),
  level('千米', 0, 'km'),
  level('千瓦时', 0, 'kWh'),
  level('吨标准煤', 0, 'tce'),
  level('标准箱', 0, 'TEU'),
  level('标箱', 0, 'TEU'),
  level('美元', 0, 'USD'),
  level('天', 0, 'day'),
  level('斤', 0, 'jin'),
  level('微克/立方米', 0, 'ug/m3'),
  level('岁', 0, 'year-of-age'),
  info('倍', 0, 'times', 'RATIO'),
  count('名', 'person'),
  count('户次', 'household-time'),
  ...['辆', '台', '套', '间', '架', '艘', '例', '次', '种', '栋', '幢', '块', '头', '棵', '株', '宗', '批次', '篇', '册', '份'].map((u) => count(u)),
];

interface FoldedUnit {
  folded: string;
  info: UnitInfo;
}

const byLength = (a: FoldedUnit, b: FoldedUnit): number => b.folded.length - a.folded.length;
/** Longest first, so 万亿元 wins over 亿元 and MWh over MW. */
const TABLE: FoldedUnit[] = [...UNITS, ...GENERAL_UNITS].map((u) => ({ folded: fold(u.unit), info: u })).sort(byLength);
const MULTIPLIERS: [string, number][] = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
];

const written = (text: string, at: number, length: number): string => {
  const s = text.slice(at, at + length);
  return s === '％' ? '%' : s;
};

/** A multiplier with no unit after it (11.2万市民, 3300万): a count in units of 10^4 or 10^8. */
const bareMultiplier = (text: string, folded: string, at: number): UnitInfo | null => {
  for (const [m, power] of MULTIPLIERS) if (folded.startsWith(m, at)) return info(written(text, at, m.length), power, 'count', 'COUNT');
  return null;
};

/**
 * The unit written at `text[at]` (`folded` is fold(text)), if any; with
 * `bare`, a multiplier alone (万, 亿) is a unit too.
 */
export const unitAtFolded = (text: string, folded: string, at: number, bare = false): UnitInfo | null =>
  unitAtFoldedStrict(text, folded, at) ?? (bare ? bareMultiplier(text, folded, at) : null);

const unitAtFoldedStrict = (text: string, folded: string, at: number): UnitInfo | null => {
  for (const { folded: f, info: u } of TABLE) if (folded.startsWith(f, at)) return { ...u, unit: written(text, at, f.length) };
  for (const [m, power] of MULTIPLIERS) {
    if (!folded.startsWith(m, at)) continue;
    for (const { folded: f, info: u } of TABLE) {
      // Only a unit without a multiplier of its own composes (万人 = 10^4 人), and never a percentage.
      if (u.power === 0 && u.baseUnit !== 'percent' && folded.startsWith(f, at + m.length))
        return { ...u, unit: written(text, at, m.length + f.length), power: power + u.power };
    }
    return null;
  }
  return null;
};
