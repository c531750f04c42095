/**
 * Node.js flags of the API function, in one place: the stack sets them
 * (NODE_OPTIONS) and the benches run the bundle with them, so what is
 * measured is what runs.
 *
 * - `--enable-source-maps`: stack traces point into the TypeScript sources
 *   (the bundle ships its .map).
 * - `--max-old-space-size=192`: every report warm holds ~95 MB of live heap
 *   (139 reports, search indexes included), but under a stream of uncached
 *   queries V8 let its reserved heap grow to ~260 MB and the process to
 *   ~420 MB RSS; capped (with the caches below budgeted under the cap), the
 *   bench peaks at ~221 MB RSS at about the same answers/s (docs/bench.md
 *   "Memory"). The caches that grow with traffic are
 *   budgeted under the cap: report snapshots (SNAPSHOT_CACHE_MB, lambda/config.ts)
 *   and answers (lambda/http/response-cache.ts).
 */
export const API_NODE_FLAGS: readonly string[] = ['--enable-source-maps', '--max-old-space-size=192'];
