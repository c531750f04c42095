/**
 * Content hashing of datasets, in a module of its own (no file-system paths at
 * module scope) so the deploy seeder's bundle can recompute versions.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../lambda/data/records';

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Deterministic JSON: object keys sorted, so the hash does not depend on construction order. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** A dataset's version is the hash of its content (with the version field empty): recomputed, never trusted from a file. */
export const withComputedVersion = (ds: Dataset): Dataset => {
  const copy: Dataset = { ...ds, report: { ...ds.report, datasetVersion: '' } };
  copy.report.datasetVersion = sha256(canonicalJson(copy)).slice(0, 16);
  return copy;
};
