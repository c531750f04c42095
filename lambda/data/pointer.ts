/**
 * The published pointer as readers and the seed use it: its report list
 * packed into one binary attribute (schemas/control.ts says why) and back.
 * The seed validates every entry with the entry's schema before packing, as
 * it validates every packed item (seed/items.ts), so a reader only unzips.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { Parser } from 'dynamodb-toolbox/schema/actions/parse';
import type { PointerItem } from './entities';
import type { PublishedReport } from './records';
import { publishedReportSchema } from './schemas/control';

/** The pointer with its report list unpacked. */
export interface Pointer {
  collectionVersion: string;
  publishedAt: string;
  reports: PublishedReport[];
  retired: PointerItem['retired'];
}

/** Validates each entry against its schema (a bad entry fails the seed, never a reader), then packs the list. */
export const packReports = (reports: readonly PublishedReport[]): Uint8Array => {
  const parser = publishedReportSchema.build(Parser);
  for (const r of reports) parser.parse(r); // throws, naming the attribute, on an entry the schema rejects
  return gzipSync(JSON.stringify(reports));
};

export const unpackReports = (data: Uint8Array): PublishedReport[] => JSON.parse(gunzipSync(data).toString('utf8')) as PublishedReport[];

export const decodePointer = (item: PointerItem): Pointer => ({
  collectionVersion: item.collectionVersion,
  publishedAt: item.publishedAt,
  reports: unpackReports(item.reports),
  retired: item.retired,
});
