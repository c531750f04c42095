/**
 * Serves the self-hosted GraphiQL page (built by scripts/build-graphiql.ts)
 * from the API's own Lambda: no CDN of anyone else's, so it works offline and
 * behind firewalls.
 *
 * Routes (after an API Gateway stage prefix, if any):
 *   GET|HEAD /graphiql              the HTML page (short cache, revalidated by ETag); / is the home page (lambda/pages)
 *   GET|HEAD /graphiql/<asset>      content-hashed JS/CSS (cached for a year, immutable)
 * Anything else returns undefined so the caller passes the request on to GraphQL.
 *
 * Files are read lazily on first request and kept in memory, so a cold start
 * that only answers GraphQL never touches them. Each is served pre-compressed
 * (brotli, else gzip) when the request's Accept-Encoding allows it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { appPath, etagMatches, header } from '../http/common';
import { graphiqlHeaderCsp } from './csp';
import {
  ENCODING_SUFFIX,
  MANIFEST_FILE,
  MANIFEST_VERSION,
  type ContentEncoding,
  type GraphiqlAssetEntry,
  type GraphiqlManifest,
} from './manifest';

/** Where the hashed assets live; the HTML refers to them as `graphiql/<name>`. */
const ASSET_PREFIX = '/graphiql/';
const PAGE_PATHS = new Set(['/graphiql']);
/** Only plain file names: no slashes, no `..`, nothing to escape the assets folder with. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
// Short, so a new deployment's page (naming new asset hashes) is picked up within a minute.
const PAGE_CACHE = 'public, max-age=60, must-revalidate';

type Result = APIGatewayProxyStructuredResultV2;
type Headers = Record<string, string>;

interface LoadedAssets {
  manifest: GraphiqlManifest;
  /** `<name>` or `<name>.br` / `<name>.gz` -> bytes, filled on first use. */
  bytes: Map<string, Promise<Buffer>>;
}

const loaded = new Map<string, Promise<LoadedAssets>>();

const loadAssets = (assetsDir: string): Promise<LoadedAssets> => {
  let assets = loaded.get(assetsDir);
  if (!assets) {
    assets = readFile(path.join(assetsDir, MANIFEST_FILE), 'utf8').then((text) => {
      const manifest = JSON.parse(text) as GraphiqlManifest;
      if (manifest.version !== MANIFEST_VERSION) {
        throw new Error(`GraphiQL manifest version ${String(manifest.version)} is not ${MANIFEST_VERSION}`);
      }
      return { manifest, bytes: new Map() };
    });
    // A failed read (assets not built yet) is retried by the next request rather than cached.
    assets.catch(() => loaded.delete(assetsDir));
    loaded.set(assetsDir, assets);
  }
  return assets;
};

const fileBytes = (assets: LoadedAssets, assetsDir: string, fileName: string): Promise<Buffer> => {
  let bytes = assets.bytes.get(fileName);
  if (!bytes) {
    bytes = readFile(path.join(assetsDir, fileName));
    bytes.catch(() => assets.bytes.delete(fileName));
    assets.bytes.set(fileName, bytes);
  }
  return bytes;
};

/** Forgets every file read so far (tests, or a local server after a rebuild). */
export const clearGraphiqlCache = (): void => loaded.clear();

/**
 * Picks the best pre-compressed variant the client accepts: br over gzip, by
 * the q-values of Accept-Encoding (RFC 9110 §12.5.3), with `*` standing for any
 * encoding not named. Identity is always acceptable for these resources.
 */
export const chooseEncoding = (
  acceptEncoding: string | undefined,
  available: readonly ContentEncoding[],
): ContentEncoding | undefined => {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    let weight = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
      if (match) weight = Number(match[1]);
    }
    q.set(token === 'x-gzip' ? 'gzip' : token, Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  // Preference order on ties: brotli is smaller.
  for (const encoding of ['br', 'gzip'] as const) {
    if (!available.includes(encoding)) continue;
    const weight = q.get(encoding) ?? q.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
};

const securityHeaders: Headers = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const textResponse = (statusCode: number, body: string, extra: Headers = {}): Result => ({
  statusCode,
  headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body,
});

const serveFile = async (
  event: APIGatewayProxyEventV2,
  assetsDir: string,
  assets: LoadedAssets,
  name: string,
  entry: GraphiqlAssetEntry,
  isPage: boolean,
): Promise<Result> => {
  const available = Object.keys(entry.encoded) as ContentEncoding[];
  const encoding = chooseEncoding(header(event, 'accept-encoding'), available);
  // One ETag per representation, so a cache never hands a brotli body to a client that asked for gzip.
  const etag = `"${entry.etag}${encoding ? `-${encoding}` : ''}"`;
  const headers: Headers = {
    ...securityHeaders,
    'content-type': entry.contentType,
    'cache-control': entry.immutable ? IMMUTABLE_CACHE : PAGE_CACHE,
    etag,
    vary: 'accept-encoding',
    ...(isPage ? { 'content-security-policy': graphiqlHeaderCsp } : {}),
  };
  if (etagMatches(header(event, 'if-none-match'), etag)) {
    return { statusCode: 304, headers, body: '' };
  }
  if (encoding) headers['content-encoding'] = encoding;
  const isHead = event.requestContext?.http?.method?.toUpperCase() === 'HEAD';
  if (isHead) return { statusCode: 200, headers, body: '' };
  const bytes = await fileBytes(assets, assetsDir, name + (encoding ? ENCODING_SUFFIX[encoding] : ''));
  // Compressed bytes must travel base64-encoded through API Gateway; plain text can go as is.
  return encoding
    ? { statusCode: 200, headers, body: bytes.toString('base64'), isBase64Encoded: true }
    : { statusCode: 200, headers, body: bytes.toString('utf8'), isBase64Encoded: false };
};

export const serveGraphiql = async (
  event: APIGatewayProxyEventV2,
  assetsDir: string,
): Promise<Result | undefined> => {
  const { path: requestPath } = appPath(event);
  const isPage = PAGE_PATHS.has(requestPath);
  const isAssetPath = requestPath.startsWith(ASSET_PREFIX);
  if (!isPage && !isAssetPath) return undefined;

  const method = (event.requestContext?.http?.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return textResponse(405, 'Method Not Allowed: GraphiQL is served for GET and HEAD only.\n', {
      allow: 'GET, HEAD',
    });
  }

  if (requestPath === ASSET_PREFIX) {
    // `/graphiql/` would resolve the page's relative URLs one folder too deep.
    return { statusCode: 308, headers: { ...securityHeaders, location: '../graphiql' }, body: '' };
  }

  const assets = await loadAssets(assetsDir);
  if (isPage) {
    const entry = assets.manifest.files[assets.manifest.index];
    if (!entry) throw new Error(`GraphiQL manifest lists no ${assets.manifest.index}`);
    return serveFile(event, assetsDir, assets, assets.manifest.index, entry, true);
  }

  const name = requestPath.slice(ASSET_PREFIX.length);
  // Only names the build wrote are served: nothing else in the folder (manifest, other files) and no traversal.
  const known = ASSET_NAME.test(name) && name !== assets.manifest.index && Object.hasOwn(assets.manifest.files, name);
  const entry = known ? assets.manifest.files[name] : undefined;
  if (!entry) return textResponse(404, 'Not Found\n');
  return serveFile(event, assetsDir, assets, name, entry, false);
};
