/**
 * Per-request read layer over the process's snapshots. The published
 * collection is resolved once, on first use, and every read of the request
 * goes to that one version: a reader never sees two versions mixed, even
 * when a seed publishes mid-request. An operation that reads no data
 * (`{ __typename }`) never waits for the store.
 */
import type { FigureItem, GlossaryItem, ReportItem } from './entities';
import type { EntityName, ItemByType } from './items';
import type { PublishedReport } from './records';
import type { ReportSnapshot } from './snapshot';
import type { PublishedCollection, Snapshots } from './snapshots';

export class RequestData {
  private collectionPromise: Promise<PublishedCollection> | null = null;
  private readonly memos = new Map<string, Promise<unknown>>();

  constructor(
    readonly snapshots: Snapshots,
    readonly defaultReportId: string,
    /** A collection already resolved for this request (e.g. by the HTTP layer for its ETag). */
    collection?: PublishedCollection,
  ) {
    if (collection) this.collectionPromise = Promise.resolve(collection);
  }

  /** The collection this request reads, resolved once. */
  collection(): Promise<PublishedCollection> {
    this.collectionPromise ??= this.snapshots.current();
    return this.collectionPromise;
  }

  /** The collection version, if this request has resolved it (for cache keys); never waits. */
  async collectionVersion(): Promise<string> {
    return (await this.collection()).collectionVersion;
  }

  async reports(): Promise<readonly PublishedReport[]> {
    return (await this.collection()).reports;
  }

  async reportIds(): Promise<string[]> {
    return (await this.reports()).map((r) => r.reportId);
  }

  /** The snapshot of one report in this request's version; undefined for a report that is not published. */
  async snapshot(reportId: string): Promise<ReportSnapshot | undefined> {
    const published = (await this.collection()).byId.get(reportId);
    return published ? this.snapshots.report(reportId, published.version) : undefined;
  }

  async get<E extends EntityName>(entity: E, reportId: string, key: string | number): Promise<ItemByType[E] | undefined> {
    return (await this.snapshot(reportId))?.get(entity, key);
  }

  async getMany<E extends EntityName>(entity: E, reportId: string, keys: readonly (string | number)[]): Promise<ItemByType[E][]> {
    const snap = await this.snapshot(reportId);
    const out: ItemByType[E][] = [];
    if (!snap) return out;
    for (const key of keys) {
      const item = snap.get(entity, key);
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  /** A copy of every item of one type, in sort-key order (callers may sort it). */
  async list<E extends EntityName>(entity: E, reportId: string): Promise<ItemByType[E][]> {
    return [...((await this.snapshot(reportId))?.list(entity) ?? [])];
  }

  async glossaryByTerm(reportId: string, term: string): Promise<GlossaryItem | undefined> {
    return (await this.snapshot(reportId))?.glossaryByTerm(term);
  }

  async figuresOfYearKind(reportId: string, year: number, kind: string): Promise<FigureItem[]> {
    return [...((await this.snapshot(reportId))?.figuresOfYearKind(year, kind) ?? [])];
  }

  /** Panel rows of one catalogue indicator across every report of this version. */
  async panel(indicatorId: string): Promise<FigureItem[]> {
    const { collectionVersion } = await this.collection();
    return [...((await this.snapshots.panel(collectionVersion)).byIndicator.get(indicatorId) ?? [])];
  }

  /** Every report's record in this request's version (one read of the panel partition; no report is loaded). */
  async reportSummaries(): Promise<ReportItem[]> {
    const { collectionVersion } = await this.collection();
    return [...(await this.snapshots.panel(collectionVersion)).reports];
  }

  /** Memoised per request, for derived results several resolvers share. */
  memo<T>(key: string, work: () => Promise<T>): Promise<T> {
    let pending = this.memos.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = work();
      this.memos.set(key, pending);
    }
    return pending;
  }
}
