import { badUserInput } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connections';

export type { SearchHitParent } from '../queries/search';

/**
 * `search(first:)`: the best hits only, no paging (search has no `after`), so
 * the message says how to narrow instead of how to page.
 */
export const searchSize = (first: number | null | undefined): number => {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      `search: "first" must be between 1 and ${MAX_PAGE_SIZE} (got ${first}). Search returns the best hits only and has no "after"; to see other hits, make "text" more specific.`,
      { argument: 'first', min: 1, max: MAX_PAGE_SIZE },
    );
  }
  return first;
};
