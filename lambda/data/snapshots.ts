/**
 * Process-wide cache of what the store publishes, shared by every request of
 * a warm function:
 * - the pointer (which version of each report is current), re-read at most
 *   every `pointerTtlMs`, under a deadline; a failed refresh keeps the last
 *   known pointer, so an outage after start-up serves the last version;
 * - report snapshots by (id, version), loaded once on first use, single-flight,
 *   evicted least-recently-used past a byte budget;
 * - panel rows by (collection version, indicator), likewise.
 * Versions are content hashes, so a cached snapshot is never stale: a new
 * version is a new key.
 */
import type { FigureItem, ReportItem } from './entities';
import { ReportSnapshot } from './snapshot';
import { StoreUnavailableError, type Store } from './store';
import type { PublishedReport } from './records';

export interface PublishedCollection {
  collectionVersion: string;
  publishedAt: string;
  reports: readonly PublishedReport[];
  byId: ReadonlyMap<string, PublishedReport>;
}

const KIND_ORDER: Record<string, number> = { ACTUAL: 0, TARGET: 1 };

/** The order observations are listed in: year, kind (results before targets), report, position in the report. */
const panelOrder = (a: FigureItem, b: FigureItem): number =>
  a.year - b.year ||
  (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
  a.reportId.localeCompare(b.reportId) ||
  a.valueSource.start - b.valueSource.start;

/** Every report's record and every indicator's observations across reports (in panelOrder), for one collection version. */
export interface Panel {
  reports: readonly ReportItem[];
  byIndicator: ReadonlyMap<string, readonly FigureItem[]>;
}

/** The panel of `reports` and their observation `figures`: each indicator's rows sorted once per collection version, so a request only filters. */
export const panelOf = (reports: readonly ReportItem[], figures: Iterable<FigureItem>): Panel => {
  const byIndicator = new Map<string, FigureItem[]>();
  for (const f of figures) {
    if (!f.indicatorId) continue;
    let rows = byIndicator.get(f.indicatorId);
    if (!rows) byIndicator.set(f.indicatorId, (rows = []));
    rows.push(f);
  }
  for (const rows of byIndicator.values()) rows.sort(panelOrder);
  return { reports, byIndicator };
};

/**
 * The defaults, one place for the runtime's configuration (lambda/config.ts)
 * and for a Snapshots constructed without options. The snapshot budget is JSON
 * bytes of the cached report versions; they take ~2× that in heap with their
 * indexes (measured: the 139 reports' 29 MB of JSON hold ~60 MB of heap), so
 * 48 MiB stays well under the API's heap cap (cdk/node-options.ts) while
 * every report of today's collection stays warm.
 */
export const SNAPSHOT_DEFAULTS = { pointerTtlMs: 10_000, pointerTimeoutMs: 1_000, maxBytes: 48 * 1024 * 1024 } as const;

export interface SnapshotOptions {
  pointerTtlMs?: number;
  /** Deadline of a pointer read; a request never waits longer for it. */
  pointerTimeoutMs?: number;
  /** Memory budget of the cached snapshots and panel rows (approximate JSON bytes). */
  maxBytes?: number;
  now?: () => number;
  onRefreshError?: (err: unknown) => void;
}

interface Entry<T> {
  value: Promise<T>;
  bytes: number;
}

/** A Map used as an LRU by bytes: re-inserting on use keeps the order of last use. */
class Lru<T> {
  private readonly map = new Map<string, Entry<T>>();
  private total = 0;
  constructor(private readonly maxBytes: number) {}

  async getOrLoad(key: string, load: () => Promise<{ value: T; bytes: number }>): Promise<T> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit.value;
    }
    const entry: Entry<T> = { bytes: 0, value: Promise.resolve(undefined as T) };
    entry.value = load().then(
      ({ value, bytes }) => {
        entry.bytes = bytes;
        this.total += bytes;
        this.evict(key);
        return value;
      },
      (err: unknown) => {
        // A failed load is not cached: the next request tries again.
        if (this.map.get(key) === entry) this.map.delete(key);
        throw err;
      },
    );
    this.map.set(key, entry);
    return entry.value;
  }

  private evict(keep: string): void {
    for (const [key, entry] of this.map) {
      if (this.total <= this.maxBytes) break;
      if (key === keep || entry.bytes === 0) continue;
      this.map.delete(key);
      this.total -= entry.bytes;
    }
  }

  get size(): number {
    return this.map.size;
  }
  get bytes(): number {
    return this.total;
  }
}

/** At most `limit` loads in flight: a request spanning every report queues its loads instead of flooding the store. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

export class Snapshots {
  private pointerValue: PublishedCollection | null = null;
  private pointerAt = -Infinity;
  private pointerPending: Promise<PublishedCollection> | null = null;
  /** The last failed first read: repeated within a second, callers fail at once instead of waiting again. */
  private failure: { at: number; error: unknown } | null = null;
  private readonly reports: Lru<ReportSnapshot>;
  private readonly panels: Lru<Panel>;
  private readonly loads = new Gate(16);
  private readonly opts: Required<Omit<SnapshotOptions, 'onRefreshError'>> & Pick<SnapshotOptions, 'onRefreshError'>;

  constructor(
    private readonly store: Store,
    options: SnapshotOptions = {},
  ) {
    this.opts = { ...SNAPSHOT_DEFAULTS, now: Date.now, ...options };
    this.reports = new Lru(this.opts.maxBytes);
    this.panels = new Lru(Math.floor(this.opts.maxBytes / 4));
  }

  /** The last pointer read, without waiting (null before the first successful read). */
  get lastKnown(): PublishedCollection | null {
    return this.pointerValue;
  }

  /** The last pointer if still within its TTL, without waiting; null otherwise (and a refresh starts). */
  fresh(): PublishedCollection | null {
    if (this.pointerValue && this.opts.now() - this.pointerAt < this.opts.pointerTtlMs) return this.pointerValue;
    void this.current().catch(() => undefined);
    return null;
  }

  /**
   * The current collection. Fresh within the TTL: no request. Otherwise one
   * GetItem under a deadline; on failure the last known pointer, or
   * StoreUnavailableError when there never was one.
   */
  async current(): Promise<PublishedCollection> {
    if (this.pointerValue && this.opts.now() - this.pointerAt < this.opts.pointerTtlMs) return this.pointerValue;
    // A request reads the version several times (cache, ETag, data): during an outage it waits once, not each time.
    if (!this.pointerValue && this.failure && this.opts.now() - this.failure.at < 1_000) throw this.failure.error;
    this.pointerPending ??= this.refresh().finally(() => {
      this.pointerPending = null;
    });
    return this.pointerPending;
  }

  private async refresh(): Promise<PublishedCollection> {
    try {
      const item = await this.store.pointer(this.opts.pointerTimeoutMs);
      if (!item) throw new StoreUnavailableError(null, 'No dataset has been published to the store yet');
      // Store.pointer decodes a fresh list on every read: nothing else holds it.
      const { reports } = item;
      this.pointerValue = {
        collectionVersion: item.collectionVersion,
        publishedAt: item.publishedAt,
        reports,
        byId: new Map(reports.map((r) => [r.reportId, r])),
      };
      this.pointerAt = this.opts.now();
      this.failure = null;
      return this.pointerValue;
    } catch (err) {
      this.opts.onRefreshError?.(err);
      this.failure = { at: this.opts.now(), error: err };
      if (this.pointerValue) {
        // Serve the last version; try again after a short pause rather than on every request.
        this.pointerAt = this.opts.now() - this.opts.pointerTtlMs + Math.min(1_000, this.opts.pointerTtlMs);
        return this.pointerValue;
      }
      // Only outages are retryable; anything else (a missing table, a rejected request) stays what it is.
      throw err;
    }
  }

  report(reportId: string, version: string): Promise<ReportSnapshot> {
    return this.reports.getOrLoad(`${reportId}@${version}`, async () => {
      const { byEntity: lists, bytes } = await this.loads.run(() => this.store.reportPartition(reportId, version));
      return { value: new ReportSnapshot(reportId, version, lists, bytes), bytes };
    });
  }

  /** The collection's panel (one Query on first use per collection version). */
  panel(collectionVersion: string): Promise<Panel> {
    return this.panels.getOrLoad(collectionVersion, async () => {
      const { byEntity, bytes } = await this.loads.run(() => this.store.panel(collectionVersion));
      return { value: panelOf((byEntity.get('Report') ?? []) as ReportItem[], (byEntity.get('Figure') ?? []) as FigureItem[]), bytes };
    });
  }

  stats(): { reports: number; reportBytes: number; panels: number } {
    return { reports: this.reports.size, reportBytes: this.reports.bytes, panels: this.panels.size };
  }
}
