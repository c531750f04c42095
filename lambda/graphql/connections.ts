/**
 * Relay connections over lists already in their documented order. Cursors are
 * opaque base64url of the item's position key (report offset or order, then
 * id), so a cursor stays valid across pages and across identical datasets.
 */
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionParent<T> {
  items: T[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const pageSize = (first: number | null | undefined): number => {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); page with "after" for more.`, {
      argument: 'first',
      max: MAX_PAGE_SIZE,
    });
  }
  return first;
};

const encodeCursor = (key: string): string => Buffer.from(`c:${key}`, 'utf8').toString('base64url');

const decodeCursor = (cursor: string): string => {
  const raw = /^[A-Za-z0-9_-]{1,300}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!raw.startsWith('c:')) throw badUserInput(`Malformed cursor "${cursor.slice(0, 80)}": pass pageInfo.endCursor (or an edge cursor) returned by this API, or leave "after" out for the first page.`, { argument: 'after' });
  return raw.slice(2);
};

/** Position keys sort like the list: zero-padded numbers then the id. */
export const positionKey = (position: number, id: string): string => `${String(position).padStart(8, '0')}:${id}`;

export const connectionOf = <T>(all: readonly T[], keyOf: (item: T) => string, args: PageArgs): ConnectionParent<T> => {
  const size = pageSize(args.first);
  let start = 0;
  if (args.after) {
    const after = decodeCursor(args.after);
    const idx = all.findIndex((item) => keyOf(item) > after);
    start = idx < 0 ? all.length : idx;
  }
  const items = all.slice(start, start + size);
  return {
    items,
    cursors: items.map((item) => encodeCursor(keyOf(item))),
    totalCount: all.length,
    hasNextPage: start + size < all.length,
    hasPreviousPage: start > 0,
  };
};
