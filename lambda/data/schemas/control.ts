/** Item schemas of the control items: the published pointer, the seed lease, and packed partition parts. */
import { anyOf } from 'dynamodb-toolbox/schema/anyOf';
import { binary } from 'dynamodb-toolbox/schema/binary';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { nul } from 'dynamodb-toolbox/schema/nul';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { keyAttrs, place } from './fragments';

/** A report as the published pointer names it: enough to list and filter reports without reading them. */
export const publishedReportSchema = map({
  reportId: string(),
  /** Content hash of the report's dataset: names its partition. */
  version: string(),
  place: anyOf(place(), nul()),
  years: list(number()),
  reviewYear: anyOf(number(), nul()),
  planYear: anyOf(number(), nul()),
});

/**
 * The published pointer: which version of each report is current. Written
 * last by a seed, with one conditional write, so readers see exactly one
 * version of the collection; `retired` lists versions to delete once no
 * cache can still hold them. `reports` is packed (gzipped JSON of
 * publishedReportSchema values, validated by the seed, lambda/data/pointer.ts):
 * as a list of 140 nested maps every read formatted each of them, 18 ms of
 * CPU per pointer refresh and most of a cold start's first read.
 */
export const pointerSchema = item({
  ...keyAttrs,
  collectionVersion: string(),
  publishedAt: string(),
  reports: binary(),
  /** Partitions no longer current, with when they stopped being current: deleted once no cache can hold them. */
  retired: list(map({ partition: string(), retiredAt: number() })),
});

/**
 * A part of a partition's items, packed: gzipped JSON of the items as their entities validated them
 * (lambda/data/chunks.ts). A report version is a handful of these instead of hundreds of items, so it
 * is written in a few requests and read by one Query with no per-item parsing.
 */
export const chunkSchema = item({ ...keyAttrs, part: number(), parts: number(), data: binary() });

/** At most one seed at a time: a conditional put with an expiry, so a killed seed's lease lapses. */
export const leaseSchema = item({
  ...keyAttrs,
  owner: string(),
  expiresAt: number(),
  acquiredAt: string(),
  /** Partitions this seed is writing: if it dies, the next seed retires the ones that never became current. */
  writing: list(string()),
});
