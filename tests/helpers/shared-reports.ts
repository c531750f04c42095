/**
 * The shared city reports (shared/reports/cities-2024, Simplified, beside the
 * checkout: provenance and licence in its README) built as the seed builds a
 * report: from a temporary folder holding report.txt (a byte-identical copy)
 * and a minimal report.json.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '../../lambda/data/records';
import { findShared } from '../../scripts/extract-all';
import { buildDataset, extractReport, type ExtractedReport } from '../../seed/extract';

/** shared/reports/cities-2024 in the nearest parent of the checkout that has one. */
export const sharedReportsDir = findShared;

const root = mkdtempSync(path.join(os.tmpdir(), 'shared-report-'));
let n = 0;

/** A report folder for the shared report of `place` (晋城), with the given years. */
export const sharedReportDir = (place: string, reviewYear = 2023): string => {
  const dir = path.join(root, `r${(n += 1)}`);
  mkdirSync(dir);
  copyFileSync(path.join(sharedReportsDir(), `${place}.txt`), path.join(dir, 'report.txt'));
  const meta = { id: `r${n}-${reviewYear + 1}`, title: `${reviewYear + 1}年${place}市政府工作报告`, reviewYear, planYear: reviewYear + 1, script: 'zh-Hans' };
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify(meta));
  return dir;
};

export const buildShared = (place: string, reviewYear = 2023): Dataset => buildDataset(sharedReportDir(place, reviewYear));
export const extractShared = (place: string, reviewYear = 2023): ExtractedReport => extractReport(sharedReportDir(place, reviewYear));
