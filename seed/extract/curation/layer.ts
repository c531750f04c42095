/**
 * The curated layer of a report (seed/reports/<id>/curated/*.json, rules in
 * docs/taxonomy.md and docs/figures.md): its types, loading and the checks
 * that fail the build on a malformed file.
 */
import path from 'node:path';
import type { Measure, ProjectStatus } from '../../../lambda/data/records';
import { readOverlay } from '../overlay';
import { loadSectorCatalogue } from '../figures/sectors';
import { fail, type CuratedFigureRef } from './matching';

export interface CuratedText {
  zhHant: string;
  en: string;
}

export interface CuratedSector {
  id: string;
  name: CuratedText;
  description: CuratedText;
}

export interface CuratedIndicator {
  id: string;
  name: CuratedText;
  description: CuratedText | null;
  sectorId: string;
  unit: string | null;
  baseUnit: string | null;
  measure: Measure;
  levelIndicatorId: string | null;
  figures: CuratedFigureRef[];
}

/** The status one mention states, as worded there (null: the mention states none). */
export interface CuratedMentionStatus {
  status: ProjectStatus;
  statusText: string | null;
}

export interface CuratedProject {
  id: string;
  name: CuratedText;
  sectorId: string;
  /** Every form of the name as it stands in the repaired body. */
  aliases: string[];
  /** One entry per mention found by the aliases, in report order: the project's timeline. */
  mentions: CuratedMentionStatus[];
  figures: CuratedFigureRef[];
}

export interface CuratedLayer {
  sectors: CuratedSector[];
  indicators: CuratedIndicator[];
  projects: CuratedProject[];
}

export const CURATED_FILES = {
  sectors: 'sectors.json',
  indicators: 'indicators.json',
  projects: 'projects.json',
} as const;

/**
 * The curated layer; every file is optional. Without sectors.json the shared
 * sector catalogue (seed/catalogue/sectors.json) is the report's taxonomy.
 */
export const loadCuratedLayer = (curatedDir: string): CuratedLayer => ({
  sectors: readOverlay<CuratedSector[] | null>(path.join(curatedDir, CURATED_FILES.sectors), null) ?? catalogueSectors(),
  indicators: readOverlay<CuratedIndicator[]>(path.join(curatedDir, CURATED_FILES.indicators), []),
  projects: readOverlay<CuratedProject[]>(path.join(curatedDir, CURATED_FILES.projects), []),
});

const catalogueSectors = (): CuratedSector[] =>
  loadSectorCatalogue().map((s) => ({
    id: s.id,
    name: { zhHant: s.name.zhHant, en: s.name.en },
    description: { zhHant: s.description.zhHant, en: s.description.en },
  }));

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MEASURES: ReadonlySet<string> = new Set<Measure>(['LEVEL', 'CHANGE', 'SHARE', 'COUNT', 'RATIO', 'RANK', 'INDEX']);

/**
 * Project statuses from least to most advanced: a project's summary status is
 * the furthest status of its latest year's mentions (docs/figures.md).
 */
export const STATUS_PROGRESS: readonly ProjectStatus[] = [
  'MENTIONED',
  'PLANNED',
  'APPROVED',
  'STARTED',
  'UNDER_CONSTRUCTION',
  'ACCELERATING',
  'COMPLETED',
  'IN_OPERATION',
];

const checkIds = (kind: string, ids: string[]): void => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!SLUG.test(id)) fail(`${kind} id "${id}" is not a lowercase slug`);
    if (seen.has(id)) fail(`${kind} id "${id}" is used twice`);
    seen.add(id);
  }
};

export const checkLayer = (layer: CuratedLayer): void => {
  checkIds('sector', layer.sectors.map((s) => s.id));
  checkIds('indicator', layer.indicators.map((i) => i.id));
  checkIds('project', layer.projects.map((p) => p.id));
  const sectorIds = new Set(layer.sectors.map((s) => s.id));
  const indicatorIds = new Set(layer.indicators.map((i) => i.id));
  for (const ind of layer.indicators) {
    if (!sectorIds.has(ind.sectorId)) fail(`indicator "${ind.id}" names unknown sector "${ind.sectorId}"`);
    if (!MEASURES.has(ind.measure)) fail(`indicator "${ind.id}" has unknown measure "${ind.measure}"`);
    if (ind.levelIndicatorId !== null && !indicatorIds.has(ind.levelIndicatorId))
      fail(`indicator "${ind.id}" names unknown level indicator "${ind.levelIndicatorId}"`);
    if (ind.figures.some((r) => r.scope !== undefined)) fail(`indicator "${ind.id}": scope is for project figures`);
  }
  for (const p of layer.projects) {
    if (!sectorIds.has(p.sectorId)) fail(`project "${p.id}" names unknown sector "${p.sectorId}"`);
    if (p.aliases.length === 0) fail(`project "${p.id}" has no alias`);
    for (const m of p.mentions) {
      if (!STATUS_PROGRESS.includes(m.status)) fail(`project "${p.id}" has unknown status "${m.status}"`);
      if ((m.statusText === null) !== (m.status === 'MENTIONED'))
        fail(`project "${p.id}": a mention is MENTIONED exactly when it words no status (${m.status}, ${m.statusText})`);
    }
    for (const r of p.figures) {
      if (r.scope !== undefined && r.scope !== 'SHARED' && r.scope !== 'TOTAL') fail(`project "${p.id}": unknown scope "${String(r.scope)}"`);
    }
  }
};
