/**
 * Units in either script: the unit table (units.ts, written in Traditional)
 * is matched on the folded text (fold.ts), so 亿元 and 億元, ％ and % are the
 * same unit. The unit is reported as written, except the full-width percent
 * sign, which is reported as `%` (one spelling per unit across reports).
 */
import { fold } from '../fold';
import { UNITS, type UnitInfo } from './units';

interface FoldedUnit {
  folded: string;
  info: UnitInfo;
}

/** Longest first, so 万亿元 wins over 亿元 and MWh over MW. */
const TABLE: FoldedUnit[] = UNITS.map((info) => ({ folded: fold(info.unit), info })).sort((a, b) => b.folded.length - a.folded.length);

/** The unit written at `text[at]` (`folded` is fold(text)), if any. */
export const unitAtFolded = (text: string, folded: string, at: number): UnitInfo | null => {
  for (const { folded: f, info } of TABLE) {
    if (folded.startsWith(f, at)) {
      const written = text.slice(at, at + f.length);
      return { ...info, unit: written === '％' ? '%' : written };
    }
  }
  return null;
};
