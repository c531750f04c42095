/**
 * Names of a place in the three languages of the API, all by rule:
 * zhHans from the division data, zhHant by OpenCC, English and ids from
 * pinyin-pro (Hanyu Pinyin without tones, syllables joined).
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Names } from '../report-meta';
import { allPlaces, NATION, type Place } from './places';

const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
export const toTraditional = (zhHans: string): string => s2t(zhHans);

const syllables = (zh: string): { plain: string; tone: number }[] =>
  (pinyin(zh, { toneType: 'none', type: 'array' }) as string[]).map((plain, i) => ({
    plain,
    tone: Number(pinyin(zh.charAt(i), { toneType: 'num', type: 'array' })[0]?.slice(-1) ?? 0),
  }));

/** Lowercase ascii, hyphen-free: 晋城 → jincheng, 吕梁 → lvliang (ü as v), 西安 → xian. */
export const pinyinId = (zh: string): string =>
  syllables(zh)
    .map((s) => s.plain.replace(/ü/g, 'v'))
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * Readable pinyin: capitalised, syllables joined, an apostrophe where a syllable
 * starting with a, o or e would run into the previous one (西安 → Xi'an, 六安 → Lu'an).
 */
export const pinyinName = (zh: string): string => {
  const joined = syllables(zh)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s.plain) ? `'${s.plain}` : s.plain))
    .join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
};

/**
 * Provinces whose toneless pinyin is the same (山西 and 陕西) are told apart as
 * in official usage: the third-tone one doubles its first vowel (Shaanxi).
 */
const provinceEnglish = (short: string): string => {
  const plain = pinyinName(short);
  const twins = allPlaces().filter((p) => p.level === 'PROVINCIAL' && p.shortName !== short && pinyinName(p.shortName) === plain);
  const first = syllables(short)[0];
  if (twins.length === 0 || !first || first.tone !== 3) return plain;
  return plain.replace(/[aeiou]/, (v) => v + v);
};

/** English words for the county-level suffixes the short name keeps (承德县 → Chengde County). */
const COUNTY_SUFFIX: [RegExp, string][] = [
  [/自治县$/, ' Autonomous County'],
  [/自治旗$/, ' Autonomous Banner'],
  [/县$/, ' County'],
  [/区$/, ' District'],
  [/旗$/, ' Banner'],
];

export const englishName = (place: Place): string => {
  if (place.level === 'NATIONAL') return NATION.en;
  if (place.level === 'PROVINCIAL') return provinceEnglish(place.shortName);
  if (place.level === 'COUNTY') {
    for (const [suffix, word] of COUNTY_SUFFIX) {
      if (suffix.test(place.name) && place.shortName !== place.name) return pinyinName(place.shortName) + word;
      if (suffix.test(place.shortName)) return pinyinName(place.shortName.replace(suffix, '')) + word;
    }
  }
  return pinyinName(place.shortName);
};

export const placeNames = (place: Place): { name: Names; prefecture?: Names; province: Names | null } => {
  const province = place.province;
  const provincePlace = allPlaces().find((p) => p.level === 'PROVINCIAL' && p.code === province?.code);
  const prefecture = place.prefecture;
  return {
    name: { zhHans: place.name, zhHant: toTraditional(place.name), en: englishName(place) },
    ...(prefecture && {
      prefecture: { zhHans: prefecture.name, zhHant: toTraditional(prefecture.name), en: pinyinName(prefecture.shortName) },
    }),
    province: province && {
      zhHans: province.name,
      zhHant: toTraditional(province.name),
      en: provincePlace ? englishName(provincePlace) : pinyinName(province.shortName),
    },
  };
};

/**
 * 2024年晋城市政府工作报告 / Jincheng Government Work Report 2024; the country's report is the
 * State Council's (2024年国务院政府工作报告 / State Council Government Work Report 2024).
 */
export const reportTitle = (place: Place, planYear: number): Names => {
  if (place.level === 'NATIONAL') {
    const zhHans = `${planYear}年国务院政府工作报告`;
    return { zhHans, zhHant: toTraditional(zhHans), en: `State Council Government Work Report ${planYear}` };
  }
  const zhHans = `${planYear}年${place.name}政府工作报告`;
  return { zhHans, zhHant: toTraditional(zhHans), en: `${englishName(place)} Government Work Report ${planYear}` };
};
