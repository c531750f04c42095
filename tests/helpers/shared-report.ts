/**
 * The text of a shared 2024 report a test was checked against: the copy added
 * to the collection (seed/reports/<id>/report.txt) or the shared folder beside
 * the checkout, whichever has the recorded SHA-256 (so a test never runs on a
 * different text than the one a person checked).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface SharedReportRef {
  id: string;
  place: string;
  sha256: string;
}

export const sharedReportText = (r: SharedReportRef): string => {
  const candidates = [path.join(ROOT, 'seed', 'reports', r.id, 'report.txt')];
  // The shared folder beside the checkout, or beside any folder above it (a git worktree sits deeper).
  for (let at = path.dirname(ROOT); ; at = path.dirname(at)) {
    candidates.push(path.join(at, 'shared', 'reports', 'cities-2024', `${r.place}.txt`));
    if (path.dirname(at) === at) break;
  }
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') === r.sha256) return bytes.toString('utf8');
  }
  throw new Error(`${r.id}: no copy of ${r.place}.txt with sha256 ${r.sha256}`);
};

export const headlineFixtureRefs = (): SharedReportRef[] =>
  (JSON.parse(readFileSync(path.join(ROOT, 'tests', 'unit', 'fixtures', 'catalogue-headlines.json'), 'utf8')) as { reports: SharedReportRef[] }).reports;

/** The shared collection folder (shared/reports/cities-2024 beside the checkout or a folder above it). */
export const sharedCollectionDir = (): string => {
  for (let at = path.dirname(ROOT); ; at = path.dirname(at)) {
    const dir = path.join(at, 'shared', 'reports', 'cities-2024');
    if (existsSync(dir)) return dir;
    if (path.dirname(at) === at) throw new Error('no shared/reports/cities-2024 above the checkout');
  }
};
