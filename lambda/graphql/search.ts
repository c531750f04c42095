export type { SearchHitParent } from '../queries/search';
