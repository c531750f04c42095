/**
 * The one place that says how a function is bundled. The stack hands these
 * options to NodejsFunction; tests/integration/bundle.test.ts hands the same
 * values to esbuild directly, so the bundle the test runs is the bundle we ship.
 */
import type { BuildOptions } from 'esbuild';
import { Charset, OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/**
 * ESM bundles have no `require`; some dependencies (CommonJS parts of the AWS
 * SDK and its helpers) still call it for Node built-ins. createRequire gives them one.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** The values both consumers share; each is spelled once. */
export const BUNDLE = {
  /** Matches Runtime.NODEJS_22_X, so esbuild does not down-level syntax the runtime already has. */
  target: 'node22',
  minify: true,
  sourceMap: true,
  /** Stack traces only need the mappings; the original sources would double the .map size. */
  sourcesContent: false,
  /** Prefer packages' ESM builds: they tree-shake far better than their CommonJS builds. */
  mainFields: ['module', 'main'],
  /** Keep CJK literals as UTF-8 instead of \uXXXX escapes (smaller, readable). */
  charset: 'utf8',
  banner: ESM_REQUIRE_BANNER,
} as const;

/**
 * NodejsFunction bundling options. Everything is bundled, the AWS SDK included:
 * one pinned SDK version (the one the tests ran against) and tree-shaking
 * across it, instead of whatever SDK the runtime happens to carry.
 */
export const lambdaBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  target: BUNDLE.target,
  minify: BUNDLE.minify,
  sourceMap: BUNDLE.sourceMap,
  sourceMapMode: SourceMapMode.EXTERNAL,
  sourcesContent: BUNDLE.sourcesContent,
  mainFields: [...BUNDLE.mainFields],
  charset: Charset.UTF8,
  banner: BUNDLE.banner,
  externalModules: [],
  esbuildArgs: { '--tree-shaking': 'true' },
  // Use the esbuild from node_modules: no Docker, works offline.
  forceDockerBundling: false,
};

/** The same bundle as lambdaBundling, as direct esbuild options (used by the bundle test and the cold-start bench). */
export const esbuildOptions = (entry: string, outfile: string): BuildOptions => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: BUNDLE.target,
  minify: BUNDLE.minify,
  sourcemap: BUNDLE.sourceMap ? 'external' : false,
  sourcesContent: BUNDLE.sourcesContent,
  mainFields: [...BUNDLE.mainFields],
  charset: BUNDLE.charset,
  banner: { js: BUNDLE.banner },
  treeShaking: true,
  external: [],
  logLevel: 'warning',
});
