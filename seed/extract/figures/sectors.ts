/**
 * Default sector of a figure (the curation step may still override it).
 *
 * - A report may give sector anchors in report.json `layout.sectorAnchors`:
 *   the opening words of a sub-area or topic sentence (found by their text,
 *   in report order); a figure takes the sector of the last anchor before it.
 * - Otherwise the general keyword lists of the sector catalogue
 *   (seed/catalogue/sectors.json, both scripts) decide: the sector whose
 *   keywords occur in the figure's clause, else in its sentence, else in the
 *   heading of its sub-area; `economy` when none does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from '../fold';

export interface SectorRange {
  start: number;
  sectorId: string;
}

/** Anchor positions in the repaired text; throws if an anchor is missing or out of order (a stale hint). */
export const locateSectorAnchors = (text: string, anchors: [anchor: string, sectorId: string][]): SectorRange[] => {
  const ranges: SectorRange[] = [];
  let from = 0;
  for (const [anchor, sectorId] of anchors) {
    const at = text.indexOf(anchor, from);
    if (at < 0) throw new Error(`figures: sector anchor "${anchor}" not found after offset ${from}`);
    ranges.push({ start: at, sectorId });
    from = at + anchor.length;
  }
  return ranges;
};

export const sectorAt = (ranges: SectorRange[], offset: number): string => {
  let sector = DEFAULT_SECTOR;
  for (const r of ranges) {
    if (r.start > offset) break;
    sector = r.sectorId;
  }
  return sector;
};

export const DEFAULT_SECTOR = 'economy';

interface Bilingual {
  zhHans: string;
  zhHant: string;
  en: string;
}

export interface CatalogueSector {
  id: string;
  name: Bilingual;
  description: Bilingual;
  keywords: { zhHans: string[]; zhHant: string[] };
}

export const SECTOR_CATALOGUE_FILE = path.resolve(__dirname, '..', '..', 'catalogue', 'sectors.json');

export const loadSectorCatalogue = (file = SECTOR_CATALOGUE_FILE): CatalogueSector[] =>
  JSON.parse(readFileSync(file, 'utf8')) as CatalogueSector[];

/** Keyword matcher over folded text: the sector with the most keyword characters found, ties to the earlier sector. */
export const keywordSectors = (catalogue: CatalogueSector[]): ((foldedSpans: string[]) => string) => {
  const lists = catalogue.map((s) => ({ id: s.id, words: [...new Set([...s.keywords.zhHans, ...s.keywords.zhHant].map(fold))] }));
  return (spans) => {
    for (const span of spans) {
      let best: { id: string; score: number } | null = null;
      for (const { id, words } of lists) {
        const score = words.reduce((n, w) => (span.includes(w) ? n + w.length : n), 0);
        if (score > 0 && (!best || score > best.score)) best = { id, score };
      }
      if (best) return best.id;
    }
    return DEFAULT_SECTOR;
  };
};
