import type { RequestData } from '../data/request-data';

/** What every resolver receives: the per-request read layer. */
export interface Context {
  data: RequestData;
}
