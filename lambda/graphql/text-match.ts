/**
 * Script-insensitive text matching: both sides are folded to Simplified with
 * the dataset's own fold table (Report.searchFold) and lower-cased, so
 * `规模化发展`, `規模化發展` and `GDP`/`gdp` find what they should.
 */
export interface Fold {
  (text: string): string;
  /** Simplified forms the fold maps to: a query using one is written in zh-Hans. */
  readonly simplified: ReadonlySet<string>;
}

/** Report.searchFold's Traditional→Simplified pairs ("規规發发…") as a map. */
const pairMap = (pairs: string): Map<string, string> => {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
};

export const makeFold = (pairs: string): Fold => {
  const map = pairMap(pairs);
  const fold = (text: string): string => {
    let out = '';
    for (const ch of text.toLowerCase()) out += map.get(ch) ?? ch;
    return out;
  };
  return Object.assign(fold, { simplified: new Set(map.values()) });
};

export const normalizeQuery = (fold: Fold, text: string): string => fold(text.trim());

/** Traditional → Simplified with the same pairs, case kept: for showing text, not for matching. */
const makeSimplifier = (pairs: string): ((text: string) => string) => {
  const map = pairMap(pairs);
  return (text) => {
    let out = '';
    for (const ch of text) out += map.get(ch) ?? ch;
    return out;
  };
};

const unchanged = (text: string): string => text;
const simplifiers = new WeakMap<object, (text: string) => string>();

/**
 * The simplifier of a report version, built once per report record (records
 * are immutable, held by the version's snapshot): resolvers and pages call it
 * per figure or source, and parsing the pairs each time cost more than the
 * conversion. No report: text as it is.
 */
export const simplifierOf = (report: { searchFold: string } | undefined): ((text: string) => string) => {
  if (!report) return unchanged;
  let simplify = simplifiers.get(report);
  if (!simplify) simplifiers.set(report, (simplify = makeSimplifier(report.searchFold)));
  return simplify;
};

/** A word of English text: its stem and where it stands (code units of the lower-cased text). */
export interface Word {
  stem: string;
  at: number;
  end: number;
}

/**
 * Simple English stemming, enough that "projects" finds "project" and
 * "parks" finds "park" without "AI" finding "air": plurals only, so "park"
 * does not find "parking" nor "plant" "planted".
 */
export const stem = (word: string): string => {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
};

export const words = (text: string): Word[] => {
  const out: Word[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z0-9]+/g)) out.push({ stem: stem(m[0]), at: m.index, end: m.index + m[0].length });
  return out;
};

/** Where the query's words stand as consecutive whole words of `text` ([start, end) in code units), or null. */
export const matchWords = (text: string, query: readonly string[]): [number, number] | null => {
  if (query.length === 0) return null;
  const ws = words(text);
  for (let i = 0; i + query.length <= ws.length; i++) {
    if (query.every((q, j) => ws[i + j]!.stem === q)) return [ws[i]!.at, ws[i + query.length - 1]!.end];
  }
  return null;
};

/** Latin-only text (no CJK): matched as English words rather than as a substring. */
export const isLatin = (text: string): boolean => /[a-z0-9]/i.test(text) && !/[\u3400-\u9fff\uf900-\ufaff]/.test(text);
