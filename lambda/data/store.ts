/**
 * The only code that sends DynamoDB requests at run time. Three reads
 * (docs/data-model.md), none a Scan:
 *   the published pointer ... GetItem  PK = CATALOG, SK = CURRENT
 *   one report version ...... Query    PK = REPORT#<id>#V#<version> (every item, paged past 1 MB)
 *   panel rows .............. Query    PK = PANEL#<collection version>, begins_with(SK, <indicator>#)
 * Every call carries a deadline; failures that a retry can cure (network,
 * throttling, timeouts, 5xx) become StoreUnavailableError, anything else
 * (a request the store rejects) stays an internal error.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { makeEntities, makeTable, itemKeys, type Entities, type AppTable, type FigureItem, type PointerItem } from './entities';
import type { EntityName, ItemByType } from './items';
import { isStoreUnavailable } from './errors';
import { observationPrefix, panelPk, reportPk } from './keys';

/** The store could not be reached or answered with an error a retry can cure; the client may retry. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown, message = 'The data store is unavailable') {
    super(message, { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface StoreOptions {
  /** Deadline of one logical read (all its pages), in ms. */
  readTimeoutMs?: number;
}

/** Runs a store call under a deadline and classifies its failure. */
const guard = async <T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await work(signal);
  } catch (err) {
    if (signal.aborted) throw new StoreUnavailableError(err, `The data store did not answer within ${timeoutMs} ms`);
    if (isStoreUnavailable(err)) throw new StoreUnavailableError(err);
    throw err;
  }
};

export class Store {
  readonly table: AppTable;
  readonly entities: Entities;
  private readonly readTimeoutMs: number;

  constructor(documentClient: DynamoDBDocumentClient, tableName: string, options: StoreOptions = {}) {
    this.table = makeTable(documentClient, tableName);
    this.entities = makeEntities(this.table);
    this.readTimeoutMs = options.readTimeoutMs ?? 1500;
  }

  /** The published pointer, or undefined when nothing was ever published (an empty or half-seeded table). */
  async pointer(timeoutMs = this.readTimeoutMs): Promise<PointerItem | undefined> {
    return guard(timeoutMs, async (abortSignal) => {
      const { Item } = await this.entities.Pointer.build(GetItemCommand).key(itemKeys.pointer()).send({ abortSignal });
      return Item;
    });
  }

  /** Every item of one report version, grouped by entity, in sort-key order (one Query, following pages). */
  async reportPartition(reportId: string, version: string): Promise<Map<EntityName, ItemByType[EntityName][]>> {
    return guard(this.readTimeoutMs, async (abortSignal) => {
      const byEntity = new Map<EntityName, ItemByType[EntityName][]>();
      const e = this.entities;
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.table
          .build(QueryCommand)
          .entities(e.Report, e.Year, e.Section, e.Glossary, e.Repair, e.Figure, e.Indicator, e.Project, e.Sector, e.ReportText)
          .query({ partition: reportPk(reportId, version) })
          .options({ exclusiveStartKey, showEntityAttr: true })
          .send({ abortSignal });
        for (const item of page.Items ?? []) {
          const { entity, ...rest } = item as { entity: EntityName } & ItemByType[EntityName];
          let list = byEntity.get(entity);
          if (!list) byEntity.set(entity, (list = []));
          list.push(rest as ItemByType[EntityName]);
        }
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return byEntity;
    });
  }

  /** Panel rows of one indicator in one collection version, in (year, kind, report, position) order. */
  async panelRows(collectionVersion: string, indicatorId: string): Promise<FigureItem[]> {
    return guard(this.readTimeoutMs, async (abortSignal) => {
      const out: FigureItem[] = [];
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.table
          .build(QueryCommand)
          .entities(this.entities.Figure)
          .query({ partition: panelPk(collectionVersion), range: { beginsWith: observationPrefix(indicatorId) } })
          .options({ exclusiveStartKey })
          .send({ abortSignal });
        out.push(...(page.Items ?? []));
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return out;
    });
  }
}
