/**
 * Builds every report of a folder of plain texts (default: the shared
 * 2024 city reports, shared/reports/cities-2024 above the checkout) as
 * the seed would, each from a temporary report folder holding report.txt and
 * a minimal report.json, and prints per-report counts and failures.
 *
 *   npx tsx scripts/extract-all.ts [DIR] [--json]
 *
 * Years: the manifest's reviewYear where it has one, else 2023.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDataset } from '../seed/extract';

interface ManifestEntry {
  file: string;
  place: string;
  reviewYear: number | null;
}

/** The shared reports: shared/reports/cities-2024 in the nearest parent of the checkout that has one. */
export const findShared = (): string => {
  for (let at = path.resolve(__dirname, '..'); ; at = path.dirname(at)) {
    const candidate = path.join(at, 'shared', 'reports', 'cities-2024');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(at) === at) throw new Error('no shared/reports/cities-2024 found above the checkout: pass the folder');
  }
};

export interface Row {
  place: string;
  ok: boolean;
  figures: number;
  actuals: number;
  targets: number;
  sections: number;
  notes: string[];
  error?: string;
}

/** Builds every report of `dir` (a folder of .txt files, with or without manifest.json), each from a temporary report folder. */
export const buildEvery = (dir: string): Row[] => {
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest: ManifestEntry[] = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { reports: ManifestEntry[] }).reports
    : readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((file) => ({ file, place: file.replace(/\.txt$/, ''), reviewYear: null }));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'extract-all-'));
  const rows: Row[] = [];
  manifest.forEach((entry, i) => {
    const reportDir = path.join(tmp, `r${i}`);
    const reviewYear = entry.reviewYear ?? 2023;
    try {
      mkdirSync(reportDir);
      copyFileSync(path.join(dir, entry.file), path.join(reportDir, 'report.txt'));
      const meta = { id: `r${i}-${reviewYear + 1}`, title: `${reviewYear + 1}年${entry.place}政府工作报告`, reviewYear, planYear: reviewYear + 1, script: 'zh-Hans' };
      writeFileSync(path.join(reportDir, 'report.json'), JSON.stringify(meta));
      const d = buildDataset(reportDir);
      rows.push({
        place: entry.place,
        ok: true,
        figures: d.figures.length,
        actuals: d.figures.filter((f) => f.kind === 'ACTUAL').length,
        targets: d.figures.filter((f) => f.kind === 'TARGET').length,
        sections: d.sections.length,
        notes: d.report.extractionNotes,
      });
    } catch (err) {
      rows.push({ place: entry.place, ok: false, figures: 0, actuals: 0, targets: 0, sections: 0, notes: [], error: (err as Error).message.split('\n').slice(0, 3).join(' | ') });
    }
  });
  rmSync(tmp, { recursive: true, force: true });
  return rows;
};

const main = (): void => {
  const args = process.argv.slice(2);
  const rows = buildEvery(path.resolve(args.find((a) => !a.startsWith('--')) ?? findShared()));
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 1));
  else {
    for (const r of rows)
      console.log(
        r.ok
          ? `${r.place}\tfigures ${r.figures}\tactual ${r.actuals}\ttarget ${r.targets}\tsections ${r.sections}${r.notes.length ? `\tnotes: ${r.notes.join(' / ').slice(0, 160)}` : ''}`
          : `${r.place}\tFAILED: ${r.error}`,
      );
    const ok = rows.filter((r) => r.ok);
    const sum = (k: 'figures' | 'targets' | 'actuals'): number => ok.reduce((n, r) => n + r[k], 0);
    console.log(
      `\n${rows.length} reports: ${ok.length} built, ${rows.length - ok.length} failed; figures ${sum('figures')} (actual ${sum('actuals')}, target ${sum('targets')}); ` +
        `${ok.filter((r) => r.targets === 0).length} without targets; ${ok.filter((r) => r.notes.length > 0).length} with extraction notes`,
    );
  }
};

if (require.main === module) main();
