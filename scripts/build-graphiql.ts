/**
 * Builds the self-hosted GraphiQL page into dist/graphiql/ (`npm run build:graphiql`).
 *
 * No CDN: React 18, ReactDOM 18 and GraphiQL 4's UMD builds come from
 * node_modules and are served by our own Lambda (lambda/graphiql/serve.ts).
 * They are concatenated with the page's start-up script into one content-hashed
 * JS file and one CSS file, so a page view costs three requests (HTML, JS, CSS);
 * each file is written pre-compressed as .br and .gz beside the original, and
 * manifest.json tells the server what exists.
 *
 * The page opens on a welcome tab, then at most seven examples grouped for
 * journalists, apps and portals (lambda/graphiql/tabs/: data, not code).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { graphiqlMetaCsp } from '../lambda/graphiql/csp';
import {
  ENCODING_SUFFIX,
  MANIFEST_FILE,
  MANIFEST_VERSION,
  type ContentEncoding,
  type GraphiqlAssetEntry,
  type GraphiqlManifest,
} from '../lambda/graphiql/manifest';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Relative, so it resolves against the page: /graphql, or /<stage>/graphql behind API Gateway. */
export const GRAPHQL_ENDPOINT = 'graphql';

/** At most this many tabs, so every one is visible at once. */
export const MAX_TABS = 8;

export interface GraphiqlTab {
  query: string;
  variables?: string;
  /** What the tab shows instead of the operation name (Chinese and English). */
  label: string;
  group: string;
  /** The operation name GraphiQL would title the tab with. */
  operationName: string;
}

interface TabsFile {
  tabs: Array<{ file: string; group: string; label: string; variables?: Record<string, unknown> }>;
}

/** Reads the tabs (lambda/graphiql/tabs/tabs.json and its .graphql files). */
export const readTabs = async (tabsDir: string): Promise<GraphiqlTab[]> => {
  const spec = JSON.parse(await readFile(path.join(tabsDir, 'tabs.json'), 'utf8')) as TabsFile;
  if (spec.tabs.length === 0 || spec.tabs.length > MAX_TABS) throw new Error(`tabs.json lists ${spec.tabs.length} tabs; give 1 to ${MAX_TABS}`);
  return Promise.all(
    spec.tabs.map(async (t) => {
      const query = await readFile(path.join(tabsDir, t.file), 'utf8');
      const operationName = /^(?!#).*(?:query|mutation|subscription)\s+([A-Za-z0-9_]+)/m.exec(query)?.[1];
      if (!operationName) throw new Error(`${t.file}: a tab needs a named operation (GraphiQL titles tabs by it)`);
      return {
        query,
        ...(t.variables === undefined ? {} : { variables: JSON.stringify(t.variables, null, 2) }),
        label: t.label,
        group: t.group,
        operationName,
      };
    }),
  );
};

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Shown as text by every browser (text/markdown is often downloaded instead).
  '.md': 'text/plain; charset=utf-8',
};

/** Docs served beside GraphiQL (/graphiql/<name>.md) so the home page can link them; missing ones are skipped. */
export const SERVED_DOCS = ['queries.md', 'errors.md', 'downloads.md', 'clients.md', 'data-model.md', 'figures.md'] as const;

/** Our page's own layout; the rest of the look is GraphiQL's stylesheet. */
const PAGE_CSS = `
html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; height: 100dvh; }
.graphiql-page-noscript { font: 16px/1.5 system-ui, sans-serif; padding: 2rem; }
/* Tab labels in Chinese and English (init.js sets data-label; GraphiQL's own text stays in the DOM). */
.graphiql-tab-button[data-label] { font-size: 0; }
.graphiql-tab-button[data-label]::before { content: attr(data-label); font-size: 13px; }
`;

const renderHtml = (opts: { jsFile: string; cssFile: string; configJson: string }): string => `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(graphiqlMetaCsp)}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>GraphiQL · 政府工作报告数据 Government work reports as data</title>
<link rel="stylesheet" href="graphiql/${opts.cssFile}">
<script defer src="graphiql/${opts.jsFile}"></script>
<script type="application/json" id="graphiql-config">${opts.configJson}</script>
</head>
<body>
<div id="graphiql"><noscript><p class="graphiql-page-noscript">GraphiQL needs JavaScript. The API itself is at <code>graphql</code> (POST or GET, GraphQL over HTTP).</p></noscript></div>
</body>
</html>
`;

export interface BuildGraphiqlOptions {
  /** Where node_modules and docs/ are looked up; defaults to the current directory. */
  rootDir?: string;
  /** Defaults to <rootDir>/lambda/graphiql/tabs (tabs.json and the .graphql files it names). */
  tabsDir?: string;
  /** Defaults to <rootDir>/docs: the SERVED_DOCS found there are served at /graphiql/<name>. */
  docsDir?: string;
  /** 0-11; 11 (the default) is slowest and smallest, which suits a build step. */
  brotliQuality?: number;
}

export interface BuildGraphiqlResult {
  outDir: string;
  manifest: GraphiqlManifest;
  tabs: GraphiqlTab[];
}

const readPackageFile = async (rootDir: string, pkg: string, file: string): Promise<string> => {
  // Resolve through package.json: these packages' "exports" do not list their UMD files.
  const require = createRequire(path.join(rootDir, 'package.json'));
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  return readFile(path.join(dir, file), 'utf8');
};

/** Source-map comments point at maps we do not ship; a browser would request them for nothing. */
const stripSourceMapComment = (code: string): string => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

export const buildGraphiql = async (
  outDir: string,
  options: BuildGraphiqlOptions = {},
): Promise<BuildGraphiqlResult> => {
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const tabsDir = options.tabsDir ?? path.join(rootDir, 'lambda', 'graphiql', 'tabs');
  const brotliQuality = options.brotliQuality ?? zlibConstants.BROTLI_MAX_QUALITY;

  const [reactJs, reactDomJs, graphiqlJs, graphiqlCss, initJs] = await Promise.all([
    readPackageFile(rootDir, 'react', 'umd/react.production.min.js'),
    readPackageFile(rootDir, 'react-dom', 'umd/react-dom.production.min.js'),
    readPackageFile(rootDir, 'graphiql', 'graphiql.min.js'),
    readPackageFile(rootDir, 'graphiql', 'graphiql.min.css'),
    readFile(path.join(rootDir, 'lambda', 'graphiql', 'page', 'init.js'), 'utf8'),
  ]);

  // Order matters: each UMD build registers a global (React, ReactDOM, GraphiQL) that the next one reads.
  const js = [reactJs, reactDomJs, graphiqlJs, initJs].map(stripSourceMapComment).join('\n;\n');
  const css = `${stripSourceMapComment(graphiqlCss)}\n${PAGE_CSS}`;
  const jsFile = `graphiql.${sha256(js).slice(0, 16)}.js`;
  const cssFile = `graphiql.${sha256(css).slice(0, 16)}.css`;

  const tabs = await readTabs(tabsDir);
  const config = { endpoint: GRAPHQL_ENDPOINT, version: sha256(JSON.stringify(tabs)).slice(0, 12), tabs };
  // `<` escaped so no query text can close the data block.
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  const html = renderHtml({ jsFile, cssFile, configJson });

  const docsDir = options.docsDir ?? path.join(rootDir, 'docs');
  const docs: Array<{ name: string; content: Buffer; immutable: boolean }> = [];
  for (const name of SERVED_DOCS) {
    const file = path.join(docsDir, name);
    if (existsSync(file)) docs.push({ name, content: await readFile(file), immutable: false });
  }
  const outputs: Array<{ name: string; content: Buffer; immutable: boolean }> = [
    ...docs,
    { name: 'index.html', content: Buffer.from(html), immutable: false },
    { name: jsFile, content: Buffer.from(js), immutable: true },
    { name: cssFile, content: Buffer.from(css), immutable: true },
  ];

  // Written beside the target, then swapped in, so a running server never sees a half-written build.
  const target = path.resolve(outDir);
  const staging = `${target}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  const files: Record<string, GraphiqlAssetEntry> = {};
  await Promise.all(
    outputs.map(async ({ name, content, immutable }) => {
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality,
            [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: zlibConstants.Z_BEST_COMPRESSION }),
      ]);
      const encoded: Partial<Record<ContentEncoding, number>> = {};
      const variants: Array<[ContentEncoding, Buffer]> = [
        ['br', br],
        ['gzip', gz],
      ];
      await writeFile(path.join(staging, name), content);
      for (const [encoding, data] of variants) {
        // A variant that does not save bytes is not worth a decompression on the client.
        if (data.length >= content.length) continue;
        await writeFile(path.join(staging, name + ENCODING_SUFFIX[encoding]), data);
        encoded[encoding] = data.length;
      }
      const contentType = CONTENT_TYPES[path.extname(name)];
      if (!contentType) throw new Error(`No content type for ${name}`);
      files[name] = { contentType, etag: sha256(content).slice(0, 32), immutable, bytes: content.length, encoded };
    }),
  );

  const manifest: GraphiqlManifest = { version: MANIFEST_VERSION, index: 'index.html', files };
  await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  return { outDir: target, manifest, tabs };
};

const isMain = path.basename(process.argv[1] ?? '').startsWith('build-graphiql');
if (isMain) {
  const outDir = process.argv[2] ?? path.join('dist', 'graphiql');
  const started = Date.now();
  buildGraphiql(outDir)
    .then(({ manifest, tabs }) => {
      for (const [name, entry] of Object.entries(manifest.files)) {
        const sizes = Object.entries(entry.encoded)
          .map(([encoding, bytes]) => `${encoding} ${(bytes / 1024).toFixed(0)} KiB`)
          .join(', ');
        console.log(`  ${name}: ${(entry.bytes / 1024).toFixed(0)} KiB (${sizes})`);
      }
      console.log(`GraphiQL built into ${outDir} with ${tabs.length} tab(s) in ${Date.now() - started} ms`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
