/**
 * The only code that sends DynamoDB requests at run time. Three reads
 * (docs/data-model.md), none a Scan:
 *   the published pointer ... GetItem  PK = CATALOG, SK = CURRENT
 *   one report version ...... Query    PK = REPORT#<id>#V#<version> (its packed chunks)
 *   the collection's panel .. Query    PK = PANEL#<collection version> (its packed chunks)
 * Every call carries a deadline; failures that a retry can cure (network,
 * throttling, timeouts, 5xx) become StoreUnavailableError, anything else
 * (a request the store rejects) stays an internal error.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { makeControlEntities, makeTable, itemKeys, type ControlEntities, type AppTable } from './entities';
import { decodePointer, type Pointer } from './pointer';
import { isStoreUnavailable } from './errors';
import { panelPk, reportPk, sortKey } from './keys';
import { unpackItems, type Unpacked } from './chunks';

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
  readonly entities: ControlEntities;
  private readonly readTimeoutMs: number;

  constructor(documentClient: DynamoDBDocumentClient, tableName: string, options: StoreOptions = {}) {
    this.table = makeTable(documentClient, tableName);
    this.entities = makeControlEntities(this.table);
    this.readTimeoutMs = options.readTimeoutMs ?? 1500;
  }

  /** The published pointer, or undefined when nothing was ever published (an empty or half-seeded table). */
  async pointer(timeoutMs = this.readTimeoutMs): Promise<Pointer | undefined> {
    return guard(timeoutMs, async (abortSignal) => {
      const { Item } = await this.entities.Pointer.build(GetItemCommand).key(itemKeys.pointer()).send({ abortSignal });
      return Item && decodePointer(Item);
    });
  }

  /** A packed partition (its chunks, one Query following pages), unpacked into items by entity. */
  private async packed(pk: string): Promise<Unpacked> {
    return guard(this.readTimeoutMs, async (abortSignal) => {
      const parts: { part: number; parts: number; data: Uint8Array }[] = [];
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await this.table
          .build(QueryCommand)
          .entities(this.entities.Chunk)
          .query({ partition: pk, range: { beginsWith: sortKey.chunk(0).slice(0, -3) } })
          .options({ exclusiveStartKey })
          .send({ abortSignal });
        parts.push(...(page.Items ?? []));
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return parts.length ? unpackItems(parts) : { byEntity: new Map(), bytes: 0 };
    });
  }

  /** Every item of one report version, grouped by entity, in the order they were written. */
  reportPartition(reportId: string, version: string): Promise<Unpacked> {
    return this.packed(reportPk(reportId, version));
  }

  /** The collection's panel: every report's record and every indicator observation of one collection version. */
  panel(collectionVersion: string): Promise<Unpacked> {
    return this.packed(panelPk(collectionVersion));
  }
}
