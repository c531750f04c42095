/**
 * Builds one report's dataset deterministically from report.txt and the
 * curated files beside it. The same input always gives the same dataset and
 * the same datasetVersion (a hash of its content).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, ReportRecord, YearRecord } from '../../lambda/data/records';
import { loadRepairedDocument } from '../repair/document';
import { applyCuration } from './curation';
import { extractFigures } from './figures';
import { localize, toSimplified } from './localize';
import { parseFrame, parseGlossary, type GlossaryEnglish, type ReportEnglish } from './structure';
import { validateDataset } from './validate';

const readJson = <T>(file: string, fallback: T): T => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw err;
  }
};

export { canonicalJson, sha256 } from '../canonical';
import { canonicalJson, sha256 } from '../canonical';

/** Pairs (Traditional, Simplified) for every character of the corpus that OpenCC changes, in code-point order. */
export const buildSearchFold = (corpus: string): string => {
  const pairs = new Map<string, string>();
  for (const ch of new Set(corpus)) {
    const simplified = toSimplified(ch);
    if (simplified !== ch && [...simplified].length === 1) pairs.set(ch, simplified);
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([t, s]) => t + s)
    .join('');
};

export const buildDataset = (reportDir: string, reportId = path.basename(reportDir)): Dataset => {
  const doc = loadRepairedDocument(reportDir, reportId);
  const curatedDir = path.join(reportDir, 'curated');
  const english = readJson<ReportEnglish | null>(path.join(curatedDir, 'report-en.json'), null);
  const glossaryEn = readJson<GlossaryEnglish[]>(path.join(curatedDir, 'glossary-en.json'), []);

  const frame = parseFrame(doc, english, reportId);
  const glossary = parseGlossary(doc, glossaryEn, reportId);
  const rawFigures = extractFigures({ reportId, doc, sections: frame.sections });
  const { figures, indicators, projects, sectors } = applyCuration({ reportId, doc, figures: rawFigures, curatedDir });

  const years: YearRecord[] = (
    [
      [2023, 'REVIEWED', 's1'],
      [2024, 'PLANNED', 's2'],
    ] as const
  ).map(([year, role, sectionId]) => ({
    reportId,
    year,
    role,
    sectionId,
    figureIds: figures.filter((f) => f.year === year).map((f) => f.id),
    indicatorIds: indicators
      .filter((ind) => figures.some((f) => f.indicatorId === ind.id && f.year === year))
      .map((ind) => ind.id),
    projectIds: projects.filter((p) => p.year === year).map((p) => p.id),
  }));

  const report: ReportRecord = {
    reportId,
    title: localize(frame.title.text, english?.title ?? null),
    date: frame.date,
    speaker: localize(frame.speaker.text, english?.speaker ?? null),
    speakerRole: localize(frame.speakerRole.text, english?.speakerRole ?? null),
    occasion: localize(frame.occasion.text, english?.occasion ?? null),
    sourceSha256: sha256(readFileSync(path.join(reportDir, 'report.txt'))),
    sourceLength: [...doc.source].length,
    datasetVersion: '',
    years: years.map((y) => y.year),
    searchFold: '',
    counts: {
      figures: figures.length,
      indicators: indicators.length,
      projects: projects.length,
      glossaryTerms: glossary.length,
      sectors: sectors.length,
      repairs: doc.repairs.length,
    },
  };

  const dataset: Dataset = {
    report,
    years,
    sections: frame.sections,
    glossary,
    repairs: doc.repairs,
    figures,
    indicators,
    projects,
    sectors,
  };
  report.searchFold = buildSearchFold(doc.text + canonicalJson([indicators, projects, sectors, glossary]));
  report.datasetVersion = sha256(canonicalJson(dataset)).slice(0, 16);
  validateDataset(dataset, doc.source);
  return dataset;
};

export const DEFAULT_REPORT_DIR = path.resolve(__dirname, '..', 'reports', 'huozhou-2024');
