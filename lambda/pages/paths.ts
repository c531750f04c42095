/** The paths lambda/pages answers; apart from serve.ts so the HTTP wiring loads that only when needed. */
export const isPagePath = (path: string): boolean =>
  path === '/' || path === '/schema.graphql' || path === '/reports' || path.startsWith('/reports/') || path.startsWith('/pages/');
