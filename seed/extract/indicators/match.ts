/**
 * Where a report names a catalogue statistic: every match of the catalogue's
 * patterns, the zh-Hans ones on the folded text and, for a Traditional
 * source, the zh-Hant ones on the text as written. Where matches overlap the
 * longest wins (单位生产总值能耗 is energy intensity, not GDP; 地区生产总值增长
 * is GDP growth, not GDP).
 */
import type { Catalogue } from '../../catalogue/catalogue';

export interface SubjectMatch {
  start: number;
  end: number;
  /** One slug, or the slugs a pair phrase names in order (城乡居民人均可支配收入 → urban, rural). */
  slugs: string[];
  pair: boolean;
}

interface Compiled {
  re: RegExp;
  slugs: string[];
  pair: boolean;
  onRaw: boolean;
}

const compiledCache = new WeakMap<Catalogue, Compiled[]>();

const compile = (catalogue: Catalogue): Compiled[] => {
  const cached = compiledCache.get(catalogue);
  if (cached) return cached;
  const out: Compiled[] = [];
  const add = (sources: string[], slugs: string[], pair: boolean, onRaw: boolean): void => {
    for (const source of sources) out.push({ re: new RegExp(source, 'gu'), slugs, pair, onRaw });
  };
  for (const ind of catalogue.indicators) {
    add(ind.patterns.zhHans, [ind.slug], false, false);
    add(ind.patterns.zhHant, [ind.slug], false, true);
  }
  for (const pair of catalogue.pairs) {
    add(pair.patterns.zhHans, pair.indicators, true, false);
    add(pair.patterns.zhHant, pair.indicators, true, true);
  }
  compiledCache.set(catalogue, out);
  return out;
};

/**
 * A statistic named right after these words is the yardstick of another one
 * (与经济增长同步, 高于经济增速, 占GDP比重, 较上年), not a statement of its own.
 */
const YARDSTICK_BEFORE = /[与于同占较]$/;

export const findSubjects = (
  catalogue: Catalogue,
  raw: string,
  folded: string,
  from: number,
  to: number,
  traditional: boolean,
): SubjectMatch[] => {
  const candidates: SubjectMatch[] = [];
  for (const c of compile(catalogue)) {
    if (c.onRaw && !traditional) continue;
    const haystack = (c.onRaw ? raw : folded).slice(from, to);
    c.re.lastIndex = 0;
    for (let m = c.re.exec(haystack); m; m = c.re.exec(haystack)) {
      if (m[0].length === 0) {
        c.re.lastIndex += 1;
        continue;
      }
      const start = from + m.index;
      candidates.push({ start, end: start + m[0].length, slugs: c.slugs, pair: c.pair });
    }
  }
  // Longest first claims its span; equal lengths keep the earlier start and catalogue order.
  const taken: SubjectMatch[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of byLength) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  // Only after the longest name has claimed its span: 高于城镇居民收入增速 is a yardstick as a whole, not 居民收入增速 after 镇.
  return taken.filter((t) => !YARDSTICK_BEFORE.test(folded.slice(Math.max(0, t.start - 1), t.start))).sort((a, b) => a.start - b.start);
};
