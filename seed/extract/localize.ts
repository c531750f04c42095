/**
 * Chinese in both scripts: the report's own script is served as written and
 * the other is derived with opencc-js (never curated). A Traditional source
 * (as used in Taiwan/HK fonts of mainland documents: 'tw' variants) is
 * converted to mainland Simplified ('cn'); a Simplified source the other way
 * round (cn → tw). English is null unless curated.
 */
import * as OpenCC from 'opencc-js';
import type { LocalizedText } from '../../lambda/data/records';

export type Script = 'zh-Hans' | 'zh-Hant';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });

export const toSimplified = (zhHant: string): string => t2s(zhHant);
export const toTraditional = (zhHans: string): string => s2t(zhHans);

/** Text written in Traditional (the Huozhou source, curated zh-Hant names). */
export const localize = (zhHant: string, en: string | null = null): LocalizedText => ({
  zhHant,
  zhHans: toSimplified(zhHant),
  en,
});

/** Text written in Simplified. */
export const localizeHans = (zhHans: string, en: string | null = null): LocalizedText => ({
  zhHant: toTraditional(zhHans),
  zhHans,
  en,
});

export type Localizer = (written: string, en?: string | null) => LocalizedText;

/** Localizes text as written in `script`. */
export const localizerFor = (script: Script): Localizer => (script === 'zh-Hans' ? localizeHans : localize);

/** Text of the source script read as Traditional (the rules' vocabulary is kept in Traditional). */
export const toTraditionalFrom = (script: Script): ((s: string) => string) =>
  script === 'zh-Hans' ? toTraditional : (s) => s;
