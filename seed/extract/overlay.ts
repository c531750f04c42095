/** Optional per-report files (repairs, curated layers, non-measurements …). */
import { readFileSync } from 'node:fs';

/** A JSON overlay: its content, or `fallback` when the report has none. */
export const readOverlay = <T>(file: string, fallback: T): T => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw err;
  }
};
