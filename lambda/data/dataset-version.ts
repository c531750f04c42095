/**
 * The dataset version, read from the catalogue and kept for a short while:
 * it keys the response cache and the HTTP ETag, and changes only on reseed.
 */
import type { Store } from './store';

export class DatasetVersionCache {
  private value: string | null = null;
  private fetchedAt = 0;
  private pending: Promise<string | null> | null = null;

  constructor(
    private readonly store: Store,
    private readonly reportId: string,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Never throws: an unreachable store yields null and the next call tries again. */
  async get(): Promise<string | null> {
    if (this.value !== null && this.now() - this.fetchedAt < this.maxAgeMs) return this.value;
    this.pending ??= this.store
      .catalog()
      .then((entries) => {
        const entry = entries.find((e) => e.reportId === this.reportId);
        this.value = entry?.datasetVersion ?? null;
        this.fetchedAt = this.now();
        return this.value;
      })
      .catch(() => null)
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
