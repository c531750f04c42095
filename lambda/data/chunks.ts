/**
 * Packing a partition's items into a few gzipped parts, and back. The items
 * are exactly what their dynamodb-toolbox entities produced when the seed
 * validated them (entity name in `_et`), so unpacking yields the stored item
 * shapes without parsing each item again: the read that used to cost most of
 * a cold request is one gunzip and one JSON.parse.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ENTITY_ATTRIBUTE, ItemType } from './keys';
import type { EntityName, ItemByType } from './items';

/** Under DynamoDB's 400 KB item limit with room for the keys. */
export const CHUNK_BYTES = 350_000;

export const packItems = (items: readonly Record<string, unknown>[]): Buffer[] => {
  const zipped = gzipSync(JSON.stringify(items));
  const parts: Buffer[] = [];
  for (let at = 0; at < zipped.length || parts.length === 0; at += CHUNK_BYTES) parts.push(zipped.subarray(at, at + CHUNK_BYTES));
  return parts;
};

/** The entities a packed partition may hold: the item types of keys.ts. */
const ENTITY_NAMES = new Set<string>(Object.keys(ItemType));

export interface Unpacked {
  byEntity: Map<EntityName, ItemByType[EntityName][]>;
  /** Size of the items' JSON: what the snapshot cache budgets by. */
  bytes: number;
}

/** Parts in order → items grouped by entity, in the order they were packed. */
export const unpackItems = (parts: readonly { part: number; parts: number; data: Uint8Array }[]): Unpacked => {
  const sorted = [...parts].sort((a, b) => a.part - b.part);
  const expected = sorted[0]?.parts ?? 0;
  if (sorted.length !== expected || sorted.some((p, i) => p.part !== i)) {
    throw new Error(`packed partition incomplete: ${sorted.length} of ${expected} parts`);
  }
  const json = gunzipSync(Buffer.concat(sorted.map((p) => p.data))).toString('utf8');
  const items = JSON.parse(json) as Record<string, unknown>[];
  const byEntity = new Map<EntityName, ItemByType[EntityName][]>();
  for (const raw of items) {
    const { [ENTITY_ATTRIBUTE]: entity, ...item } = raw;
    if (typeof entity !== 'string' || !ENTITY_NAMES.has(entity)) throw new Error(`packed item of unknown entity ${String(entity)}`);
    let list = byEntity.get(entity as EntityName);
    if (!list) byEntity.set(entity as EntityName, (list = []));
    list.push(item as unknown as ItemByType[EntityName]);
  }
  return { byEntity, bytes: json.length };
};
