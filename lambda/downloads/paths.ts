/**
 * The paths lambda/downloads answers. Kept apart from the route module so the
 * HTTP wiring can decide cheaply whether to load it (GraphQL requests never do).
 */
export const DOWNLOAD_PATHS = ['/downloads/figures.csv', '/downloads/indicators.csv', '/downloads/dataset.json', '/datapackage.json', '/catalog.jsonld'] as const;
export type DownloadPath = (typeof DOWNLOAD_PATHS)[number];

/** Ours: one of the paths above, or anything else under /downloads/ (answered 404 with the list). */
export const isDownloadPath = (path: string): boolean =>
  path.startsWith('/downloads/') || path === '/downloads' || (DOWNLOAD_PATHS as readonly string[]).includes(path);
