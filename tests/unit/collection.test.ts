/**
 * The committed collection: every report folder is valid data, its report.txt
 * is byte-identical to the shared source (SHA-256 in report.json and in the
 * shared manifest), and git keeps it so (.gitattributes -text).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allReportMeta } from '../../seed/add/collection';
import { checkReportFolder } from '../../seed/add/validate-folder';
import { DEFAULT_COLLECTION, readManifest } from '../../scripts/import-collection';

const ROOT = path.resolve(__dirname, '..', '..');
const REPORTS = path.join(ROOT, 'seed', 'reports');
// The shared collection lies beside the checkout (CI copies it there); COLLECTION_DIR points elsewhere.
const COLLECTION = process.env.COLLECTION_DIR ?? DEFAULT_COLLECTION;
const metas = allReportMeta(REPORTS);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the committed collection', () => {
  it('has a valid folder per report, named by its id', () => {
    expect(metas.length).toBeGreaterThanOrEqual(137);
    const problems = metas.flatMap((m) => {
      const check = checkReportFolder(path.join(REPORTS, m.id), 'skip');
      return check.ok ? [] : [`${m.id}: ${check.errors.join('; ')}`];
    });
    expect(problems).toEqual([]);
    expect(new Set(metas.map((m) => m.id)).size).toBe(metas.length);
    expect(new Set(metas.map((m) => m.place.code)).size).toBe(metas.length);
  });

  it('holds every report of the shared manifest byte for byte', () => {
    expect(existsSync(path.join(COLLECTION, 'manifest.json'))).toBe(true);
    const manifest = readManifest(COLLECTION);
    const bySha = new Map(metas.map((m) => [m.source.sha256, m]));
    const places = new Map<string, number>();
    for (const e of manifest.reports) places.set(e.sha256, (places.get(e.sha256) ?? 0) + 1);
    const missing: string[] = [];
    const refused: string[] = [];
    const servedShared = new Set<string>();
    for (const entry of manifest.reports) {
      const meta = bySha.get(entry.sha256);
      // A text filed under several places is none of theirs: refused by import-collection under every one of
      // them; committed at most once, as the State Council's national report (level NATIONAL), naming all its files.
      if ((places.get(entry.sha256) ?? 0) > 1) {
        if (meta && (meta.place.level !== 'NATIONAL' || !meta.source.origin.includes(entry.file))) {
          missing.push(`${entry.file} (shared text) is committed as ${meta.id}, not as the national report naming it`);
        }
        if (meta) servedShared.add(meta.id);
        refused.push(entry.file);
        continue;
      }
      if (!meta) {
        missing.push(entry.file);
        continue;
      }
      const committed = path.join(REPORTS, meta.id, 'report.txt');
      expect([entry.file, sha256(committed), meta.source.characters]).toEqual([entry.file, entry.sha256, entry.chars]);
      expect(meta.source.origin.startsWith(`${entry.file}: `)).toBe(true);
      if (entry.reviewYear !== null) expect([entry.file, meta.reviewYear]).toEqual([entry.file, entry.reviewYear]);
      expect(meta.attribution).toContain('MIT');
    }
    expect(missing).toEqual([]);
    expect(manifest.reports.length - refused.length + servedShared.size).toBe(metas.filter((m) => m.source.origin.includes(manifest.source)).length);
  });

  it('keeps every report.txt out of line-ending conversion', () => {
    const files = metas.map((m) => path.join('seed', 'reports', m.id, 'report.txt'));
    const out = execFileSync('git', ['check-attr', 'text', '--', ...files], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(files.length);
    expect(lines.filter((l) => !l.endsWith(': text: unset'))).toEqual([]);
  });
});
