/**
 * Per-request read layer: a DataLoader batches every item read of one tick
 * into BatchGetItem requests, and each type listing is queried at most once
 * per request. Created per request, so nothing leaks between callers.
 */
import DataLoader from 'dataloader';
import type { EntityName, ItemByType, ItemRef, Store } from './store';

export class RequestData {
  private readonly items: DataLoader<ItemRef, ItemByType[EntityName] | undefined, string>;
  private readonly lists = new Map<string, Promise<unknown[]>>();

  constructor(
    readonly store: Store,
    readonly defaultReportId: string,
  ) {
    this.items = new DataLoader((refs) => store.getItems(refs), {
      cacheKeyFn: (ref) => `${ref.entity}|${ref.reportId}|${ref.key}`,
      maxBatchSize: 100,
    });
  }

  get<E extends EntityName>(entity: E, reportId: string, key: string | number): Promise<ItemByType[E] | undefined> {
    return this.items.load({ entity, reportId, key }) as Promise<ItemByType[E] | undefined>;
  }

  async getMany<E extends EntityName>(entity: E, reportId: string, keys: readonly (string | number)[]): Promise<ItemByType[E][]> {
    const found: (ItemByType[E] | undefined)[] = await Promise.all(keys.map((key) => this.get(entity, reportId, key)));
    const out: ItemByType[E][] = [];
    for (const item of found) if (item !== undefined) out.push(item);
    return out;
  }

  list<E extends EntityName>(entity: E, reportId: string): Promise<ItemByType[E][]> {
    const key = `${entity}|${reportId}`;
    let pending = this.lists.get(key);
    if (!pending) {
      pending = this.store.listType(entity, reportId);
      this.lists.set(key, pending);
    }
    return pending as Promise<ItemByType[E][]>;
  }

  /** Memoised per request like `list`, for index queries. */
  memo<T>(key: string, work: () => Promise<T[]>): Promise<T[]> {
    let pending = this.lists.get(key);
    if (!pending) {
      pending = work();
      this.lists.set(key, pending);
    }
    return pending as Promise<T[]>;
  }
}
