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

export const makeFold = (pairs: string): Fold => {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  const fold = (text: string): string => {
    let out = '';
    for (const ch of text.toLowerCase()) out += map.get(ch) ?? ch;
    return out;
  };
  return Object.assign(fold, { simplified: new Set(map.values()) });
};

export const normalizeQuery = (fold: Fold, text: string): string => fold(text.trim());

/** Traditional → Simplified with the same pairs, case kept: for showing text, not for matching. */
export const makeSimplifier = (pairs: string): ((text: string) => string) => {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return (text) => {
    let out = '';
    for (const ch of text) out += map.get(ch) ?? ch;
    return out;
  };
};
