/** What the floor (bench/floor/handler.ts) answers to `{ floor }` once it has read the item. */
export const FLOOR_ANSWER = '三無三可';
/** The floor's row in the cold-start tables. */
export const FLOOR = 'floor of the fixed stack';
