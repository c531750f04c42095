/**
 * One report version held in memory: read once (one Query of its
 * partition), never changed afterwards, indexed for every look-up the
 * queries make, so a warm request answers without the store.
 */
import type { FigureItem, GlossaryItem } from './entities';
import type { EntityName, ItemByType } from './items';

/** The local key an item is looked up by (what keys.ts puts after the type prefix). */
export const localKey = (entity: EntityName, item: ItemByType[EntityName]): string => {
  switch (entity) {
    case 'Report':
      return (item as ItemByType['Report']).reportId;
    case 'Year':
      return String((item as ItemByType['Year']).year);
    case 'Section':
      return String((item as ItemByType['Section']).order);
    case 'Glossary':
      return String((item as ItemByType['Glossary']).number);
    case 'Repair':
      return String((item as ItemByType['Repair']).number);
    case 'ReportText':
      return String((item as ItemByType['ReportText']).chunk);
    default:
      return (item as ItemByType['Figure' | 'Indicator' | 'Project' | 'Sector']).id;
  }
};

const EMPTY: readonly never[] = Object.freeze([]);

export class ReportSnapshot {
  private readonly byKey = new Map<EntityName, Map<string, ItemByType[EntityName]>>();
  private readonly lists: Map<EntityName, ItemByType[EntityName][]>;
  private readonly terms = new Map<string, GlossaryItem>();
  private readonly yearKind = new Map<string, FigureItem[]>();
  private readonly derivedValues = new Map<string, unknown>();

  constructor(
    readonly reportId: string,
    readonly version: string,
    lists: Map<EntityName, ItemByType[EntityName][]>,
    /** Approximate size in memory (bytes of the items' JSON), for the LRU's budget. */
    readonly bytes: number,
  ) {
    this.lists = lists;
    for (const [entity, items] of lists) {
      const map = new Map<string, ItemByType[EntityName]>();
      for (const item of items) map.set(localKey(entity, item), item);
      this.byKey.set(entity, map);
    }
    for (const g of this.list('Glossary')) {
      this.terms.set(g.term.zhHant, g);
      this.terms.set(g.term.zhHans, g);
    }
    for (const f of this.list('Figure')) {
      const key = `${f.year}|${f.kind}`;
      let group = this.yearKind.get(key);
      if (!group) this.yearKind.set(key, (group = []));
      group.push(f);
    }
    for (const group of this.yearKind.values()) group.sort((a, b) => a.valueSource.start - b.valueSource.start);
  }

  get report(): ItemByType['Report'] | undefined {
    return this.get('Report', this.reportId);
  }

  get<E extends EntityName>(entity: E, key: string | number): ItemByType[E] | undefined {
    return this.byKey.get(entity)?.get(String(key)) as ItemByType[E] | undefined;
  }

  /** Items of one type in sort-key order; shared and frozen in spirit: callers copy before sorting. */
  list<E extends EntityName>(entity: E): readonly ItemByType[E][] {
    return (this.lists.get(entity) as ItemByType[E][] | undefined) ?? EMPTY;
  }

  glossaryByTerm(term: string): GlossaryItem | undefined {
    return this.terms.get(term);
  }

  /**
   * A structure computed once from this immutable snapshot and kept with it (a search index, folded
   * names …): every later request of a warm function reuses it, and it goes when the snapshot is evicted.
   */
  derived<T>(key: string, compute: (snapshot: ReportSnapshot) => T): T {
    if (!this.derivedValues.has(key)) this.derivedValues.set(key, compute(this));
    return this.derivedValues.get(key) as T;
  }

  figuresOfYearKind(year: number, kind: string): readonly FigureItem[] {
    return this.yearKind.get(`${year}|${kind}`) ?? EMPTY;
  }
}
