/**
 * Named query functions over the table: the only code that sends DynamoDB
 * requests at run time. Access patterns (docs/data-model.md):
 *   item by key ............ BatchGetItem (PK = REPORT#<id>, SK = <TYPE>#<id>), ≤100 keys a request
 *   items of one type ...... Query PK = REPORT#<id> AND begins_with(SK, '<TYPE>#')
 *   glossary by term ....... Query GSI1 GSI1PK = REPORT#<id>#TERM#<term>
 *   figures of year+kind ... Query GSI1 GSI1PK = REPORT#<id>#FIGURES#<year>#<kind>
 *   reports ................ Query PK = CATALOG
 * There is no Scan.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetRequest } from 'dynamodb-toolbox/entity/actions/batchGet';
import { BatchGetCommand, execute as executeBatchGet } from 'dynamodb-toolbox/table/actions/batchGet';
import { QueryCommand, type Query } from 'dynamodb-toolbox/table/actions/query';
import type { Entity } from 'dynamodb-toolbox';
import {
  makeEntities,
  makeTable,
  itemKeys,
  type Entities,
  type AppTable,
  type FigureItem,
  type GlossaryItem,
  type IndicatorItem,
  type ProjectItem,
  type ReportItem,
  type SectorItem,
  type YearItem,
  type SectionItem,
  type RepairItem,
} from './entities';
import { classifyStoreError } from './errors';
import { CATALOG_PK, GSI1, ItemType, gsi1, reportPk, typePrefix } from './keys';

/** The store could not be reached or answered with an error; the client may retry. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The data store is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface ItemByType {
  Report: ReportItem;
  Year: YearItem;
  Section: SectionItem;
  Glossary: GlossaryItem;
  Repair: RepairItem;
  Figure: FigureItem;
  Indicator: IndicatorItem;
  Project: ProjectItem;
  Sector: SectorItem;
}
export type EntityName = keyof ItemByType;

/** A reference to one stored item: the entity and its key parts. */
export interface ItemRef {
  entity: EntityName;
  reportId: string;
  /** Local id: report id, year, section order, glossary number or slug, as the entity keys it. */
  key: string | number;
}

const BATCH_GET_LIMIT = 100;

/** Only network, throttling and 5xx errors are an outage (errors.ts); a ValidationException is not. */
const guard = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (err) {
    throw classifyStoreError(err) === 'unavailable' ? new StoreUnavailableError(err) : err;
  }
};

export class Store {
  readonly table: AppTable;
  readonly entities: Entities;

  constructor(documentClient: DynamoDBDocumentClient, tableName: string) {
    this.table = makeTable(documentClient, tableName);
    this.entities = makeEntities(this.table);
  }

  private keyOf(ref: ItemRef): { PK: string; SK: string } {
    const { reportId, key } = ref;
    switch (ref.entity) {
      case 'Report':
        return itemKeys.report(reportId);
      case 'Year':
        return itemKeys.year(reportId, Number(key));
      case 'Section':
        return itemKeys.section(reportId, Number(key));
      case 'Glossary':
        return itemKeys.glossary(reportId, Number(key));
      case 'Repair':
        return itemKeys.repair(reportId, Number(key));
      case 'Figure':
        return itemKeys.figure(reportId, String(key));
      case 'Indicator':
        return itemKeys.indicator(reportId, String(key));
      case 'Project':
        return itemKeys.project(reportId, String(key));
      case 'Sector':
        return itemKeys.sector(reportId, String(key));
    }
  }

  /** BatchGetItem for any mix of items, ≤100 keys per request; results in the order of `refs`. */
  async getItems(refs: readonly ItemRef[]): Promise<(ItemByType[EntityName] | undefined)[]> {
    const results: (ItemByType[EntityName] | undefined)[] = [];
    for (let i = 0; i < refs.length; i += BATCH_GET_LIMIT) {
      const chunk = refs.slice(i, i + BATCH_GET_LIMIT);
      // The union of entities has no common call signature; each request is still built by its own entity.
      const requests = chunk.map((ref) => (this.entities[ref.entity] as Entity).build(BatchGetRequest).key(this.keyOf(ref)));
      const { Responses } = await guard(() =>
        executeBatchGet({ maxAttempts: 5 }, this.table.build(BatchGetCommand).requests(...requests)),
      );
      const items = (Responses[0] ?? []) as (ItemByType[EntityName] | undefined)[];
      for (let j = 0; j < chunk.length; j++) results.push(items[j]);
    }
    return results;
  }

  /** Every item of one type in a report partition, in sort-key order (following pages). */
  async listType<E extends EntityName>(entity: E, reportId: string): Promise<ItemByType[E][]> {
    const type = ItemType[entity === 'Glossary' ? 'Glossary' : entity];
    return this.queryAll<E>(entity, { partition: reportPk(reportId), range: { beginsWith: typePrefix(type) } });
  }

  /**
   * Every item of a report in one Query (following pages past 1 MB): for
   * reads that need several types at once (search), one request instead of one per type.
   */
  async partition(reportId: string): Promise<Map<EntityName, ItemByType[EntityName][]>> {
    return guard(async () => {
      const byEntity = new Map<EntityName, ItemByType[EntityName][]>();
      const e = this.entities;
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.table
          .build(QueryCommand)
          .entities(e.Report, e.Year, e.Section, e.Glossary, e.Repair, e.Figure, e.Indicator, e.Project, e.Sector)
          .query({ partition: reportPk(reportId) })
          .options({ exclusiveStartKey, showEntityAttr: true })
          .send();
        for (const item of page.Items ?? []) {
          const { entity, ...rest } = item as { entity: EntityName } & ItemByType[EntityName];
          // Alias items (a glossary note filed under its other script's term) are look-up copies, not members of the list.
          if (entity === 'Glossary' && !(rest as { SK: string }).SK.startsWith(typePrefix(ItemType.Glossary))) continue;
          byEntity.set(entity, [...(byEntity.get(entity) ?? []), rest as ItemByType[EntityName]]);
        }
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return byEntity;
    });
  }

  async glossaryByTerm(reportId: string, term: string): Promise<GlossaryItem | undefined> {
    const items = await this.queryAll('Glossary', {
      index: GSI1.indexName,
      partition: gsi1.glossaryTermPartition(reportId, term),
    });
    return items[0];
  }

  async figuresOfYearKind(reportId: string, year: number, kind: string): Promise<FigureItem[]> {
    return this.queryAll('Figure', { index: GSI1.indexName, partition: gsi1.figureYearKindPartition(reportId, year, kind) });
  }

  /** Report ids and dataset versions from the catalogue partition. */
  async catalog(): Promise<{ reportId: string; datasetVersion: string }[]> {
    const items = await guard(async () => {
      const out: { reportId: string; datasetVersion: string }[] = [];
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.table
          .build(QueryCommand)
          .entities(this.entities.CatalogEntry)
          .query({ partition: CATALOG_PK })
          .options({ exclusiveStartKey })
          .send();
        for (const item of page.Items ?? []) out.push({ reportId: item.reportId, datasetVersion: item.datasetVersion });
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return out;
    });
    return items;
  }

  private async queryAll<E extends EntityName>(
    entity: E,
    query: Query<AppTable>,
  ): Promise<ItemByType[E][]> {
    return guard(async () => {
      const out: ItemByType[E][] = [];
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.table
          .build(QueryCommand)
          .entities(this.entities[entity])
          .query(query)
          .options({ exclusiveStartKey })
          .send();
        out.push(...((page.Items ?? []) as ItemByType[E][]));
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return out;
    });
  }
}
