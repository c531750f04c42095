/**
 * zh-Hans is derived, never curated: opencc-js converts the report's
 * Traditional text (as used in Taiwan/HK fonts of mainland documents: 'tw'
 * variants) to mainland Simplified ('cn').
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { LocalizedText } from '../../lambda/data/records';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });

export const toSimplified = (zhHant: string): string => t2s(zhHant);

export const localize = (zhHant: string, en: string | null = null): LocalizedText => ({
  zhHant,
  zhHans: toSimplified(zhHant),
  en,
});
