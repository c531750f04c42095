import type { RequestData } from '../data/request-data';

/** What every resolver receives. */
export interface Context {
  /** The per-request read layer over the process's snapshots (one collection version per request). */
  data: RequestData;
  /** Version of the default report's dataset; null when the store could not say (no caching then). */
  datasetVersion: string | null;
  /** `https://host` of the request, for absolute permalinks in citations; absent outside HTTP. */
  origin?: string;
}
