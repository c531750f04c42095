/**
 * Node.js flags of the API function, in one place: the stack sets them
 * (NODE_OPTIONS) and the benches run the bundle with them, so what is
 * measured is what runs.
 *
 * - No `--enable-source-maps`: the bundle's .map ships beside it without a
 *   `sourceMappingURL` link (cdk/bundling.ts, `external`), so the flag never
 *   mapped a frame; linking the map would make Node read and parse 1.5 MB of
 *   JSON on every cold start (+12 ms measured side by side,
 *   docs/bench-cold-start.md). A trace from the logs is decoded with the
 *   shipped map instead (docs/deploy.md).
 * - `--max-old-space-size=192`: every report warm holds ~95 MB of live heap
 *   (139 reports, search indexes included), but under a stream of uncached
 *   queries V8 let its reserved heap grow to ~260 MB and the process to
 *   ~420 MB RSS; capped (with the caches below budgeted under the cap), the
 *   bench peaks at ~221 MB RSS at about the same answers/s (docs/bench.md
 *   "Memory"). The caches that grow with traffic are
 *   budgeted under the cap: report snapshots (SNAPSHOT_CACHE_MB, lambda/config.ts)
 *   and answers (lambda/http/response-cache.ts).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=192'];
