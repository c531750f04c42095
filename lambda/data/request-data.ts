/**
 * Per-request read layer: a DataLoader batches every item read of one tick
 * into BatchGetItem requests, and each type listing is queried at most once
 * per request. Created per request, so nothing leaks between callers.
 */
import DataLoader from 'dataloader';
import type { EntityName, ItemByType, ItemRef, Store } from './store';

const BATCH_GET_LIMIT = 100;

/** The local key an ItemRef uses for each entity (what keys.ts puts after the type prefix). */
const localKey = (entity: EntityName, item: ItemByType[EntityName]): string | number => {
  switch (entity) {
    case 'Report':
      return (item as ItemByType['Report']).reportId;
    case 'Year':
      return (item as ItemByType['Year']).year;
    case 'Section':
      return (item as ItemByType['Section']).order;
    case 'Glossary':
      return (item as ItemByType['Glossary']).number;
    case 'Repair':
      return (item as ItemByType['Repair']).number;
    default:
      return (item as ItemByType['Figure' | 'Indicator' | 'Project' | 'Sector']).id;
  }
};

export class RequestData {
  private readonly items: DataLoader<ItemRef, ItemByType[EntityName] | undefined, string>;
  private readonly lists = new Map<string, Promise<unknown[]>>();

  constructor(
    readonly store: Store,
    readonly defaultReportId: string,
  ) {
    this.items = new DataLoader((refs) => this.loadBatch(refs), {
      cacheKeyFn: (ref) => `${ref.entity}|${ref.reportId}|${ref.key}`,
    });
  }

  /**
   * One tick's item reads in as few requests as possible: everything in one
   * BatchGetItem (≤ 100 keys) where it fits; otherwise the largest groups of one
   * type are read with the type's single Query instead (all items of a type in
   * a report fit in one page), so a level never costs a request per 100 items.
   */
  private async loadBatch(refs: readonly ItemRef[]): Promise<(ItemByType[EntityName] | undefined)[]> {
    const groups = new Map<string, ItemRef[]>();
    for (const ref of refs) {
      const key = `${ref.entity}|${ref.reportId}`;
      groups.set(key, [...(groups.get(key) ?? []), ref]);
    }
    let batched = refs.length;
    const viaQuery = new Set<string>();
    for (const [key, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      if (batched <= BATCH_GET_LIMIT) break;
      viaQuery.add(key);
      batched -= group.length;
    }
    const listed = new Map<string, Map<string, ItemByType[EntityName]>>();
    await Promise.all(
      [...viaQuery].map(async (key) => {
        const { entity, reportId } = groups.get(key)![0]!;
        const items = await this.list(entity, reportId);
        listed.set(key, new Map(items.map((item) => [String(localKey(entity, item)), item])));
      }),
    );
    const direct = refs.filter((ref) => !viaQuery.has(`${ref.entity}|${ref.reportId}`));
    const fetched = direct.length ? await this.store.getItems(direct) : [];
    const byRef = new Map(direct.map((ref, i) => [ref, fetched[i]]));
    return refs.map((ref) => {
      const key = `${ref.entity}|${ref.reportId}`;
      return viaQuery.has(key) ? listed.get(key)!.get(String(ref.key)) : byRef.get(ref);
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

  /**
   * All of a report's items in one request; afterwards every listing and item
   * read of that report in this request is answered from it.
   */
  partition(reportId: string): Promise<void> {
    const key = `partition|${reportId}`;
    let pending = this.lists.get(key) as Promise<unknown[]> | undefined;
    if (!pending) {
      pending = this.store.partition(reportId).then((byEntity) => {
        for (const [entity, items] of byEntity) {
          const listKey = `${entity}|${reportId}`;
          if (!this.lists.has(listKey)) this.lists.set(listKey, Promise.resolve(items));
          for (const item of items) this.items.prime({ entity, reportId, key: localKey(entity, item) }, item);
        }
        return [];
      });
      this.lists.set(key, pending);
    }
    return pending.then(() => undefined);
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
