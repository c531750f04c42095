/**
 * The contract between scripts/build-graphiql.ts (writes dist/graphiql/) and
 * lambda/graphiql/serve.ts (serves it): which files exist, their type, their
 * validator and which pre-compressed variants sit beside them.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_VERSION = 1;

/** Content-Encoding token -> suffix of the pre-compressed file on disk. */
export const ENCODING_SUFFIX = { br: '.br', gzip: '.gz' } as const;
export type ContentEncoding = keyof typeof ENCODING_SUFFIX;

export interface GraphiqlAssetEntry {
  contentType: string;
  /** Strong validator: first 32 hex digits of the SHA-256 of the uncompressed bytes. */
  etag: string;
  /** Content-hashed names never change content, so they can be cached forever. */
  immutable: boolean;
  /** Uncompressed size in bytes. */
  bytes: number;
  /** Sizes of the pre-compressed variants present on disk. */
  encoded: Partial<Record<ContentEncoding, number>>;
}

export interface GraphiqlManifest {
  version: typeof MANIFEST_VERSION;
  /** The HTML page's file name. */
  index: string;
  files: Record<string, GraphiqlAssetEntry>;
}
