/**
 * `npm run import-collection [-- --collection DIR] [--reports-dir DIR] [--force]`
 * Adds every report of the shared collection (../shared/reports/cities-2024 beside
 * the checkout) through the same code as `npm run add-report`: the place from the
 * manifest, its review year (from the text where the manifest has none), the
 * manifest's provenance as origin and its licence as attribution.
 * Reports already present with the same text are left as they are. A text that
 * is not the place's report (shared by several places, or never naming the place)
 * is refused and listed, not added under that place.
 * One shared text is the State Council's national report (it says 我代表国务院:
 * 台州, 襄阳 and 贵阳 hold it): it is added once, at level NATIONAL (china-2024), and
 * still under none of the cities.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addReport, NATIONAL_SPEAKER, publicDocument, type AddReportOptions } from '../seed/add/add-report';
import { NATION } from '../seed/add/places';
import { argValue, hasFlag } from '../seed/cli/args';
import { allReportMeta } from '../seed/add/collection';

export interface ManifestEntry {
  file: string;
  place: string;
  bytes: number;
  chars: number;
  sha256: string;
  reviewYear: number | null;
}
export interface Manifest {
  source: string;
  reports: ManifestEntry[];
}

export const DEFAULT_COLLECTION = path.resolve(__dirname, '..', '..', 'shared', 'reports', 'cities-2024');

export const readManifest = (collectionDir: string): Manifest =>
  JSON.parse(readFileSync(path.join(collectionDir, 'manifest.json'), 'utf8')) as Manifest;

/**
 * The collection's own provenance sentence (manifest.source) is the attribution
 * its README asks to keep; the README must name the same commit, so a stale
 * manifest is noticed instead of copied.
 */
export const collectionAttribution = (collectionDir: string, manifest: Manifest): string => {
  const commit = /commit ([0-9a-f]{40})/.exec(manifest.source)?.[1];
  const readme = readFileSync(path.join(collectionDir, '..', 'README.md'), 'utf8');
  if (!commit || !readme.includes(commit)) {
    throw new Error('the manifest and the shared README disagree on the source commit; check the collection');
  }
  return `Text from the ${manifest.source}.`;
};

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** A shared text delivered by the State Council is the national report, whichever cities it was filed under. */
export const isNationalReport = (text: string): boolean => text.includes(NATIONAL_SPEAKER);

export const importCollection = (options: { collectionDir: string; reportsDir: string; force: boolean }) => {
  const manifest = readManifest(options.collectionDir);
  const attribution = collectionAttribution(options.collectionDir, manifest);
  const present = new Map(allReportMeta(options.reportsDir).map((m) => [m.source.sha256, m.id]));
  const added: string[] = [];
  const kept: string[] = [];
  const failed: string[] = [];
  const refused: string[] = [];
  // One text under several places' names is none of theirs (台州, 襄阳 and 贵阳 hold the same national report).
  const sameText = new Map<string, string[]>();
  for (const e of manifest.reports) sameText.set(e.sha256, [...(sameText.get(e.sha256) ?? []), e.file]);
  // The national report's files, and the id it is served under (once per text).
  const nationalFiles: ManifestEntry[] = [];
  const nationalIds = new Map<string, string>();
  for (const entry of manifest.reports) {
    const file = path.join(options.collectionDir, entry.file);
    const bytes = readFileSync(file);
    if (sha256(bytes) !== entry.sha256) {
      failed.push(`${entry.file}: sha256 differs from the manifest`);
      continue;
    }
    const twins = sameText.get(entry.sha256) ?? [];
    const existing = present.get(entry.sha256);
    const national = twins.length > 1 && isNationalReport(bytes.toString('utf8'));
    if (twins.length > 1) {
      const others = twins.filter((f) => f !== entry.file).join(', ');
      if (!national) {
        refused.push(`${entry.file}: the same text as ${others}, so not this place's report`);
        continue;
      }
      nationalFiles.push(entry);
      if (nationalFiles.some((e) => e !== entry && e.sha256 === entry.sha256)) continue;
    }
    if (existing && !options.force) {
      kept.push(existing);
      if (national) nationalIds.set(entry.sha256, existing);
      continue;
    }
    const base: AddReportOptions = {
      file,
      place: national ? NATION.name : entry.place,
      ...(national && { level: 'NATIONAL' as const }),
      reviewYear: entry.reviewYear ?? undefined,
      reportsDir: options.reportsDir,
      force: options.force && existing !== undefined,
      id: existing,
      origin: national
        ? `${twins.join(', ')} (one text, filed there under ${twins.length} cities; the State Council's national report): ${manifest.source}`
        : `${entry.file}: ${manifest.source}`,
      attribution: (name, level) => `${attribution} ${publicDocument(name, level)}`,
    };
    let result = addReport(base);
    // The collection holds prefecture-level places and municipalities (its README): a short name that is
    // also a province's (吉林) means the prefecture-level place.
    if (!result.ok && /is ambiguous/.test(result.error)) {
      const retry = addReport({ ...base, level: 'PREFECTURE' });
      if (retry.ok) retry.notes.push(`"${entry.place}" is ambiguous; the collection is of cities, so the prefecture-level place`);
      result = retry;
    }
    if (!result.ok) {
      (/never names/.test(result.error) ? refused : failed).push(`${entry.file}: ${result.error}`);
      continue;
    }
    added.push(result.id);
    if (national) nationalIds.set(entry.sha256, result.id);
    console.log(`added ${result.summary}`);
    for (const note of result.notes) console.log(`  note: ${note}`);
  }
  for (const e of nationalFiles) {
    const others = (sameText.get(e.sha256) ?? []).filter((f) => f !== e.file).join(', ');
    const id = nationalIds.get(e.sha256);
    refused.push(
      `${e.file}: the same text as ${others}, the State Council's national report ("${NATIONAL_SPEAKER}"), so not ${e.place}'s; ` +
        (id ? `served once as ${id} (level NATIONAL)` : 'the national report could not be added (see failed)'),
    );
  }
  return { added, kept, failed, refused, total: manifest.reports.length };
};

if (require.main === module) {
  const argv = process.argv.slice(2);
  const collectionDir = path.resolve(argValue(argv, 'collection') ?? DEFAULT_COLLECTION);
  if (!existsSync(path.join(collectionDir, 'manifest.json'))) {
    console.error(`import-collection: no manifest.json in ${collectionDir} (give --collection DIR)`);
    process.exit(2);
  }
  const reportsDir = path.resolve(argValue(argv, 'reports-dir') ?? path.join(__dirname, '..', 'seed', 'reports'));
  const result = importCollection({ collectionDir, reportsDir, force: hasFlag(argv, 'force') });
  console.log(
    `import-collection: ${result.total} in the manifest, ${result.added.length} added, ` +
      `${result.kept.length} already present, ${result.refused.length} refused (not the place's report), ${result.failed.length} failed`,
  );
  for (const r of result.refused) console.log(`  refused ${r}`);
  for (const f of result.failed) console.error(`  failed ${f}`);
  if (result.failed.length) process.exit(1);
}
